import type { MqaStage } from '@gtm/shared';
import { MQA_STAGES, createMemoryListStore, createSalesWorkingRepository } from '@gtm/shared';
import { followAccountOnWorkingList, workingListStageFor } from './working-list-stage';

describe('workingListStageFor: where an account stage puts its Sales working list row', () => {
  const table: [MqaStage, string | null][] = [
    ['identified', null],
    ['internal-review', null],
    ['presales-validation', null],
    ['shared-with-sales', 'shared-with-sales'],
    ['sales-accepted', 'sales-accepted'],
    ['opportunity', 'opportunity'],
    ['won', 'won'],
    ['lost', 'lost'],
    ['disqualified', 'lost'],
    ['stalled', 'stalled'],
  ];

  it('covers every one of the 10 MQA stages', () => {
    expect(table.map(([stage]) => stage)).toEqual([...MQA_STAGES]);
  });

  it.each(table)('%s → %s (null: the row stays as it is)', (stage, expected) => {
    expect(workingListStageFor(stage)).toBe(expected);
  });
});

describe('followAccountOnWorkingList', () => {
  async function storedRow(status: 'shared-with-sales' | 'sales-accepted') {
    const repository = createSalesWorkingRepository(createMemoryListStore());
    await repository.add([{ id: '', accountId: '7', accountName: 'Acme', sharedOn: '2026-11-04', salesOwner: null, status, notes: 'First call booked' }]);
    const read = await repository.read();
    const entity = read.items[0];
    if (!entity) throw new Error('no row');
    return { repository, row: { entity, etag: read.etags.get(entity.id) ?? '' } };
  }

  it('updates the row from Shared with Sales to Sales accepted, keeping Sales’ notes', async () => {
    const { repository, row } = await storedRow('shared-with-sales');
    const outcome = await followAccountOnWorkingList(repository, row, 'sales-accepted');
    expect(outcome.kind).toBe('saved');
    expect((await repository.read()).items[0]).toEqual(expect.objectContaining({ status: 'sales-accepted', notes: 'First call booked' }));
  });

  it('leaves the row alone when it already says the stage, or when there is no row', async () => {
    const { repository, row } = await storedRow('sales-accepted');
    await expect(followAccountOnWorkingList(repository, row, 'sales-accepted')).resolves.toEqual({ kind: 'unchanged' });
    await expect(followAccountOnWorkingList(repository, undefined, 'won')).resolves.toEqual({ kind: 'unchanged' });
  });
});
