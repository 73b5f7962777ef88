import { KpiMeasurementSchema, KpiSchema } from './kpi';

const base = {
  id: 'pipeline',
  title: 'Marketing-sourced pipeline',
  area: 'pipeline-generation',
  owner: { email: 'gmd@contoso.com' },
  unit: 'currency',
};

describe('KpiSchema', () => {
  it('accepts higher-is-better thresholds ordered target 100 ≥ amber 90 > red 75', () => {
    const parsed = KpiSchema.safeParse({ ...base, direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 75 });
    expect(parsed.success).toBe(true);
  });

  it('accepts lower-is-better thresholds ordered target 30 ≤ amber 35 < red 45', () => {
    const parsed = KpiSchema.safeParse({ ...base, unit: 'days', direction: 'lower', target: 30, amberThreshold: 35, redThreshold: 45 });
    expect(parsed.success).toBe(true);
  });

  it('rejects a higher-is-better red threshold of 90 equal to the amber threshold of 90', () => {
    const parsed = KpiSchema.safeParse({ ...base, direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 90 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['redThreshold']);
  });

  it('rejects a lower-is-better amber threshold of 25 that is better than the target of 30', () => {
    const parsed = KpiSchema.safeParse({ ...base, direction: 'lower', target: 30, amberThreshold: 25, redThreshold: 45 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['amberThreshold']);
  });

  it('rejects an area outside the seven GTM areas', () => {
    const parsed = KpiSchema.safeParse({ ...base, area: 'finance', direction: 'higher', target: 1, amberThreshold: 1, redThreshold: 0 });
    expect(parsed.success).toBe(false);
  });
});

describe('KpiMeasurementSchema', () => {
  it('identifies the cycle by the review date 2025-01-20', () => {
    expect(KpiMeasurementSchema.parse({ kpiId: 'pipeline', cycle: '2025-01-20', value: 7 }).cycle).toBe('2025-01-20');
  });

  it('rejects a cycle that is a number rather than a review date', () => {
    expect(KpiMeasurementSchema.safeParse({ kpiId: 'pipeline', cycle: 3, value: 7 }).success).toBe(false);
  });
});
