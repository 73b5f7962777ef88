import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { KpiStatus } from '@gtm/shared';
import { KPI_STATUS_LABELS } from '@gtm/shared';

/**
 * Status colours (text on tint, 4.5:1 contrast or better). The badge carries its own fill, so it
 * reads the same on a light, dark or strong section; colour is never the only signal: the badge
 * always says the status in words too.
 */
export const KPI_STATUS_COLOURS: Readonly<Record<KpiStatus, { text: string; background: string }>> = {
  'off-track': { text: '#a4262c', background: '#fde7e9' },
  'at-risk': { text: '#7a5200', background: '#fff4ce' },
  'on-track': { text: '#0b6a0b', background: '#dff6dd' },
  'no-data': { text: '#484644', background: '#f3f2f1' },
};

const classes = mergeStyleSets({
  badge: { display: 'inline-block', padding: '2px 8px', borderRadius: 10, fontSize: 12, fontWeight: 600, whiteSpace: 'nowrap' },
});

/** A KPI's computed status as a coloured badge that always says the status in words. */
export function KpiStatusBadge({ status }: { status: KpiStatus }): React.ReactElement {
  const colours = KPI_STATUS_COLOURS[status];
  return (
    <span
      className={classes.badge}
      style={{ color: colours.text, background: colours.background }}
      data-testid="kpi-status"
      data-status={status}
    >
      {KPI_STATUS_LABELS[status]}
    </span>
  );
}
