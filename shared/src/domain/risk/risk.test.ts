import { RiskSchema } from './risk';

const valid = {
  id: 'r1',
  title: 'Competitor repositions on price',
  category: 'market-positioning',
  owner: { email: 'pmm@contoso.com' },
  inherent: { likelihood: 4, impact: 5 },
  residual: { likelihood: 2, impact: 5 },
  mitigationActions: [{ title: 'Refresh battlecard', owner: { email: 'pmm@contoso.com' }, dueDate: '2025-03-14', status: 'open' }],
  monitoringKpiIds: ['win-rate'],
  status: 'mitigating',
  lastReviewedAt: '2025-02-10',
};

describe('RiskSchema', () => {
  it('accepts a risk with inherent 20 and residual 10', () => {
    expect(RiskSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects a likelihood of 6, off the 1–5 scale', () => {
    expect(RiskSchema.safeParse({ ...valid, inherent: { likelihood: 6, impact: 5 } }).success).toBe(false);
  });

  it('rejects a residual score of 12 above an inherent score of 10', () => {
    const parsed = RiskSchema.safeParse({ ...valid, inherent: { likelihood: 2, impact: 5 }, residual: { likelihood: 3, impact: 4 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['residual']);
  });

  it('rejects a category outside the six', () => {
    expect(RiskSchema.safeParse({ ...valid, category: 'legal' }).success).toBe(false);
  });

  it('rejects a mitigation action without a due date', () => {
    const mitigationActions = [{ title: 'Refresh battlecard', owner: { email: 'pmm@contoso.com' }, status: 'open' }];
    expect(RiskSchema.safeParse({ ...valid, mitigationActions }).success).toBe(false);
  });

  it('accepts a risk never reviewed (lastReviewedAt null)', () => {
    expect(RiskSchema.safeParse({ ...valid, lastReviewedAt: null }).success).toBe(true);
  });
});
