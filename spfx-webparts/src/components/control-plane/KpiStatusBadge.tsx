import * as React from 'react';
import type { KpiStatus } from '@gtm/shared';
import { KPI_STATUS_LABELS } from '@gtm/shared';
import { controlPlaneClasses as classes, KPI_STATUS_COLOURS } from './control-plane-styles';

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
