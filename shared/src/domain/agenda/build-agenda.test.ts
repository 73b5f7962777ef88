import type { Action } from '../action/action';
import type { Kpi, KpiMeasurement } from '../kpi/kpi';
import type { QualifiedAccount, ConversionEvent, MqaStageChange } from '../mqa/account';
import type { MqaStage } from '../mqa/stages';
import type { Risk } from '../risk/risk';
import { agendaSince, buildAgenda } from './build-agenda';
import type { AgendaInput } from './build-agenda';

const ana = { email: 'ana@contoso.com' };
const NOW = '2025-03-03'; // a Monday; the last review was on Monday 10 Feb 2025

const kpi = (id: string, area: Kpi['area'], direction: Kpi['direction'], target: number, amber: number, red: number): Kpi => ({
  id, title: id, area, owner: ana, unit: 'count', direction, target, amberThreshold: amber, redThreshold: red,
});
const kpis: Kpi[] = [
  kpi('mqls', 'demand-generation', 'higher', 50, 45, 30),
  kpi('nps', 'customer-success', 'higher', 40, 30, 20),
  kpi('cycle-days', 'deal-progression', 'lower', 30, 35, 45),
  kpi('win-rate', 'deal-progression', 'higher', 30, 25, 15),
  kpi('pipeline', 'pipeline-generation', 'higher', 100, 90, 75),
];
const measurements: KpiMeasurement[] = [
  { kpiId: 'pipeline', cycle: '2025-02-10', value: 95 },
  { kpiId: 'pipeline', cycle: '2025-03-03', value: 70 },
  { kpiId: 'pipeline', cycle: '2025-03-24', value: 200 }, // reported after now: ignored
  { kpiId: 'mqls', cycle: '2025-03-03', value: 40 },
  { kpiId: 'cycle-days', cycle: '2025-02-10', value: 40 },
  { kpiId: 'cycle-days', cycle: '2025-03-03', value: 33 },
  { kpiId: 'win-rate', cycle: '2025-03-03', value: 10 },
];

const risk = (id: string, residual: [number, number], lastReviewedAt: string | null, extra: Partial<Risk> = {}): Risk => ({
  id, title: id, category: 'other', owner: ana,
  inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: residual[0], impact: residual[1] },
  mitigationActions: [], monitoringKpiIds: [], status: 'open', lastReviewedAt, ...extra,
});
const risks: Risk[] = [
  risk('critical', [4, 5], '2025-02-10'),
  risk('medium-reviewed-41-days-ago', [3, 3], '2025-01-21'),
  risk('triggered', [2, 2], '2025-02-10', { monitoringKpiIds: ['mqls', 'win-rate'] }),
  risk('stale', [2, 3], '2025-01-20'),
  risk('high-edge', [2, 5], '2025-02-10'),
  risk('closed-critical', [5, 5], null, { status: 'closed' }),
];

const move = (to: MqaStage, at: string, from: MqaStage | null = null): MqaStageChange => ({ from, to, at, by: ana, evidence: 'seen' });
const account = (
  name: string, identifiedAt: string, stage: MqaStage, stageHistory: MqaStageChange[] = [], conversionHistory: ConversionEvent[] = [],
): QualifiedAccount => ({
  id: name.toLowerCase(), name, domain: `${name.toLowerCase()}.com`, icpFit: 4, intentTopics: [], engagementScore: 50,
  marketingOwner: ana, salesOwner: null, stage, identifiedAt, stageHistory, ols: null, olsDate: null, cs: null, csDate: null,
  conversionHistory, attributionAudit: [],
});
const accounts: QualifiedAccount[] = [
  account('Bravo', '2025-01-05', 'shared-with-sales', [move('shared-with-sales', '2025-03-03', 'presales-validation')]),
  account('Charlie', '2025-02-09', 'internal-review'),
  account('Delta', '2025-02-10', 'identified'),
  account('Echo', '2024-10-01', 'stalled', [move('stalled', '2024-12-01', 'opportunity')]),
  account('Foxtrot', '2024-10-01', 'opportunity', [move('stalled', '2025-01-10', 'opportunity'), move('opportunity', '2025-02-20', 'stalled')],
    [{ kind: 'conversion', at: '2024-11-01', stage: 'shared-with-sales' }, { kind: 're-entry', at: '2025-02-20', stage: 'opportunity' }]),
  account('Alpha', '2025-02-12', 'shared-with-sales', [move('shared-with-sales', '2025-02-25', 'presales-validation')]),
];

