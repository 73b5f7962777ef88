import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { type Theme } from '@fluentui/react/lib/Theme';
import { useThemedClasses } from './use-themed-classes';

/** Both versions of an item after a 412: the user's unsaved values and the server's (null = deleted). */
export interface Conflict {
  /** What the user tried to save, field → text as shown in the form. */
  mine: Record<string, string>;
  /** The item as SharePoint holds it now, same keys; null when someone deleted it. */
  theirs: Record<string, string> | null;
  /** Field → label ("likelihood" → "Likelihood"); when given, only these fields are compared, in this order. */
  fieldLabels?: Record<string, string>;
}

/** Props of {@link ConflictDialog}. */
export interface ConflictDialogProps {
  conflict: Conflict;
  /** Drop my changes and show the item as SharePoint has it now. */
  onReload: () => void;
  /** Save my values again over the new version (the caller uses the new ETag). */
  onReapply: () => void;
  /** Close without choosing (the form keeps the user's values). */
  onDismiss: () => void;
}

// The changed fields take the theme's warning tint (pale yellow on light, dark amber on dark), so
// the dialog's own text colour stays readable on them.
const getClasses = (theme: Theme) =>
  mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', marginTop: 8 },
    cell: {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: '4px 8px',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
    },
    changed: { fontWeight: 600, background: theme.semanticColors.warningBackground },
  });

/** The fields to compare: the labelled ones in label order, else every key of either version. */
function fieldsOf(conflict: Conflict): string[] {
  if (conflict.fieldLabels) return Object.keys(conflict.fieldLabels);
  const keys = new Set(Object.keys(conflict.mine));
  for (const key of Object.keys(conflict.theirs ?? {})) keys.add(key);
  return [...keys];
}

/**
 * Shown when a save hits a 412 (someone else changed the item since it was read): both versions
 * side by side, the differing fields highlighted, and the choice to "Reload theirs" or "Apply mine
 * again". Nothing is overwritten until the user picks. Values are rendered as text.
 */
export function ConflictDialog({ conflict, onReload, onReapply, onDismiss }: ConflictDialogProps): React.ReactElement {
  const classes = useThemedClasses(getClasses);
  const deleted = conflict.theirs === null;
  const fields = fieldsOf(conflict);
  return (
    <Dialog
      hidden={false}
      onDismiss={onDismiss}
      minWidth={560}
      dialogContentProps={{
        type: DialogType.largeHeader,
        title: deleted ? 'Someone else deleted this item' : 'Someone else changed this item',
        subText: deleted
          ? 'Your changes were not saved: the item no longer exists in SharePoint.'
          : 'Your changes were not saved. Compare the two versions, then keep theirs or apply yours again.',
      }}
      modalProps={{ isBlocking: true }}
    >
      <div data-testid="conflict-dialog">
        {deleted && <MessageBar messageBarType={MessageBarType.warning} delayedRender={false}>Their version: deleted.</MessageBar>}
        <table className={classes.table} aria-label="Your version and the version in SharePoint">
          <thead>
            <tr>
              <th scope="col" className={classes.cell}>Field</th>
              <th scope="col" className={classes.cell}>Your version</th>
              <th scope="col" className={classes.cell}>Their version (in SharePoint now)</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const mine = conflict.mine[field] ?? '';
              const theirs = conflict.theirs === null ? '—' : (conflict.theirs[field] ?? '');
              const changed = !deleted && mine !== theirs;
              return (
                <tr key={field} className={changed ? classes.changed : undefined} data-changed={changed ? 'true' : undefined}>
                  <th scope="row" className={classes.cell}>{conflict.fieldLabels?.[field] ?? field}</th>
                  <td className={classes.cell}>{mine}</td>
                  <td className={classes.cell}>{theirs}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <DialogFooter>
        <PrimaryButton text="Reload theirs" onClick={onReload} />
        {!deleted && <DefaultButton text="Apply mine again" onClick={onReapply} />}
        <DefaultButton text="Cancel" onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
