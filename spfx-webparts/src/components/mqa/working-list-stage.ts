import type { MqaStage, Person, SalesWorkingEntry, StoredItem } from '@gtm/shared';
import { samePerson } from '@gtm/shared';
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
 * already). Only the status changes — Sales' notes stay as they are — and, when `salesOwner` is
 * given (a hand-over just chose them), the row's Sales owner becomes that person too.
 * @example workingListChange(rowAtSharedWithSales, 'sales-accepted')?.(row.entity) // { ok: true, value: { …row, status: 'sales-accepted' } }
 * @example workingListChange(rowAtStalled, 'shared-with-sales', noor)?.(row.entity) // { ok: true, value: { …row, status: 'shared-with-sales', salesOwner: noor } }
 */
export function workingListChange(row: StoredItem<SalesWorkingEntry> | undefined, accountStage: MqaStage, salesOwner?: Person | null): Change<SalesWorkingEntry> | null {
  const target = workingListStageFor(accountStage);
  if (row === undefined || target === null) return null;
  const owner = salesOwner ?? null;
  const ownerChanges = owner !== null && (row.entity.salesOwner === null || !samePerson(row.entity.salesOwner, owner));
  if (row.entity.status === target && !ownerChanges) return null;
  return (entry) => ({ ok: true, value: { ...entry, status: target, ...(ownerChanges ? { salesOwner: owner } : {}) } });
}
