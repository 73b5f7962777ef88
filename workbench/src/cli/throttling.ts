import { DEFAULT_RETRY_BUDGET_MS, ThrottledError } from '@gtm/shared';
import { InputError } from './errors';

/**
 * How a command says that SharePoint kept throttling past the retry budget: `SharePoint kept
 * throttling for 60 s`. Nothing is wrong with the input; running the same command again continues
 * (provision ensures what is missing, import matches existing items by key), so it exits 2, not 1.
 *
 * @example keptThrottling(new ThrottledError('Adding to GTM Deals', 429, 1, { waitedMs: 60_000 }))
 * // → 'SharePoint kept throttling for 60 s'
 */
export function keptThrottling(error: ThrottledError): string {
  const kept = error.status === 504 ? 'SharePoint kept timing out' : error.status === 503 ? 'SharePoint stayed busy' : 'SharePoint kept throttling';
  // Under a second is no span worth naming (it gave up at once: the wait asked for exceeded the budget).
  return error.waitedMs === null || error.waitedMs < 1000 ? kept : `${kept} for ${Math.round(error.waitedMs / 1000)} s`;
}

/**
 * The retry budget from `GTM_RETRY_BUDGET` (seconds; default 60): how long a command keeps
 * re-sending what SharePoint throttles before it stops and says what is left.
 *
 * @example retryBudgetMs({ GTM_RETRY_BUDGET: '5' }) // → 5000
 * @example retryBudgetMs({})                        // → 60000
 */
export function retryBudgetMs(env: Readonly<Record<string, string | undefined>>): number {
  const given = env.GTM_RETRY_BUDGET;
  if (given === undefined || given.trim() === '') return DEFAULT_RETRY_BUDGET_MS;
  const seconds = Number(given);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new InputError(`GTM_RETRY_BUDGET must be a number of seconds (e.g. 60), got ${JSON.stringify(given)}`);
  }
  return Math.round(seconds * 1000);
}

/**
 * What `gtm provision` says when SharePoint kept throttling: what was done (the changes printed
 * above), what was not, and that running it again completes it (provisioning ensures what is missing).
 *
 * @example provisionStopped(new ThrottledError('Provisioning GTM Deals', 429, 1, { waitedMs: 60_000 }), 3)
 * // → 'provisioning stopped at "Provisioning GTM Deals": SharePoint kept throttling for 60 s. The 3 changes above were made,
 * //    the rest were not; run the same command again: it makes only what is missing'
 */
export function provisionStopped(error: ThrottledError, changesMade: number): string {
  const done = changesMade === 0 ? 'Nothing was changed' : `The ${changesMade === 1 ? 'change' : `${changesMade} changes`} above ${changesMade === 1 ? 'was' : 'were'} made, the rest were not`;
  return `provisioning stopped at "${error.what}": ${keptThrottling(error)}. ${done}; run the same command again: it makes only what is missing`;
}
