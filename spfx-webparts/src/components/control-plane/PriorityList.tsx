import * as React from 'react';
import type { Priority } from '@gtm/shared';
import { PRIORITY_STATUS_LABELS } from '@gtm/shared';
import { EmptyState } from '../common/EmptyState';
import { useThemedClasses } from '../common/use-themed-classes';
import { getControlPlaneClasses } from './control-plane-styles';
import { personName } from './control-plane-updates';

/**
 * The GTM priorities in rank order (1 = most important). `ranked` comes from the domain's
 * `rankPriorities` over all priorities *before* the owner filter, so a filtered view still shows
 * each priority's place in the whole list.
 */
export function PriorityList({
  ranked,
  filtered,
  emptyTitle,
}: {
  ranked: readonly Priority[];
  filtered: boolean;
  /** The empty state's title instead of the default one (the "Mine" filter's "Nothing of yours here"). */
  emptyTitle?: string;
}): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  if (ranked.length === 0) {
    return <EmptyState title={emptyTitle ?? (filtered ? 'No priorities for this owner' : 'No priorities yet')} />;
  }
  return (
    <table className={classes.table} aria-label="Priorities, ranked" data-testid="priority-list">
      <thead>
        <tr>
          <th scope="col" className={`${classes.cell} ${classes.rankHeader}`}>Rank</th>
          <th scope="col" className={classes.cell}>Priority</th>
          <th scope="col" className={classes.cell}>Owner</th>
          <th scope="col" className={classes.cell}>Status</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((p) => (
          <tr key={p.id} data-testid="priority-row">
            <td className={`${classes.cell} ${classes.rank}`}>{p.rank}</td>
            <td className={classes.cell}>{p.title}</td>
            <td className={classes.cell}>{personName(p.owner)}</td>
            <td className={classes.cell}>{PRIORITY_STATUS_LABELS[p.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
