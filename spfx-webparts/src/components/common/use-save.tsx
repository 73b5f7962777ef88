import * as React from 'react';
import type { Repository, SaveConflict, StoredItem } from '@gtm/shared';
import { ConflictDialog } from './lazy-parts';
import { errorText } from './list-error-kind';

/**
 * A change the user asked for, as a domain rule over the version it applies to. "Apply mine again"
 * re-runs it on the version someone else saved, so a change that is no longer allowed is refused
 * with the rule's reason instead of overwriting theirs.
 */
export type Change<T> = (current: T) => { ok: true; value: T } | { ok: false; reason: string };

/** The change that writes `value` whatever the current version holds (a form's values). */
export function writeAs<T>(value: T): Change<T> {
  return () => ({ ok: true, value });
}

/** How one save ended, for the view that asked (the hook has already updated its own state). */
export type SaveOutcome<T> =
  | { kind: 'saved'; stored: StoredItem<T> }
  | { kind: 'rejected'; reason: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

/** Options of {@link useSave}: one repository, and how its entities look in the conflict dialog. */
export interface UseSaveOptions<T> {
  repository: Pick<Repository<T>, 'saveNew' | 'saveChanges'>;
  /** An entity as the conflict dialog compares it: field → text, in the words of the form. */
  describe: (entity: T) => Record<string, string>;
  /** Field → label in dialog order; a function when labels depend on my version (a KPI's cycle). */
  fieldLabels: Record<string, string> | ((mine: T) => Record<string, string>);
  /**
   * A version is now the one in SharePoint: `saved` (mine, also after "Apply mine again") or
   * `theirs` (the user chose "Reload theirs", or a re-run rule refused mine on their version).
   */
  onStored: (stored: StoredItem<T>, how: 'saved' | 'theirs') => void;
  /** Their version cannot be shown (deleted, or it no longer maps) and the user chose "Reload theirs". */
  onGone?: (itemId: number) => void;
  /**
   * How an "Apply mine again" ended: the view did not start that save, so it hears of it here
   * (`error` holds the message of a failure or refusal too). `base` is their version it applied to.
   */
  onReapplied?: (outcome: SaveOutcome<T>, base: StoredItem<T>) => void;
}

/** What {@link useSave} gives a view. */
export interface Saver<T> {
  /**
   * Adds `entity`. A list with a natural key may answer conflict (a KPI's cycle already has a
   * value): "Apply mine again" then runs `reapply` (default: write `entity` as it is) on theirs.
   * `after` runs once it is stored, for the writes that follow it.
   */
  saveNew: (entity: T, options?: { reapply?: Change<T>; after?: (stored: StoredItem<T>) => Promise<void> }) => Promise<SaveOutcome<T>>;
  /** Applies `change` to `base` and updates with `base`'s item id and ETag; `after` as for `saveNew`. */
  saveChanges: (base: StoredItem<T>, change: Change<T>, after?: (stored: StoredItem<T>) => Promise<void>) => Promise<SaveOutcome<T>>;
  saving: boolean;
  /** Why the last save did not go through (a rule's reason or the repository's message). */
  error: string | null;
  clearError: () => void;
  /** Runs a step that is not a save of this repository (a read before it), with the same busy state and error. */
  perform: (step: () => Promise<void>) => Promise<boolean>;
  /** The 412 dialog while a conflict waits for the user's choice; render it anywhere. */
  conflictDialog: React.ReactElement | null;
}

interface Pending<T> {
  result: SaveConflict<T>;
  mine: T;
  base: StoredItem<T> | null;
  reapply: Change<T>;
  after: ((stored: StoredItem<T>) => Promise<void>) | undefined;
}

/**
 * The one write path of the web parts: every save goes through a repository's typed save and
 * ends one of three ways. Saved: `onStored(…, 'saved')`, then `after`. Conflict (someone else's
 * version, already mapped): the conflict dialog shows both — "Reload theirs" keeps theirs, "Apply
 * mine again" re-runs the change on theirs and saves with their ETag; nothing is overwritten
 * silently. Failed: the repository's message in `error` (the form keeps what was typed).
 * @example
 *   const saver = useSave({ repository: repositories.risks, describe, fieldLabels, onStored });
 *   await saver.saveChanges({ itemId: 4, etag: '"4,1"', entity: risk }, writeAs(edited));
 */
export function useSave<T>(options: UseSaveOptions<T>): Saver<T> {
  const latest = React.useRef(options);
  latest.current = options;
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState<Pending<T> | null>(null);


  /** Writes `mine` (new when `base` is null) and settles the result. */
  const write = React.useCallback(
    async (
      mine: T,
      base: StoredItem<T> | null,
      reapply: Change<T>,
      after: ((stored: StoredItem<T>) => Promise<void>) | undefined,
    ): Promise<SaveOutcome<T>> => {
      setSaving(true);
      setError(null);
      try {
        const { repository } = latest.current;
        const result = base === null ? await repository.saveNew(mine) : await repository.saveChanges({ ...base, entity: mine });
        if (result.kind === 'failed') {
          setError(result.message);
          return { kind: 'failed', message: result.message };
        }
        if (result.kind === 'conflict') {
          setPending({ result, mine, base, reapply, after });
          return { kind: 'conflict' };
        }
        const stored: StoredItem<T> = { itemId: result.itemId, etag: result.etag, entity: result.entity };
        latest.current.onStored(stored, 'saved');
        if (after) {
          try {
            await after(stored);
          } catch (e) {
            // Mine is stored; what followed it is not: say so (the outcome stays saved).
            setError(errorText(e));
          }
        }
        return { kind: 'saved', stored };
      } catch (e) {
        // A repository's save answers rather than throws; this is a bug or a stand-in, still shown.
        const message = errorText(e);
        setError(message);
        return { kind: 'failed', message };
      } finally {
        setSaving(false);
      }
    },
    [],
  );

  const saveChanges = React.useCallback(
    async (base: StoredItem<T>, change: Change<T>, after?: (stored: StoredItem<T>) => Promise<void>): Promise<SaveOutcome<T>> => {
      const changed = change(base.entity);
      if (!changed.ok) {
        setError(changed.reason);
        return { kind: 'rejected', reason: changed.reason };
      }
      return write(changed.value, base, change, after);
    },
    [write],
  );

  const saveNew = React.useCallback(
    (entity: T, options?: { reapply?: Change<T>; after?: (stored: StoredItem<T>) => Promise<void> }): Promise<SaveOutcome<T>> =>
      write(entity, null, options?.reapply ?? writeAs(entity), options?.after),
    [write],
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

  const clearError = React.useCallback(() => setError(null), []);

  const reloadTheirs = (p: Pending<T>): void => {
    setPending(null);
    const { result } = p;
    if (result.theirs === null || result.etag === null) latest.current.onGone?.(result.itemId);
    else latest.current.onStored({ itemId: result.itemId, etag: result.etag, entity: result.theirs }, 'theirs');
  };

  const applyMineAgain = (p: Pending<T>): void => {
    setPending(null);
    const { result } = p;
    if (result.etag === null) return; // deleted: there is nothing to save over (the dialog offers no reapply)
    const target = { itemId: result.itemId, etag: result.etag };
    const report = (base: StoredItem<T>) => (outcome: SaveOutcome<T>) => latest.current.onReapplied?.(outcome, base);
    if (result.theirs === null) {
      // Theirs no longer maps, so no rule can run on it: mine, as computed, replaces it.
      const base = { ...target, entity: p.mine };
      void write(p.mine, base, p.reapply, p.after).then(report(base));
      return;
    }
    const theirs: StoredItem<T> = { ...target, entity: result.theirs };
    const changed = p.reapply(theirs.entity);
    if (!changed.ok) {
      // The view shows their version, and why mine no longer applies to it.
      latest.current.onStored(theirs, 'theirs');
      setError(changed.reason);
      report(theirs)({ kind: 'rejected', reason: changed.reason });
      return;
    }
    void write(changed.value, theirs, p.reapply, p.after).then(report(theirs));
  };

  let conflictDialog: React.ReactElement | null = null;
  if (pending !== null) {
    const labels = typeof options.fieldLabels === 'function' ? options.fieldLabels(pending.mine) : options.fieldLabels;
    const { result } = pending;
    let theirs: Record<string, string> | null = null;
    if (result.theirs !== null) theirs = options.describe(result.theirs);
    else if ('invalid' in result) theirs = { [Object.keys(labels)[0] ?? 'item']: `(cannot be read: ${result.invalid.join('; ')})` };
    conflictDialog = (
      <ConflictDialog
        conflict={{ mine: options.describe(pending.mine), theirs, fieldLabels: labels }}
        onDismiss={() => setPending(null)}
        onReload={() => reloadTheirs(pending)}
        onReapply={() => applyMineAgain(pending)}
      />
    );
  }

  return { saveNew, saveChanges, saving, error, clearError, perform, conflictDialog };
}
