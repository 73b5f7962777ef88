import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

const classes = mergeStyleSets({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    padding: '0 6px',
    marginLeft: 6,
    borderRadius: 2,
    background: '#a4262c',
    color: '#ffffff',
    fontSize: 12,
    fontWeight: 600,
    whiteSpace: 'nowrap',
  },
});

/**
 * Flags a triggered risk: one of its monitoring KPIs is off track (DOMAIN.md §3), so it rises on
 * the next GTM Review's agenda. `title` names the KPIs for the tooltip and screen readers.
 */
export function TriggeredBadge({ kpiTitles }: { kpiTitles: readonly string[] }): React.ReactElement {
  const why = `Triggered: ${kpiTitles.join(', ')} off track`;
  return (
    <span className={classes.badge} title={why} aria-label={why} data-testid="triggered-badge">
      <span aria-hidden="true">⚠</span>
      Triggered
    </span>
  );
}
