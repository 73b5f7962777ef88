import * as React from 'react';
import type { Repository } from '@gtm/shared';
import { ConflictDialog } from '../common/ConflictDialog';
import { errorText } from '../common/list-error-kind';
import type { EntityChange, Versioned } from './save-with-etag';
import { saveWithEtag } from './save-with-etag';

/** Props of {@link useEntitySave}. */
export interface EntitySaveOptions<T> {
  repository: Pick<Repository<T>, 'update' | 'get'>;
  /** The entity as the conflict dialog compares it: field → text. */
  describe: (entity: T) => Record<string, string>;
  /** Field → label, in the order the conflict dialog lists them. */
  fieldLabels: Record<string, string>;
  /** A version is now the one in SharePoint (saved, re-applied, or theirs reloaded). */
  onStored: (stored: Versioned<T>) => void;
  /** The item was deleted by someone else and the user chose to reload. */
  onDeleted: (id: string) => void;
}

/** What {@link useEntitySave} gives a view. */
export interface EntitySaver<T> {
  /**
   * Applies the change and saves it with the ETag read. `after` runs once the change is stored
   * (also after "Apply mine again"), for the writes that follow it (a Sales working list row).
   * Resolves true when stored now; false when refused, failed or waiting on the conflict dialog.
   */
  save: (current: Versioned<T>, change: EntityChange<T>, after?: (stored: Versioned<T>) => Promise<void>) => Promise<boolean>;
  saving: boolean;
  /** Why the last save did not go through (a rule's reason or SharePoint's error), for a MessageBar. */
  error: string | null;
  clearError: () => void;
  /** Runs a write that is not an entity update (adding a row), with the same busy state and error reporting. */
  perform: (step: () => Promise<void>) => Promise<boolean>;
  /** The 412 dialog while a conflict waits for the user's choice; render it anywhere. */
  conflictDialog: React.ReactElement | null;
}

interface PendingConflict<T> {
  mine: T;
  theirs: Versioned<T> | null;
  change: EntityChange<T>;
  after: ((stored: Versioned<T>) => Promise<void>) | undefined;
  id: string;
}

/**
 * Saving one entity the way the suite promises: the domain rule decides, the ETag guards, and a
 * 412 opens the conflict dialog with both versions — "Reload theirs" keeps their version, "Apply
 * mine again" re-runs the same rule on theirs and saves with their ETag. Nothing is overwritten
 * silently.
 */
export function useEntitySave<T extends { id: string }>(options: EntitySaveOptions<T>): EntitySaver<T> {
  const latest = React.useRef(options);
  latest.current = options;
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [conflict, setConflict] = React.useState<PendingConflict<T> | null>(null);

  const run = React.useCallback(
    async (current: Versioned<T>, change: EntityChange<T>, after?: (stored: Versioned<T>) => Promise<void>): Promise<boolean> => {
      setSaving(true);
      setError(null);
      try {
        const outcome = await saveWithEtag(latest.current.repository, current, change);
        switch (outcome.kind) {
          case 'saved':
            latest.current.onStored(outcome.saved);
            if (after) await after(outcome.saved);
            return true;
          case 'rejected':
            setError(outcome.reason);
            return false;
          case 'conflict':
            setConflict({ mine: outcome.mine, theirs: outcome.theirs, change, after, id: current.entity.id });
            return false;
          case 'failed':
            setError(errorText(outcome.error));
            return false;
        }
      } catch (e) {
        // `after` failed (e.g. the working list row): the main change is stored; say what is left.
        setError(errorText(e));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [],
  );

  const conflictDialog =
    conflict === null ? null : (
      <ConflictDialog
        conflict={{
          mine: options.describe(conflict.mine),
          theirs: conflict.theirs === null ? null : options.describe(conflict.theirs.entity),
          fieldLabels: options.fieldLabels,
        }}
        onDismiss={() => setConflict(null)}
        onReload={() => {
          setConflict(null);
          if (conflict.theirs === null) latest.current.onDeleted(conflict.id);
          else latest.current.onStored(conflict.theirs);
        }}
        onReapply={() => {
          setConflict(null);
          if (conflict.theirs === null) return;
          // Show theirs first: if the rule now refuses my change, the view holds the current version.
          latest.current.onStored(conflict.theirs);
          void run(conflict.theirs, conflict.change, conflict.after);
        }}
      />
    );

  const perform = React.useCallback(async (step: () => Promise<void>): Promise<boolean> => {
    setSaving(true);
    setError(null);
    try {
      await step();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setSaving(false);
    }
  }, []);

  return { save: run, saving, error, clearError: () => setError(null), perform, conflictDialog };
}
