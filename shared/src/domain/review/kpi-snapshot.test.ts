import type { Kpi } from '../kpi/kpi';
import { ReviewSchema } from './review';
import { snapshotKpis } from './kpi-snapshot';

const owner = { email: 'gmd@contoso.com' };
const pipeline: Kpi = {
  id: 'pipeline', title: 'Pipeline', area: 'pipeline-generation', owner, unit: 'count',
  direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 75,
};
const nps: Kpi = { ...pipeline, id: 'nps', title: 'NPS', area: 'customer-success' };

describe('KPI snapshot of a review', () => {
  const measurements = [
    { kpiId: 'pipeline', cycle: '2025-02-10', value: 95 },
    { kpiId: 'pipeline', cycle: '2025-03-03', value: 80 },
    { kpiId: 'pipeline', cycle: '2025-03-24', value: 60 },
  ];

  it('records 80 (at risk, target 100) for the review of 3 Mar, ignoring the later 60', () => {
    expect(snapshotKpis([pipeline], measurements, '2025-03-03')).toEqual([
      { kpiId: 'pipeline', title: 'Pipeline', value: 80, target: 100, status: 'at-risk' },
    ]);
  });

  it('records a KPI never measured as null with no data', () => {
    expect(snapshotKpis([nps], measurements, '2025-03-03')[0]).toEqual({ kpiId: 'nps', title: 'NPS', value: null, target: 100, status: 'no-data' });
  });

  it('validates as part of a Review record', () => {
    const review = {
      id: 'rev-2025-03-03', date: '2025-03-03', attendees: [owner], decisions: ['Shift budget to events'],
      actionIds: ['a1'], kpiSnapshot: snapshotKpis([pipeline, nps], measurements, '2025-03-03'),
    };
    expect(ReviewSchema.safeParse(review).success).toBe(true);
  });

  it('rejects a review without attendees', () => {
    const review = { id: 'r', date: '2025-03-03', attendees: [], decisions: [], actionIds: [], kpiSnapshot: [] };
    expect(ReviewSchema.safeParse(review).success).toBe(false);
  });
});
