import type { IsoDate, QualifiedAccount, Repository, SalesWorkingEntry, StoredItem } from '@gtm/shared';
import { SALES_WORKING_STATUSES } from '@gtm/shared';

/** A stage of the Sales working list (its status column's choices). */
export type SalesWorkingStatus = SalesWorkingEntry['status'];

/** True when the account stage is also a stage of the Sales working list. */
export function isWorkingStatus(stage: QualifiedAccount['stage']): stage is SalesWorkingStatus {
  return (SALES_WORKING_STATUSES as readonly string[]).includes(stage);
}

/** True when the account's stage belongs on the Sales working list (Shared with Sales onwards, not disqualified). */
export function belongsOnWorkingList(account: Pick<QualifiedAccount, 'stage'>): boolean {
  return isWorkingStatus(account.stage);
}

/**
 * The Sales working list row for an account shared today: the account's name, its sales owner,
 * and its stage (Shared with Sales, or where it already is further on).
 */
export function salesWorkingEntryFor(account: QualifiedAccount, sharedOn: IsoDate): SalesWorkingEntry {
  return {
    id: '',
    accountId: account.id,
    accountName: account.name,
    sharedOn,
    salesOwner: account.salesOwner,
    status: isWorkingStatus(account.stage) ? account.stage : 'shared-with-sales',
    notes: null,
  };
}

/**
 * Puts the account on the MQA Sales Working List once: the list is read again for this account
 * (its lookup column is indexed) so a second click, a second tab or a colleague never makes a
 * second row. Returns the row that is there now, with its item id and ETag (a later stage move
 * updates it), and whether this call added it. A failed add throws the repository's message.
 */
export async function ensureOnWorkingList(
  repository: Pick<Repository<SalesWorkingEntry>, 'readStored' | 'saveNew'>,
  account: QualifiedAccount,
  sharedOn: IsoDate,
): Promise<{ entry: StoredItem<SalesWorkingEntry>; added: boolean }> {
  const existing = await repository.readStored({ where: [{ field: 'GtmAccount', op: 'eq', value: Number(account.id) }] });
  const first = existing.items[0];
  if (first) return { entry: first, added: false };
  const result = await repository.saveNew(salesWorkingEntryFor(account, sharedOn));
  // An add has no version to conflict with; only a failure is left to report.
  if (result.kind !== 'saved') throw new Error(result.kind === 'failed' ? result.message : `${account.name} is on the Sales working list already; reload the page.`);
  return { entry: { itemId: result.itemId, etag: result.etag, entity: result.entity }, added: true };
}
