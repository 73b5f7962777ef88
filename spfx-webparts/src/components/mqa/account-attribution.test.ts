import { attributeAccounts } from './account-attribution';
import { accountAt, dealOf } from './mqa.fixture';

describe('attributeAccounts', () => {
  it('splits each deal 50/50 over its account’s OLS and CS: 1,000 (Webinar/Events) + 500 (Webinar/none) → 750, 500, 250 unattributed', () => {
    const acme = accountAt({ name: 'Acme', ols: 'Webinar', cs: 'Events' });
    const globex = accountAt({ name: 'Globex', ols: 'Webinar', cs: null });
    const { result, dealCount } = attributeAccounts([acme, globex], [dealOf(acme, 1000), dealOf(globex, 500)]);
    expect(dealCount).toBe(2);
    expect(result.total).toBe(1500);
    expect(result.channels.map((c) => [c.channel, c.credit])).toEqual([
      ['Webinar', 750],
      ['Events', 500],
      ['(unattributed)', 250],
    ]);
  });

  it('leaves out deals of accounts not in view and deals without an account', () => {
    const acme = accountAt({ name: 'Acme' });
    const globex = accountAt({ name: 'Globex' });
    const orphan = { ...dealOf(acme, 300, 'orphan'), accountId: null };
    expect(attributeAccounts([acme], [dealOf(acme, 1000), dealOf(globex, 500), orphan]).dealCount).toBe(1);
  });

  it('uses the account’s corrected sources, not the copy on the deal', () => {
    const acme = accountAt({ name: 'Acme', ols: 'Webinar', cs: 'Events' });
    const deal = dealOf(acme, 1000);
    const corrected = { ...acme, ols: 'Partner referral' };
    expect(attributeAccounts([corrected], [deal]).result.channels.map((c) => c.channel)).toEqual(['Events', 'Partner referral']);
  });
});
