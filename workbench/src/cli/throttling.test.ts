import { ThrottledError } from '@gtm/shared';
import { keptThrottling, provisionStopped, retryBudgetMs } from './throttling';

describe('keptThrottling', () => {
  it('says how long SharePoint kept throttling, in whole seconds: 59,600 ms is 60 s', () => {
    expect(keptThrottling(new ThrottledError('Adding to GTM Deals', 429, 1, { waitedMs: 59_600 }))).toBe('SharePoint kept throttling for 60 s');
  });

  it('says "stayed busy" for 503 and leaves the time out when it is not known or under a second', () => {
    expect(keptThrottling(new ThrottledError('Reading GTM Deals', 503, null))).toBe('SharePoint stayed busy');
    expect(keptThrottling(new ThrottledError('Reading GTM Deals', 429, 120, { waitedMs: 3 }))).toBe('SharePoint kept throttling');
  });
});

describe('retryBudgetMs', () => {
  it('reads GTM_RETRY_BUDGET in seconds: "5" is 5000 ms, "0.5" is 500, unset is the 60 s default', () => {
    expect(retryBudgetMs({ GTM_RETRY_BUDGET: '5' })).toBe(5000);
    expect(retryBudgetMs({ GTM_RETRY_BUDGET: '0.5' })).toBe(500);
    expect(retryBudgetMs({})).toBe(60_000);
  });

  it('refuses a value that is not a number of seconds, naming the variable', () => {
    expect(() => retryBudgetMs({ GTM_RETRY_BUDGET: '1m' })).toThrow('GTM_RETRY_BUDGET must be a number of seconds (e.g. 60), got "1m"');
  });
});

describe('provisionStopped', () => {
  it('says where it stopped, how long SharePoint throttled, that 3 changes were made, and to run it again', () => {
    expect(provisionStopped(new ThrottledError('Provisioning GTM Deals', 429, 1, { waitedMs: 60_000 }), 3)).toBe(
      'provisioning stopped at "Provisioning GTM Deals": SharePoint kept throttling for 60 s. The 3 changes above were made, the rest were not; run the same command again: it makes only what is missing',
    );
  });

  it('says nothing was changed when it stopped before the first change', () => {
    expect(provisionStopped(new ThrottledError('Provisioning GTM Deals', 503, null), 0)).toMatch(/SharePoint stayed busy\. Nothing was changed; run the same command again/);
  });
});
