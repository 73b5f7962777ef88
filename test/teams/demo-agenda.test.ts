/**
 * The agenda of the demo tenant's review on Mon 7 Dec 2026 (the e2e review day), built with the
 * default settings: five sections that fit a meeting of about an hour, where the flat agenda used
 * to be 83 items and 244 minutes.
 */
import { buildAgenda } from '@gtm/shared';
import { generateDemoTenant } from '../../workbench/src/seed';

const NOW = '2026-12-07';
const tenant = generateDemoTenant({ now: NOW });
const lastReview = tenant.reviews.filter((r) => r.date < NOW).at(-1) ?? null;
const agenda = buildAgenda({ ...tenant, now: NOW, lastReview, deepDives: [] });
const [kpis, risks, mqa, actions, deepDives] = agenda.sections;

describe('the demo agenda of 7 Dec 2026 after the review of 30 Nov', () => {
  it('was built since the last review, 30 Nov 2026', () => {
    expect(lastReview?.date).toBe('2026-11-30');
  });

  it('reviews 22 KPIs in 5 × 4 (off track) + 5 × 2 (at risk) + 1 (the line "12 on track") = 31 minutes', () => {
    expect(kpis.items.map((i) => i.status).filter((s) => s === 'off-track')).toHaveLength(5);
    expect(kpis.items.map((i) => i.status).filter((s) => s === 'at-risk')).toHaveLength(5);
    expect(kpis.onTrackLine).toEqual({ count: 12, minutes: 1 });
    expect(kpis.minutes).toBe(31);
  });

  it('lists all 17 risks (17 × 3 = 51 minutes) within the 15-minute cap', () => {
    expect(risks.items).toHaveLength(17);
    expect(risks.minutes).toBe(15);
  });

  it('counts 3 new, 22 stalled, 1 re-entered, 2 shared accounts and names 2 + 2 + 1 + 2 = 7 of them: 14 minutes', () => {
    expect(mqa.reasonCounts).toEqual({ new: 3, stalled: 22, 're-entered': 1, 'shared-with-sales': 2 });
    expect(mqa.items).toHaveLength(7);
    expect(mqa.unnamed).toBe(28 - 7);
    expect(mqa.minutes).toBe(14);
  });

  it('goes through 15 open actions, 8 overdue (8 × 2 + 7 × 1 = 23 minutes) within the 10-minute cap', () => {
    expect(actions.items.filter((i) => i.overdue)).toHaveLength(8);
    expect(actions.items).toHaveLength(15);
    expect(actions.minutes).toBe(10);
  });

  it('totals 31 + 15 + 14 + 10 + 0 = 70 minutes in 5 sections, and 80 with one 10-minute deep dive', () => {
    expect(agenda.sections.map((s) => s.minutes)).toEqual([31, 15, 14, 10, 0]);
    expect(deepDives.items).toHaveLength(0);
    expect(agenda.totalMinutes).toBe(70);
    const withTopic = buildAgenda({ ...tenant, now: NOW, lastReview, deepDives: [{ title: 'Partner channel', proposedBy: tenant.kpis[0]!.owner }] });
    expect(withTopic.totalMinutes).toBe(80);
  });
});
