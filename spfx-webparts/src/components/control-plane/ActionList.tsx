import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Action, IsoDate, Kpi } from '@gtm/shared';
import { ACTION_STATUS_LABELS, daysOverdue, isOverdue } from '@gtm/shared';
import { EmptyState } from '../common/EmptyState';
import { formatDate } from '../common/format-date';
import { useThemedClasses } from '../common/use-themed-classes';
import { getControlPlaneClasses } from './control-plane-styles';
import { personName } from './control-plane-updates';

export interface ActionListProps {
  /** The actions to show (already filtered by owner and open/closed), any order. */
  actions: readonly Action[];
  kpis: readonly Kpi[];
  today: IsoDate;
  /** True while the owner filter hides some actions (for the empty message). */
  filtered: boolean;
  /** The empty state's title instead of the default one (the "Mine" filter's "Nothing of yours here"). */
  emptyTitle?: string;
  /** The id of the action being closed, whose buttons wait. */
  busyId: string | null;
  onClose: (action: Action, status: 'done' | 'dropped') => void;
}

/** The action's status in words: "Overdue by 3 days" (open and past due), "Due today", "Open", "Done", "Dropped". */
export function actionStatusText(action: Action, today: IsoDate): string {
  if (isOverdue(action, today)) {
    const days = daysOverdue(action, today);
    return `Overdue by ${days} ${days === 1 ? 'day' : 'days'}`;
  }
  if (action.status === 'open' && action.dueDate === today) return 'Due today';
  return ACTION_STATUS_LABELS[action.status];
}

/** What the action is about, when it is linked: a KPI by its title, a risk or account by id. */
function linkText(action: Action, kpis: readonly Kpi[]): string {
  if (!action.link) return '';
  if (action.link.kind === 'kpi') return `KPI: ${kpis.find((k) => k.id === action.link?.id)?.title ?? `#${action.link.id}`}`;
  return `${action.link.kind === 'risk' ? 'Risk' : 'Account'} #${action.link.id}`;
}

/** Fluent's 80 px button minimum made "Done" and "Drop" 10 px too wide for a 320 px window. */
const NARROW_BUTTON = { root: { minWidth: 56, padding: '0 8px' } };

/**
 * Follow-up actions, soonest due first: owner, due date and status. Overdue ones say so in words
 * and in red (colour is never the only signal). Open actions can be marked done or dropped.
 */
export function ActionList({ actions, kpis, today, filtered, emptyTitle, busyId, onClose }: ActionListProps): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  if (actions.length === 0) {
    return <EmptyState title={emptyTitle ?? (filtered ? 'No actions for this owner' : 'No actions to show')} />;
  }
  const ordered = [...actions].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  return (
    <table className={classes.table} aria-label="Follow-up actions" data-testid="action-list">
      <thead>
        <tr>
          <th scope="col" className={classes.cell}>Action</th>
          <th scope="col" className={classes.cell}>Owner</th>
          <th scope="col" className={classes.cell}>Due</th>
          <th scope="col" className={classes.cell}>Status</th>
          <th scope="col" className={classes.cell}><span className={classes.muted}>Close</span></th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((action) => {
          const overdue = isOverdue(action, today);
          const link = linkText(action, kpis);
          return (
            <tr key={action.id} data-testid="action-row" data-action-id={action.id} data-overdue={overdue ? 'true' : undefined}>
              <td className={classes.cell}>
                {action.title}
                {link && <div className={classes.muted}>{link}</div>}
              </td>
              <td className={classes.cell}>{personName(action.owner)}</td>
              <td className={classes.cell}>{formatDate(action.dueDate)}</td>
              <td className={`${classes.cell} ${overdue ? classes.overdue : ''}`} data-testid="action-status">
                {actionStatusText(action, today)}
              </td>
              <td className={classes.cell}>
                {action.status === 'open' && (
                  // Wraps under each other when the column is narrow (a phone, WCAG 1.4.10 reflow at 320 px).
                  <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
                    <DefaultButton
                      text="Done"
                      ariaLabel={`Mark “${action.title}” done`}
                      disabled={busyId === action.id}
                      onClick={() => onClose(action, 'done')}
                      styles={NARROW_BUTTON}
                    />
                    <DefaultButton
                      text="Drop"
                      ariaLabel={`Drop “${action.title}”`}
                      disabled={busyId === action.id}
                      onClick={() => onClose(action, 'dropped')}
                      styles={NARROW_BUTTON}
                    />
                  </Stack>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
