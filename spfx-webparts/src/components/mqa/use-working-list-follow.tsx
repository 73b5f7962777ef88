import * as React from 'react';
import type { QualifiedAccount, Repository, SalesWorkingEntry } from '@gtm/shared';
import { ConflictDialog } from '../common/ConflictDialog';
import { errorText } from '../common/list-error-kind';
import { WORKING_ROW_CONFLICT_LABELS, describeWorkingEntry } from './conflict-fields';
import type { Versioned } from './save-with-etag';
import { followAccountOnWorkingList } from './working-list-stage';

/** A stage move whose working-list row could not follow: what the panel says, and what Retry redoes. */
export interface WorkingListLag {
  accountId: string;
  /** Why the row was not updated (SharePoint's error, or a conflict left undecided). */
  reason: string;
}

/** Props of {@link useWorkingListFollow}. */
export interface WorkingListFollowOptions {
  repository: Pick<Repository<SalesWorkingEntry>, 'update' | 'get'>;
  /** The account and its row as the view holds them now (read at retry time, not at click time). */
  current: (accountId: string) => { account: QualifiedAccount | undefined; row: Versioned<SalesWorkingEntry> | undefined };
  /** A row version is now the one in SharePoint (updated, or theirs kept after a conflict). */
  onStored: (row: Versioned<SalesWorkingEntry>) => void;
  /** The row was deleted by someone else and the user chose to reload. */
  onRowDeleted: (rowId: string) => void;
}

/** What {@link useWorkingListFollow} gives the view. */
export interface WorkingListFollow {
  /** Updates the account's row to the account's stage; never throws — a failure becomes a lag. */
  follow: (account: QualifiedAccount, row: Versioned<SalesWorkingEntry> | undefined) => Promise<void>;
  /** Tries the account's row again with its current version. */
  retry: (accountId: string) => Promise<void>;
  /** The accounts whose row is behind, by account id. */
  lags: ReadonlyMap<string, WorkingListLag>;
  busy: boolean;
  /** The 412 dialog of a row update; render it anywhere. */
  conflictDialog: React.ReactElement | null;
}

interface PendingRowConflict {
  accountId: string;
  mine: SalesWorkingEntry;
  theirs: Versioned<SalesWorkingEntry> | null;
}

const UNDECIDED = 'someone else changed the row at the same time, and neither version was chosen.';

/**
 * Keeps the MQA Sales working list following the account: after a stage move, the account's row
 * is updated to the matching working-list stage with its ETag. A 412 opens the conflict dialog
 * (their row is never overwritten blindly); any failure is kept as a lag the panel shows with
 * "Retry updating the Sales working list" — the row is never left silently stale.
 */
export function useWorkingListFollow(options: WorkingListFollowOptions): WorkingListFollow {
  const latest = React.useRef(options);
  latest.current = options;
  const [lags, setLags] = React.useState<ReadonlyMap<string, WorkingListLag>>(new Map());
  const [busy, setBusy] = React.useState(false);
  const [conflict, setConflict] = React.useState<PendingRowConflict | null>(null);

  const setLag = React.useCallback((accountId: string, reason: string | null) => {
    setLags((current) => {
      const next = new Map(current);
      if (reason === null) next.delete(accountId);
      else next.set(accountId, { accountId, reason });
      return next;
    });
  }, []);

  const follow = React.useCallback(
    async (account: QualifiedAccount, row: Versioned<SalesWorkingEntry> | undefined): Promise<void> => {
      setBusy(true);
      try {
        const outcome = await followAccountOnWorkingList(latest.current.repository, row, account.stage);
        switch (outcome.kind) {
          case 'unchanged':
            setLag(account.id, null);
            return;
          case 'saved':
            latest.current.onStored(outcome.saved);
            setLag(account.id, null);
            return;
          case 'conflict':
            // Until the user chooses, the row is behind: if they close the dialog, the panel says so.
            setLag(account.id, UNDECIDED);
            setConflict({ accountId: account.id, mine: outcome.mine, theirs: outcome.theirs });
            return;
          case 'rejected':
            setLag(account.id, outcome.reason);
            return;
          case 'failed':
            setLag(account.id, errorText(outcome.error));
            return;
        }
      } catch (error) {
        setLag(account.id, errorText(error));
      } finally {
        setBusy(false);
      }
    },
    [setLag],
  );

  const retry = React.useCallback(
    async (accountId: string): Promise<void> => {
      const { account, row } = latest.current.current(accountId);
      if (account === undefined) return setLag(accountId, null);
      await follow(account, row);
    },
    [follow, setLag],
  );

  const conflictDialog =
    conflict === null ? null : (
      <ConflictDialog
        conflict={{
          mine: describeWorkingEntry(conflict.mine),
          theirs: conflict.theirs === null ? null : describeWorkingEntry(conflict.theirs.entity),
          fieldLabels: WORKING_ROW_CONFLICT_LABELS,
        }}
        onDismiss={() => setConflict(null)}
        onReload={() => {
          // Their row is what Sales sees, chosen knowingly: the account no longer waits on it.
          setConflict(null);
          setLag(conflict.accountId, null);
          if (conflict.theirs === null) latest.current.onRowDeleted(conflict.mine.id);
          else latest.current.onStored(conflict.theirs);
        }}
        onReapply={() => {
          setConflict(null);
          if (conflict.theirs === null) return;
          latest.current.onStored(conflict.theirs);
          const { account } = latest.current.current(conflict.accountId);
          if (account !== undefined) void follow(account, conflict.theirs);
        }}
      />
    );

  return { follow, retry, lags, busy, conflictDialog };
}
