import type { IsoDate } from '../common/iso-date';
import type { Period } from '../common/period';
import { isWithin } from '../common/period';
import type { QualifiedAccount } from './account';

/**
 * The date an account became an MQA: its first move to Shared with Sales, when Marketing's
 * qualification (internal review, presales validation) was done and Sales got the account.
 * @example mqaDate(account) // '2025-02-20', or null if never shared with Sales
 */
export function mqaDate(account: Pick<QualifiedAccount, 'stageHistory'>): IsoDate | null {
  return account.stageHistory.find((c) => c.to === 'shared-with-sales')?.at ?? null;
}

/**
 * Counts MQAs: accounts that have been shared with Sales, each once however often it re-entered,
 * whatever happened after (won, lost, stalled, disqualified). With a period (inclusive), counts
 * accounts that first became MQA within it. Accounts only: contacts are counted by `countMqls`.
 * @example countMqas([sharedOn20Feb, identifiedOnly, wonAfterSharing]) // 2
 */
export function countMqas(
  accounts: readonly Pick<QualifiedAccount, 'stageHistory'>[],
  period?: Period,
): number {
  return accounts.filter((account) => {
    const date = mqaDate(account);
    if (date === null) return false;
    return !period || isWithin(date, period);
  }).length;
}
