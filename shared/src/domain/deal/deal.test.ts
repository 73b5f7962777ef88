import type { DealRecord } from './deal';
import { DealRecordSchema, toAttributionDeal } from './deal';

const deal: DealRecord = {
  id: 'd1', name: 'Acme platform', accountId: 'acme', amount: 1000, stage: 'won',
  ols: 'Webinar', olsDate: '2025-01-01', cs: null, csDate: null, closedAt: '2025-03-03',
};

describe('DealRecord', () => {
  it('rejects a negative amount of -1', () => {
    expect(DealRecordSchema.safeParse({ ...deal, amount: -1 }).success).toBe(false);
  });

  it('maps to an attribution deal: 1 Jan 2025 = 1735689600000 ms, missing CS = ""', () => {
    expect(toAttributionDeal(deal)).toEqual({ dealId: 'd1', amount: 1000, ols: 'Webinar', olsDate: 1735689600000, cs: '', csDate: null });
  });
});
