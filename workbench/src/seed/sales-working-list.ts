import type { IsoDate, MqaStage, Person, QualifiedAccount } from '@gtm/shared';
import { mqaDate } from '@gtm/shared';

/** The stages an account can have while it sits in the Sales working list. */
export const WORKING_LIST_STAGES = ['shared-with-sales', 'sales-accepted', 'opportunity', 'won', 'lost', 'stalled'] as const satisfies readonly MqaStage[];
export type WorkingListStage = (typeof WORKING_LIST_STAGES)[number];

/**
 * One row of the MQA Sales Working List: an account shared with Sales, when it was first shared,
 * who owns it in Sales and where it stands. The list data layer's `SalesWorkingEntry` is the
 * row as stored; the workbench seeder maps this entry onto it (`salesStatus` → `status`, the
 * re-entry date → `notes`, the account id → the MQA File item id).
 */
export interface SalesWorkingListEntry {
  accountId: string;
  accountName: string;
  sharedOn: IsoDate;
  salesOwner: Person;
  salesStatus: WorkingListStage;
  /** The latest re-entry date, when the account stalled and came back. */
  reEnteredOn: IsoDate | null;
}

function isWorkingListStage(stage: MqaStage): stage is WorkingListStage {
  return (WORKING_LIST_STAGES as readonly MqaStage[]).includes(stage);
}

/**
 * The accounts at Shared with Sales or beyond (not disqualified), newest share first.
 * @example salesWorkingList(accounts)[0] // { accountId: 'acct-…', sharedOn: '2026-11-10', salesStatus: 'shared-with-sales', … }
 */
export function salesWorkingList(accounts: readonly QualifiedAccount[]): SalesWorkingListEntry[] {
  const entries: SalesWorkingListEntry[] = [];
  for (const account of accounts) {
    const sharedOn = mqaDate(account);
    if (sharedOn === null || account.salesOwner === null || !isWorkingListStage(account.stage)) continue;
    const reEntries = account.conversionHistory.filter((c) => c.kind === 're-entry');
    entries.push({
      accountId: account.id,
      accountName: account.name,
      sharedOn,
      salesOwner: account.salesOwner,
      salesStatus: account.stage,
      reEnteredOn: reEntries[reEntries.length - 1]?.at ?? null,
    });
  }
  return entries.sort((a, b) => (a.sharedOn < b.sharedOn ? 1 : a.sharedOn > b.sharedOn ? -1 : a.accountName.localeCompare(b.accountName)));
}
