import { createMemoryListStore, createSalesWorkingRepository } from '@gtm/shared';
import { accountAt } from './mqa.fixture';
import { ensureOnWorkingList } from './share-with-sales';

describe('ensureOnWorkingList', () => {
  it('adds the account once: a second call (a second tab, a double click) finds the row and adds nothing', async () => {
    const repository = createSalesWorkingRepository(createMemoryListStore());
    const acme = { ...accountAt({ name: 'Acme', stage: 'shared-with-sales' }), id: '7' };
    const first = await ensureOnWorkingList(repository, acme, '2026-11-22');
    const second = await ensureOnWorkingList(repository, acme, '2026-11-23');
    expect([first.added, second.added]).toEqual([true, false]);
    expect(second.entry.entity).toEqual(expect.objectContaining({ accountId: '7', accountName: 'Acme', sharedOn: '2026-11-22', status: 'shared-with-sales' }));
    expect((await repository.read()).items).toHaveLength(1);
  });
});
