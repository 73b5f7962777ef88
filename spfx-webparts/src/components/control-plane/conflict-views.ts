import type { Action, IsoDate, Kpi, KpiMeasurement, Person, StoredItem } from '@gtm/shared';
import { ACTION_STATUS_LABELS } from '@gtm/shared';
import type { Conflict } from '../common/ConflictDialog';
import { formatDate } from '../common/format-date';
import { personName } from './control-plane-updates';
import { formatKpiValue } from './kpi-format';

/**
 * What the conflict dialog shows when a KPI actual could not be saved: my value and theirs for
 * the same cycle, as people read them.
 */
export function kpiActualConflict(
  kpi: Kpi,
  cycle: IsoDate,
  mine: { value: number; recordedBy: Person },
  theirs: StoredItem<KpiMeasurement> | null,
): Conflict {
  return {
    fieldLabels: { kpi: 'KPI', value: `Actual for the review of ${formatDate(cycle)}`, recordedBy: 'Recorded by' },
    mine: { kpi: kpi.title, value: formatKpiValue(kpi, mine.value), recordedBy: personName(mine.recordedBy) },
    theirs: theirs && {
      kpi: kpi.title,
      value: formatKpiValue(kpi, theirs.entity.value),
      recordedBy: personName(theirs.entity.recordedBy),
    },
  };
}

function actionFields(action: Action): Record<string, string> {
  return {
    title: action.title,
    owner: personName(action.owner),
    dueDate: formatDate(action.dueDate),
    status: ACTION_STATUS_LABELS[action.status],
  };
}

/** What the conflict dialog shows when closing an action met someone else's edit. */
export function actionConflict(mine: Action, theirs: Action | null): Conflict {
  return {
    fieldLabels: { title: 'Action', owner: 'Owner', dueDate: 'Due', status: 'Status' },
    mine: actionFields(mine),
    theirs: theirs && actionFields(theirs),
  };
}
