import * as React from 'react';
import type { QualifiedAccount, Repository, SalesWorkingEntry, StoredItem } from '@gtm/shared';
import type { SaveOutcome } from '../common/use-save';
import { useSave } from '../common/use-save';
import { WORKING_ROW_CONFLICT_LABELS, describeWorkingEntry } from './conflict-fields';
import { workingListChange } from './working-list-stage';

/** A stage move whose working-list row could not follow: what the panel says, and what Retry redoes. */
export interface WorkingListLag {
  accountId: string;
  /** Why the row was not updated (the repository's message, or a conflict left undecided). */
  reason: string;
}

/** Props of {@link useWorkingListFollow}. */
export interface WorkingListFollowOptions {
  repository: Pick<Repository<SalesWorkingEntry>, 'saveNew' | 'saveChanges'>;
  /** The account and its row as the view holds them now (read at retry time, not at click time). */
  current: (accountId: string) => { account: QualifiedAccount | undefined; row: StoredItem<SalesWorkingEntry> | undefined };
  /** A row version is now the one in SharePoint (updated, or theirs kept after a conflict). */
  onStored: (row: StoredItem<SalesWorkingEntry>) => void;
  /** The row was deleted by someone else (or no longer maps) and the user chose to reload. */
  onRowGone: (itemId: number) => void;
}

/** What {@link useWorkingListFollow} gives the view. */
export interface WorkingListFollow {
  /** Updates the account's row to the account's stage; never throws — a failure becomes a lag. */
  follow: (account: QualifiedAccount, row: StoredItem<SalesWorkingEntry> | undefined) => Promise<void>;
  /** Tries the account's row again with its current version. */
  retry: (accountId: string) => Promise<void>;
  /** The accounts whose row is behind, by account id. */
  lags: ReadonlyMap<string, WorkingListLag>;
  busy: boolean;
  /** The 412 dialog of a row update; render it anywhere. */
  conflictDialog: React.ReactElement | null;
}

const UNDECIDED = 'someone else changed the row at the same time, and neither version was chosen.';

/**
 * Keeps the MQA Sales working list following the account: after a stage move, the account's row
 * is updated to the matching working-list stage with its ETag, through the one save hook. A 412
 * opens the conflict dialog (their row is never overwritten blindly); any failure is kept as a
 * lag the panel shows with "Retry updating the Sales working list" — never left silently stale.
 */
export function useWorkingListFollow(options: WorkingListFollowOptions): WorkingListFollow {
  const latest = React.useRef(options);
  latest.current = options;
  const [lags, setLags] = React.useState<ReadonlyMap<string, WorkingListLag>>(new Map());
  /** Whose row each followed item is, for a row that is gone by the time the user decides. */
  const accountOfRow = React.useRef(new Map<number, string>());

  const setLag = React.useCallback((accountId: string, reason: string | null) => {
    setLags((current) => {
      const next = new Map(current);
      if (reason === null) next.delete(accountId);
      else next.set(accountId, { accountId, reason });
      return next;
    });
  }, []);

  /** The lag an outcome leaves: none once stored; until the user chooses in the dialog, "undecided". */
  const settle = React.useCallback(
    (accountId: string, outcome: SaveOutcome<SalesWorkingEntry>): void => {
      if (outcome.kind === 'saved') setLag(accountId, null);
      else if (outcome.kind === 'conflict') setLag(accountId, UNDECIDED);
      else setLag(accountId, outcome.kind === 'failed' ? outcome.message : outcome.reason);
    },
    [setLag],
  );

  const saver = useSave<SalesWorkingEntry>({
    repository: options.repository,
    describe: describeWorkingEntry,
    fieldLabels: WORKING_ROW_CONFLICT_LABELS,
    onStored: (row, how) => {
      latest.current.onStored(row);
      // Their row is what Sales sees, chosen knowingly: the account no longer waits on it.
      if (how === 'theirs') setLag(row.entity.accountId, null);
    },
    onGone: (itemId) => {
      const accountId = accountOfRow.current.get(itemId);
      if (accountId !== undefined) setLag(accountId, null);
      latest.current.onRowGone(itemId);
    },
    onReapplied: (outcome, base) => settle(base.entity.accountId, outcome),
  });

  const follow = React.useCallback(
    async (account: QualifiedAccount, row: StoredItem<SalesWorkingEntry> | undefined): Promise<void> => {
      // At Shared with Sales the row carries the Sales owner the hand-over chose.
      const change = workingListChange(row, account.stage, account.stage === 'shared-with-sales' ? account.salesOwner : undefined);
      if (row === undefined || change === null) return setLag(account.id, null);
      accountOfRow.current.set(row.itemId, account.id);
      settle(account.id, await saver.saveChanges(row, change));
    },
    [setLag, settle, saver.saveChanges],
  );

  const retry = React.useCallback(
    async (accountId: string): Promise<void> => {
      const { account, row } = latest.current.current(accountId);
      if (account === undefined) return setLag(accountId, null);
      await follow(account, row);
    },
    [follow, setLag],
  );

  return { follow, retry, lags, busy: saver.saving, conflictDialog: saver.conflictDialog };
}
