import type { MqaStage, SalesWorkingEntry, StoredItem } from '@gtm/shared';
import type { Change } from '../common/use-save';
import type { SalesWorkingStatus } from './share-with-sales';
import { isWorkingStatus } from './share-with-sales';

/**
 * Where an account at `stage` puts its Sales working list row: the stages the working list also
 * has (Shared with Sales, Sales accepted, Opportunity, Won, Lost, Stalled) map to themselves; a
 * disqualified account is Lost for Sales (the list has no Disqualified); the stages before the
 * handover (Identified, Internal review, Presales validation) leave the row as it is (null).
 * @example workingListStageFor('disqualified') // 'lost'
 */
export function workingListStageFor(stage: MqaStage): SalesWorkingStatus | null {
  if (isWorkingStatus(stage)) return stage;
  return stage === 'disqualified' ? 'lost' : null;
}

/**
 * The change that brings the account's working-list row to the stage the account is at now, or
 * null when there is nothing to do (no row, a stage before the handover, or the row says it
 * already). Only the status changes: Sales' notes stay as they are.
 * @example workingListChange(rowAtSharedWithSales, 'sales-accepted')?.(row.entity) // { ok: true, value: { …row, status: 'sales-accepted' } }
 */
export function workingListChange(row: StoredItem<SalesWorkingEntry> | undefined, accountStage: MqaStage): Change<SalesWorkingEntry> | null {
  const target = workingListStageFor(accountStage);
  if (row === undefined || target === null || row.entity.status === target) return null;
  return (entry) => ({ ok: true, value: { ...entry, status: target } });
}