const action = (id: string, dueDate: string, status: Action['status'] = 'open'): Action => ({
  id, title: id, owner: ana, dueDate, status, reviewId: 'rev-2025-02-10',
});
const actions: Action[] = [
  action('later', '2025-03-20'),
  action('done-long-ago', '2025-01-01', 'done'),
  action('late-3', '2025-02-28'),
  action('due-today', '2025-03-03'),
  action('dropped', '2025-01-01', 'dropped'),
  action('late-10', '2025-02-21'),
];

const input: AgendaInput = {
  now: NOW,
  lastReview: { date: '2025-02-10' },
  kpis, measurements, risks, accounts, actions,
  deepDives: [{ title: 'Partner channel', proposedBy: ana }, { title: 'Pricing page', proposedBy: ana, minutes: 15 }],
};
const agenda = buildAgenda(input);
const [kpiReview, riskReview, mqaSync, actionReview, deepDives] = agenda.sections;

describe('GTM Review agenda, built on Mon 3 Mar 2025 after the review of Mon 10 Feb', () => {
  it('has the five sections in meeting order', () => {
    expect(agenda.sections.map((s) => s.key)).toEqual(['kpi-review', 'risks', 'mqa-sync', 'actions', 'deep-dives']);
    expect(agenda.since).toBe('2025-02-10');
  });

  it('(1) lists KPIs off track first (pipeline area before deal progression), then at risk, on track, no data', () => {
    expect(kpiReview.items.map((i) => `${i.kpiId}:${i.status}`)).toEqual([
      'pipeline:off-track', 'win-rate:off-track', 'mqls:at-risk', 'cycle-days:on-track', 'nps:no-data',
    ]);
  });

  it('(1) shows pipeline 70 worsening from 95, ignoring the value reported on 24 Mar, and cycle days 33 improving from 40', () => {
    expect(kpiReview.items[0]).toMatchObject({ value: 70, target: 100, trend: 'worsening' });
    expect(kpiReview.items[3]).toMatchObject({ value: 33, trend: 'improving' });
  });

  // Changed with the section timeboxes: on-track KPIs are one line ("1 on track") instead of 1 minute each.
  it('(1) timeboxes KPIs 4 + 4 + 2 + 0 + 1 = 11 minutes, plus 1 for the line "1 on track" = 12', () => {
    expect(kpiReview.items.map((i) => i.minutes)).toEqual([4, 4, 2, 0, 1]);
    expect(kpiReview.onTrackLine).toEqual({ count: 1, minutes: 1 });
    expect(kpiReview.minutes).toBe(12);
  });

  it('(1) has no on-track line, and no minute for it, when no KPI is on track', () => {
    const offOnly = buildAgenda({ ...input, kpis: kpis.filter((k) => k.id !== 'cycle-days') }).sections[0];
    expect(offOnly.onTrackLine).toEqual({ count: 0, minutes: 0 });
    expect(offOnly.minutes).toBe(11);
  });

  it('(2) lists the triggered risk first, then residual 20, 10, and the one not reviewed for 42 days', () => {
    expect(riskReview.items.map((i) => `${i.riskId}:${i.reasons.join('+')}`)).toEqual([
      'triggered:triggered', 'critical:high-rating', 'high-edge:high-rating', 'stale:not-reviewed',
    ]);
  });

  it('(2) leaves out a Medium risk reviewed 41 days ago and a closed Critical one', () => {
    const ids = riskReview.items.map((i) => i.riskId);
    expect(ids).not.toContain('medium-reviewed-41-days-ago');
    expect(ids).not.toContain('closed-critical');
  });

  it('(2) shows the Critical risk rated 4 × 5 = 20 residual, 5 × 5 = 25 inherent, reviewed 21 days ago', () => {
    expect(riskReview.items[1]).toMatchObject({
      residual: { score: 20, rating: 'Critical' }, inherent: { score: 25, rating: 'Critical' }, daysSinceReview: 21, minutes: 3,
    });
  });

  it('(3) syncs new (Alpha, Delta on the review day itself), stalled (Echo), re-entered (Foxtrot) and shared (Bravo on 3 Mar)', () => {
    expect(mqaSync.items.map((i) => `${i.name}:${i.reasons.join('+')}`)).toEqual([
      'Alpha:new+shared-with-sales', 'Delta:new', 'Echo:stalled', 'Foxtrot:re-entered', 'Bravo:shared-with-sales',
    ]);
  });

  it('(3) leaves out Charlie, identified on 9 Feb, the day before the last review; 5 accounts × 2 minutes = 10', () => {
    expect(mqaSync.items.map((i) => i.name)).not.toContain('Charlie');
    expect(mqaSync.minutes).toBe(10);
  });

  it('(3) counts accounts per reason, Alpha under both new and shared: 2 new, 1 stalled, 1 re-entered, 2 shared', () => {
    expect(mqaSync.reasonCounts).toEqual({ new: 2, stalled: 1, 're-entered': 1, 'shared-with-sales': 2 });
    expect(mqaSync.unnamed).toBe(0);
  });

  it('(3) names 1 account per reason when asked: Delta (engagement 80) before Alpha (50); Alpha is counted, not named', () => {
    const delta = accounts.map((a) => (a.name === 'Delta' ? { ...a, engagementScore: 80 } : a));
    const sync = buildAgenda({ ...input, accounts: delta, settings: { mqaAccountsPerReason: 1 } }).sections[2];
    expect(sync.items.map((i) => i.name)).toEqual(['Delta', 'Echo', 'Foxtrot', 'Bravo']);
    expect(sync.unnamed).toBe(1);
    expect(sync.reasonCounts.new).toBe(2);
    expect(sync.minutes).toBe(4 * 2);
  });

  it('(4) lists open actions, 10 then 3 days overdue first, then due today and later; done and dropped ones are gone', () => {
    expect(actionReview.items.map((i) => `${i.actionId}:${i.daysOverdue}`)).toEqual(['late-10:10', 'late-3:3', 'due-today:0', 'later:0']);
    expect(actionReview.items.map((i) => i.minutes)).toEqual([2, 2, 1, 1]);
  });

  it('(5) keeps deep dives in the order added: 10 minutes by default, 15 when asked', () => {
    expect(deepDives.items.map((i) => `${i.title}:${i.minutes}`)).toEqual(['Partner channel:10', 'Pricing page:15']);
  });

  // Changed with the section timeboxes (was 15 + 20 + 15 + 6 + 25 = 81): shorter KPI, risk and account timeboxes.
  it('adds up to 12 + 12 + 10 + 6 + 25 = 65 minutes', () => {
    expect(agenda.sections.map((s) => s.minutes)).toEqual([12, 12, 10, 6, 25]);
    expect(agenda.totalMinutes).toBe(65);
  });

  it('uses settings: 8 minutes per risk is 4 × 8 = 32, capped at the 15-minute risk section; 40 allowed gives 32', () => {
    expect(buildAgenda({ ...input, settings: { riskMinutes: 8 } }).sections[1].minutes).toBe(15);
    expect(buildAgenda({ ...input, settings: { riskMinutes: 8, riskSectionMaxMinutes: 40 } }).sections[1].minutes).toBe(32);
  });

  it('caps the action section: 4 actions of 5 minutes = 20, at most 10 by default', () => {
    const slow = buildAgenda({ ...input, settings: { overdueActionMinutes: 5, openActionMinutes: 5 } }).sections[3];
    expect(slow.items.map((i) => i.minutes)).toEqual([5, 5, 5, 5]);
    expect(slow.minutes).toBe(10);
  });

  it('uses settings: a 30-day stale window adds the Medium risk reviewed 41 days ago', () => {
    const ids = buildAgenda({ ...input, settings: { staleRiskDays: 30 } }).sections[1].items.map((i) => i.riskId);
    expect(ids).toContain('medium-reviewed-41-days-ago');
  });

  it('builds an agenda with five empty sections and 0 minutes from no data', () => {
    const empty = buildAgenda({ now: NOW, lastReview: null, kpis: [], measurements: [], risks: [], accounts: [], actions: [], deepDives: [] });
    expect(empty.sections.map((s) => s.items.length)).toEqual([0, 0, 0, 0, 0]);
    expect(empty.totalMinutes).toBe(0);
  });
});

describe('the "since the last review" window', () => {
  it('starts on the last review date, 10 Feb', () => {
    expect(agendaSince({ date: '2025-02-10' }, NOW, 21)).toBe('2025-02-10');
  });

  it('starts one cadence (21 days) before now when there is no last review: 3 Mar − 21 = 10 Feb', () => {
    expect(agendaSince(null, NOW, 21)).toBe('2025-02-10');
  });
});
