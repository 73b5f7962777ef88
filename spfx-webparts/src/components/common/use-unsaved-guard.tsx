import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';

/** What {@link useUnsavedGuard} gives the form it guards. */
export interface UnsavedGuard {
  /**
   * Closes at once when nothing changed; otherwise asks "Discard your changes?" first. Wire every
   * way out to it: Escape, Cancel, the panel's close button, light dismiss.
   */
  requestClose: () => void;
  /**
   * The question, or null while it is not asked. Render it OUTSIDE the panel it guards: React
   * events bubble through portals, so an Escape in the dialog would otherwise reach the panel's
   * own Escape handler and ask again.
   */
  dialog: React.ReactElement | null;
}

/**
 * Guards a form with unsaved edits: `requestClose()` calls `close` directly when `dirty` is false,
 * and otherwise shows a dialog whose default (focused) answer is "Keep editing"; only "Discard"
 * calls `close`. Escape in the dialog keeps editing, as a mistaken second Escape must not lose work.
 * @example
 *   const guard = useUnsavedGuard(draftDiffers, onDismiss);
 *   <Panel onDismiss={guard.requestClose}>…<DefaultButton text="Cancel" onClick={guard.requestClose} /></Panel>
 *   {guard.dialog}
 */
export function useUnsavedGuard(dirty: boolean, close: () => void): UnsavedGuard {
  const [asking, setAsking] = React.useState(false);
  const requestClose = React.useCallback(() => {
    if (dirty) setAsking(true);
    else close();
  }, [dirty, close]);
  const keepEditing = (): void => setAsking(false);
  const dialog = asking ? (
    <Dialog
      hidden={false}
      onDismiss={keepEditing}
      dialogContentProps={{
        type: DialogType.normal,
        title: 'Discard your changes?',
        subText: 'What you changed here is not saved yet. Keep editing to save it, or discard it and close.',
      }}
      modalProps={{ isBlocking: true, focusTrapZoneProps: { firstFocusableTarget: '.gtm-keep-editing' } }}
      data-testid="discard-dialog"
    >
      <DialogFooter>
        <PrimaryButton className="gtm-keep-editing" text="Keep editing" onClick={keepEditing} />
        <DefaultButton
          text="Discard"
          onClick={() => {
            setAsking(false);
            close();
          }}
        />
      </DialogFooter>
    </Dialog>
  ) : null;
  return { requestClose, dialog };
}

/**
 * Whether a draft differs from what was opened: a structural comparison of plain data (strings,
 * numbers, booleans, null, arrays and objects), key order ignored.
 * @example differs({ title: 'A', tags: ['x'] }, { tags: ['x'], title: 'A' }) // false
 * @example differs({ title: 'A' }, { title: 'A ' }) // true
 */
export function differs(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return true;
  if (Array.isArray(a) !== Array.isArray(b)) return true;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return true;
  return ka.some((k) => differs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
