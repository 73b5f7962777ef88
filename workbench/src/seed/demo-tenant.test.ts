import type { QualifiedAccount } from '@gtm/shared';
import {
  ActionSchema, buildAgenda, DealRecordSchema, DirectRequestSchema, heatMap, identifyAccount, isOverdue,
  isRiskReviewStale, isTriggered, KPI_AREAS, kpiStatusMap, KpiMeasurementSchema, KpiSchema, LeadSchema, MQA_STAGES,
  moveAccount, mqaDate, PrioritySchema, QualifiedAccountSchema, ReviewSchema, RISK_CATEGORIES, RiskSchema,
  snapshotKpis, TouchpointSchema,
} from '@gtm/shared';
import { generateDemoTenant, WORKING_LIST_STAGES } from './index';

const NOW = '2026-11-22';
const tenant = generateDemoTenant({ now: NOW });
const latestCycle = '2026-11-16';

function invalid<T>(items: readonly T[], schema: { safeParse(x: unknown): { success: boolean } }): T[] {
  return items.filter((item) => !schema.safeParse(item).success);
}

describe('generateDemoTenant is deterministic', () => {
  it('gives byte-identical JSON for the same seed and now', () => {
    const again = generateDemoTenant({ now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(tenant));
  });

  it('gives byte-identical JSON for the same explicit seed', () => {
    expect(JSON.stringify(generateDemoTenant({ now: NOW, seed: 7 }))).toBe(JSON.stringify(generateDemoTenant({ now: NOW, seed: 7 })));
  });

  it('gives other data for another seed', () => {
    expect(JSON.stringify(generateDemoTenant({ now: NOW, seed: 7 }))).not.toBe(JSON.stringify(tenant));
  });

  it('rejects a now that is not YYYY-MM-DD', () => {
    expect(() => generateDemoTenant({ now: '22/11/2026' })).toThrow();
  });
});

describe('every object validates with its domain schema', () => {
  it.each([
    ['kpis', tenant.kpis, KpiSchema],
    ['measurements', tenant.measurements, KpiMeasurementSchema],
    ['priorities', tenant.priorities, PrioritySchema],
    ['actions', tenant.actions, ActionSchema],
    ['reviews', tenant.reviews, ReviewSchema],
    ['risks', tenant.risks, RiskSchema],
    ['accounts', tenant.accounts, QualifiedAccountSchema],
    ['directRequests', tenant.directRequests, DirectRequestSchema],
    ['leads', tenant.leads, LeadSchema],
    ['touchpoints', tenant.touchpoints, TouchpointSchema],
    ['deals', tenant.deals, DealRecordSchema],
  ] as const)('%s', (_name, items, schema) => {
    expect(items.length).toBeGreaterThan(0);
    expect(invalid(items as readonly unknown[], schema)).toEqual([]);
  });

  it('uses unique ids within each entity', () => {
    for (const items of [tenant.kpis, tenant.priorities, tenant.actions, tenant.reviews, tenant.risks, tenant.accounts, tenant.directRequests, tenant.leads, tenant.touchpoints, tenant.deals]) {
      const ids = (items as readonly { id: string }[]).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('sizes', () => {
  it.each([
    ['kpis', tenant.kpis.length, 18, 24],
    ['priorities', tenant.priorities.length, 8, 12],
    ['actions', tenant.actions.length, 35, 45],
    ['risks', tenant.risks.length, 25, 35],
    ['accounts', tenant.accounts.length, 180, 220],
    ['directRequests', tenant.directRequests.length, 12, 18],
    ['touchpoints', tenant.touchpoints.length, 2_700, 3_300],
    ['journeys', new Set(tenant.touchpoints.map((t) => t.journeyId)).size, 950, 1_050],
    ['deals', tenant.deals.length, 280, 320],
  ] as const)('%s: %i is within [%i, %i]', (_name, count, min, max) => {
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
  });
});

describe('KPIs and measurements', () => {
  it('covers all seven areas', () => {
    expect(new Set(tenant.kpis.map((k) => k.area))).toEqual(new Set(KPI_AREAS));
  });

  it('has one measurement per KPI for each of 8 cycles, 21 days apart, ending at the last review before now', () => {
    const cycles = [...new Set(tenant.measurements.map((m) => m.cycle))].sort();
    expect(cycles).toEqual(['2026-06-22', '2026-07-13', '2026-08-03', '2026-08-24', '2026-09-14', '2026-10-05', '2026-10-26', latestCycle]);
    expect(tenant.measurements).toHaveLength(tenant.kpis.length * 8);
  });

  it('has at least 3 KPIs off track and some at risk in the latest cycle', () => {
    const statuses = [...kpiStatusMap(tenant.kpis, tenant.measurements, latestCycle).values()];
    expect(statuses.filter((s) => s === 'off-track').length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 'at-risk').length).toBeGreaterThanOrEqual(2);
    expect(statuses).not.toContain('no-data');
  });

  it('includes a lower-is-better KPI (sales cycle length in days)', () => {
    expect(tenant.kpis.find((k) => k.title === 'Sales cycle length (days)')).toMatchObject({ unit: 'days', direction: 'lower' });
  });
});

describe('reviews and actions', () => {
  it('saves the last 6 cycles as reviews with attendees, decisions and the domain KPI snapshot', () => {
    expect(tenant.reviews.map((r) => r.date)).toEqual(['2026-08-03', '2026-08-24', '2026-09-14', '2026-10-05', '2026-10-26', latestCycle]);
    for (const review of tenant.reviews) {
      expect(review.attendees.length).toBeGreaterThanOrEqual(3);
      expect(review.decisions.length).toBeGreaterThanOrEqual(1);
      expect(review.kpiSnapshot).toEqual(snapshotKpis(tenant.kpis, tenant.measurements, review.date));
    }
  });

  it('lists in each review exactly the actions it created', () => {
    for (const review of tenant.reviews) {
      expect(review.actionIds).toEqual(tenant.actions.filter((a) => a.reviewId === review.id).map((a) => a.id));
      expect(review.actionIds.length).toBeGreaterThan(0);
    }
    const reviewIds = new Set(tenant.reviews.map((r) => r.id));
    expect(tenant.actions.every((a) => reviewIds.has(a.reviewId))).toBe(true);
  });

  it('has at least 5 overdue actions and every status', () => {
    expect(tenant.actions.filter((a) => isOverdue(a, NOW)).length).toBeGreaterThanOrEqual(5);
    expect(new Set(tenant.actions.map((a) => a.status))).toEqual(new Set(['open', 'done', 'dropped']));
  });

  it('links actions only to KPIs, risks and accounts that exist, with some of each', () => {
    const known = { kpi: new Set(tenant.kpis.map((k) => k.id)), risk: new Set(tenant.risks.map((r) => r.id)), account: new Set(tenant.accounts.map((a) => a.id)) };
    const links = tenant.actions.flatMap((a) => (a.link ? [a.link] : []));
    expect(links.every((l) => known[l.kind].has(l.id))).toBe(true);
    expect(new Set(links.map((l) => l.kind))).toEqual(new Set(['kpi', 'risk', 'account']));
  });

  it('ranks priorities 1…n', () => {
    expect(tenant.priorities.map((p) => p.rank)).toEqual(tenant.priorities.map((_, i) => i + 1));
  });
});

describe('risks', () => {
  const statuses = kpiStatusMap(tenant.kpis, tenant.measurements, NOW);

  it('covers the six categories and every status', () => {
    expect(new Set(tenant.risks.map((r) => r.category))).toEqual(new Set(RISK_CATEGORIES));
    expect(new Set(tenant.risks.map((r) => r.status))).toEqual(new Set(['open', 'mitigating', 'accepted', 'closed']));
  });

  it('spreads the inherent assessments over every cell of the 5×5 heat map', () => {
    const map = heatMap(tenant.risks, { basis: 'inherent', includeClosed: true });
    expect(map.cells.flat().every((n) => n >= 1)).toBe(true);
  });

  it('has at least 3 open risks triggered by an off-track monitoring KPI', () => {
    expect(tenant.risks.filter((r) => r.status !== 'closed' && isTriggered(r, statuses)).length).toBeGreaterThanOrEqual(3);
  });

  it('monitors only KPIs that exist', () => {
    const ids = new Set(tenant.kpis.map((k) => k.id));
    expect(tenant.risks.flatMap((r) => r.monitoringKpiIds).every((id) => ids.has(id))).toBe(true);
  });

  it('has some risks not reviewed for two cycles or never', () => {
    expect(tenant.risks.filter((r) => isRiskReviewStale(r, NOW)).length).toBeGreaterThanOrEqual(2);
    expect(tenant.risks.some((r) => r.lastReviewedAt === null)).toBe(true);
  });
});

/** Replays an account's stage history through the domain: only legal moves get through. */
function replay(account: QualifiedAccount): QualifiedAccount | string {
  const [first, ...moves] = account.stageHistory;
  if (!first) return 'no history';
  const started = identifyAccount({ ...account }, first);
  if (!started.ok) return started.reason;
  let current = started.account;
  for (const move of moves) {
    const next = moveAccount(current, move.to, move);
    if (!next.ok) return next.reason;
    current = next.account;
  }
  return current;
}

describe('MQA accounts', () => {
  it('has accounts at every MQA stage', () => {
    expect(new Set(tenant.accounts.map((a) => a.stage))).toEqual(new Set(MQA_STAGES));
  });

  it('has a stage history that replays through moveAccount to the same stage and conversion history', () => {
    for (const account of tenant.accounts) {
      const replayed = replay(account);
      expect(typeof replayed === 'string' ? replayed : { stage: replayed.stage, conversions: replayed.conversionHistory })
        .toEqual({ stage: account.stage, conversions: account.conversionHistory });
    }
  });

  it('has at least 5 re-entered accounts', () => {
    expect(tenant.accounts.filter((a) => a.conversionHistory.some((c) => c.kind === 're-entry')).length).toBeGreaterThanOrEqual(5);
  });

  it('records OLS before CS, CS on the first share with Sales, and audits every correction', () => {
    for (const a of tenant.accounts) {
      if (a.olsDate !== null && a.csDate !== null) expect(a.olsDate <= a.csDate).toBe(true);
      if (a.cs !== null && a.attributionAudit.every((e) => e.field !== 'csDate')) expect(a.csDate).toBe(mqaDate(a));
    }
    const audited = tenant.accounts.filter((a) => a.attributionAudit.length > 0);
    expect(audited.length).toBeGreaterThanOrEqual(2);
    for (const a of audited) for (const entry of a.attributionAudit) expect(a[entry.field]).toBe(entry.newValue);
  });

  it('gives every account shared with Sales a sales owner', () => {
    expect(tenant.accounts.filter((a) => mqaDate(a) !== null).every((a) => a.salesOwner !== null)).toBe(true);
  });

  it('puts the accounts at Shared with Sales or beyond in the Sales working list, with their first share date', () => {
    const expected = tenant.accounts.filter((a) => (WORKING_LIST_STAGES as readonly string[]).includes(a.stage));
    expect(new Set(tenant.salesWorkingList.map((e) => e.accountId))).toEqual(new Set(expected.map((a) => a.id)));
    const byId = new Map(tenant.accounts.map((a) => [a.id, a]));
    for (const entry of tenant.salesWorkingList) {
      const account = byId.get(entry.accountId);
      expect(account?.stage).toBe(entry.salesStatus);
      expect(entry.salesOwner).toEqual(account?.salesOwner);
      expect(entry.sharedOn).toBe(account && mqaDate(account));
      expect(entry.reEnteredOn).toBe(account?.conversionHistory.filter((c) => c.kind === 're-entry').pop()?.at ?? null);
    }
  });
});

describe('direct requests, touchpoints and deals', () => {
  it('has direct requests at every triage state', () => {
    const state = (r: (typeof tenant.directRequests)[number]) => r.outcome?.kind ?? (r.outreach ? 'contacted' : r.triage ? 'triaged' : 'new');
    expect(new Set(tenant.directRequests.map(state))).toEqual(new Set(['new', 'triaged', 'contacted', 'mql', 'mqa', 'nurture']));
  });

  it('converts about 60% of journeys, each converting touch carrying a value', () => {
    const journeys = new Map<string, boolean>();
    for (const t of tenant.touchpoints) journeys.set(t.journeyId, t.convertedAt !== null);
    const share = [...journeys.values()].filter(Boolean).length / journeys.size;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
    expect(tenant.touchpoints.filter((t) => t.convertedAt !== null).every((t) => t.value !== undefined && t.value > 0)).toBe(true);
  });

  it('writes touch instants in UTC with Z, all before now, over the eight channels', () => {
    expect(tenant.touchpoints.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(t.touchedAt) && t.touchedAt < `${NOW}T00:00:00Z`)).toBe(true);
    expect(new Set(tenant.touchpoints.map((t) => t.channel)).size).toBe(8);
  });

  it('has deals with an empty OLS or CS, and links the rest to accounts that exist', () => {
    expect(tenant.deals.some((d) => d.ols === null || d.cs === null)).toBe(true);
    const ids = new Set(tenant.accounts.map((a) => a.id));
    expect(tenant.deals.every((d) => d.accountId === null || ids.has(d.accountId))).toBe(true);
    expect(new Set(tenant.deals.map((d) => d.stage))).toEqual(new Set(['open', 'won', 'lost']));
  });
});

describe('dates', () => {
  it('puts every recorded fact at or before now', () => {
    const dates = [
      ...tenant.measurements.map((m) => m.cycle),
      ...tenant.reviews.map((r) => r.date),
      ...tenant.risks.flatMap((r) => (r.lastReviewedAt ? [r.lastReviewedAt] : [])),
      ...tenant.accounts.flatMap((a) => [
        ...a.stageHistory.map((c) => c.at), ...a.attributionAudit.map((e) => e.at),
        ...[a.olsDate, a.csDate].filter((d): d is string => d !== null),
      ]),
      ...tenant.directRequests.flatMap((r) => [r.receivedAt, r.triage?.at, r.outreach?.at, r.closedAt].filter((d): d is string => typeof d === 'string')),
      ...tenant.leads.flatMap((l) => l.stageHistory.map((c) => c.at)),
      ...tenant.deals.flatMap((d) => [d.olsDate, d.csDate, d.closedAt].filter((x): x is string => x !== null)),
    ];
    expect(dates.filter((d) => d > NOW)).toEqual([]);
  });
});

describe('the agenda built from the tenant', () => {
  const last = tenant.reviews[tenant.reviews.length - 1] ?? null;
  const agenda = buildAgenda({ ...tenant, now: NOW, lastReview: last, deepDives: [] });
  const [kpiSection, riskSection, mqaSection, actionSection] = agenda.sections;

  it('opens with the off-track KPIs', () => {
    const statuses = kpiSection.items.map((i) => i.status);
    const offTrack = statuses.filter((s) => s === 'off-track').length;
    expect(offTrack).toBeGreaterThanOrEqual(3);
    expect(statuses.slice(0, offTrack).every((s) => s === 'off-track')).toBe(true);
  });

  it('puts triggered risks first, and has something in every data section', () => {
    expect(riskSection.items[0]?.reasons).toContain('triggered');
    expect(mqaSection.items.length).toBeGreaterThan(0);
    expect(actionSection.items.filter((i) => i.overdue).length).toBeGreaterThanOrEqual(5);
  });
});

describe('the spread holds for other seeds and dates', () => {
  it.each([
    [1, '2025-03-03'],
    [2, '2026-02-28'],
    [3, '2027-01-01'],
    [99, '2026-11-22'],
  ])('seed %i, now %s', (seed, now) => {
    const t = generateDemoTenant({ now, seed });
    const statuses = kpiStatusMap(t.kpis, t.measurements, now);
    expect([...statuses.values()].filter((s) => s === 'off-track').length).toBeGreaterThanOrEqual(3);
    expect(t.risks.filter((r) => r.status !== 'closed' && isTriggered(r, statuses)).length).toBeGreaterThanOrEqual(3);
    expect(t.actions.filter((a) => isOverdue(a, now)).length).toBeGreaterThanOrEqual(5);
    expect(new Set(t.accounts.map((a) => a.stage)).size).toBe(MQA_STAGES.length);
    expect(t.accounts.filter((a) => a.conversionHistory.some((c) => c.kind === 're-entry')).length).toBeGreaterThanOrEqual(5);
    expect(t.reviews).toHaveLength(6);
    expect(t.deals.some((d) => d.ols === null || d.cs === null)).toBe(true);
    expect(invalid(t.accounts, QualifiedAccountSchema)).toEqual([]);
    expect(invalid(t.risks, RiskSchema)).toEqual([]);
    expect(invalid(t.actions, ActionSchema)).toEqual([]);
    expect(invalid(t.directRequests, DirectRequestSchema)).toEqual([]);
    expect(invalid(t.deals, DealRecordSchema)).toEqual([]);
  });
});
