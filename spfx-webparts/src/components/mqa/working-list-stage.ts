import type { MqaStage, Repository, SalesWorkingEntry } from '@gtm/shared';
import type { SaveOutcome, Versioned } from './save-with-etag';
import { saveWithEtag } from './save-with-etag';
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
 * Brings the account's working-list row to the stage the account is at now, with the row's ETag:
 * `unchanged` when there is no row or it already says that stage; otherwise the update's outcome
 * (a 412 comes back as `conflict` with their row, never overwritten).
 */
export async function followAccountOnWorkingList(
  repository: Pick<Repository<SalesWorkingEntry>, 'update' | 'get'>,
  row: Versioned<SalesWorkingEntry> | undefined,
  accountStage: MqaStage,
): Promise<SaveOutcome<SalesWorkingEntry> | { kind: 'unchanged' }> {
  const target = workingListStageFor(accountStage);
  if (row === undefined || target === null || row.entity.status === target) return { kind: 'unchanged' };
  return saveWithEtag(repository, row, (entry) => ({ ok: true, value: { ...entry, status: target } }));
}
