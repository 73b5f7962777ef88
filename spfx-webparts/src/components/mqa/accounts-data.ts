import type { QualifiedAccount, SalesWorkingEntry, StoredItem } from '@gtm/shared';
import type { GtmRepositories } from '../common/repositories';

/** What the Accounts view works on: each account with its item id and ETag, rows that did not map, and the Sales working list. */
export interface AccountsData {
  accounts: StoredItem<QualifiedAccount>[];
  /** MQA File items that do not map (id and field errors): reported, never dropped silently. */
  invalid: { id: number; errors: string[] }[];
  /** Each working-list row with its item id and ETag: a stage move updates the account's row (never blindly). */
  workingList: StoredItem<SalesWorkingEntry>[];
}

/** Reads the MQA File and the Sales working list together (two paged reads, in parallel). */
export async function loadAccountsData(repositories: Pick<GtmRepositories, 'accounts' | 'salesWorkingList'>): Promise<AccountsData> {
  const [accounts, workingList] = await Promise.all([repositories.accounts.readStored(), repositories.salesWorkingList.readStored()]);
  return { accounts: accounts.items, invalid: accounts.invalid, workingList: workingList.items };
}

/** The Sales working list row of an account (with its item id and ETag), if it has one. */
export function workingEntryOf(workingList: readonly StoredItem<SalesWorkingEntry>[], accountId: string): StoredItem<SalesWorkingEntry> | undefined {
  return workingList.find((row) => row.entity.accountId === accountId);
}
