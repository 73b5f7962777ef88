import type { QualifiedAccount, SalesWorkingEntry } from '@gtm/shared';
import type { GtmRepositories } from '../common/repositories';
import type { Versioned } from './save-with-etag';

/** What the Accounts view works on: each account with its ETag, rows that did not map, and the Sales working list. */
export interface AccountsData {
  accounts: Versioned<QualifiedAccount>[];
  /** MQA File items that do not map (id and field errors): reported, never dropped silently. */
  invalid: { id: number; errors: string[] }[];
  /** Each working-list row with its ETag: a stage move updates the account's row (never blindly). */
  workingList: Versioned<SalesWorkingEntry>[];
}

/** Reads the MQA File and the Sales working list together (two paged reads, in parallel). */
export async function loadAccountsData(repositories: Pick<GtmRepositories, 'accounts' | 'salesWorkingList'>): Promise<AccountsData> {
  const [accounts, workingList] = await Promise.all([repositories.accounts.read(), repositories.salesWorkingList.read()]);
  return {
    accounts: accounts.items.map((entity) => ({ entity, etag: accounts.etags.get(entity.id) ?? '' })),
    invalid: accounts.invalid,
    workingList: workingList.items.map((entity) => ({ entity, etag: workingList.etags.get(entity.id) ?? '' })),
  };
}

/** The Sales working list row of an account (with its ETag), if it has one. */
export function workingEntryOf(workingList: readonly Versioned<SalesWorkingEntry>[], accountId: string): Versioned<SalesWorkingEntry> | undefined {
  return workingList.find((row) => row.entity.accountId === accountId);
}
