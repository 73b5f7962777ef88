import type { IsoDate, QualifiedAccount, Repository, SalesWorkingEntry } from '@gtm/shared';
import { SALES_WORKING_STATUSES, unwrapWrites } from '@gtm/shared';
import type { Versioned } from './save-with-etag';

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
 * second row. Returns the row that is there now, with its ETag (a later stage move updates it),
 * and whether this call added it.
 */
export async function ensureOnWorkingList(
  repository: Pick<Repository<SalesWorkingEntry>, 'read' | 'add'>,
  account: QualifiedAccount,
  sharedOn: IsoDate,
): Promise<{ entry: Versioned<SalesWorkingEntry>; added: boolean }> {
  const existing = await repository.read({ where: [{ field: 'GtmAccount', op: 'eq', value: Number(account.id) }] });
  const first = existing.items[0];
  if (first) return { entry: { entity: first, etag: existing.etags.get(first.id) ?? '' }, added: false };
  const entry = salesWorkingEntryFor(account, sharedOn);
  const [written] = unwrapWrites(await repository.add([entry]));
  return { entry: { entity: { ...entry, id: String(written?.id ?? '') }, etag: written?.etag ?? '' }, added: true };
}
