import { GTM_LISTS } from '../lists/all-lists';
import { createMemoryListStore } from '../store/memory-list-store';
import { createGtmRepositories } from './gtm-repositories';

describe('createGtmRepositories', () => {
  it('builds one repository for each of the 11 GTM lists, none left out and none twice (the Risk Register joined with its actions aside)', () => {
    const { riskRegister, ...repositories } = createGtmRepositories(createMemoryListStore());
    expect(riskRegister.list.title).toBe('Risk Register');
    const titles = Object.values(repositories).map((repository) => repository.list.title);
    expect(titles).toHaveLength(11);
    expect([...titles].sort()).toEqual(GTM_LISTS.map((list) => list.title).sort());
  });

  it('reads and writes through the store it is given: a priority added through one set is read back by another set over the same store', async () => {
    const store = createMemoryListStore();
    const [written] = await createGtmRepositories(store).priorities.add([
      { id: 'x', title: 'Win the mid-market', rank: 1, owner: { email: 'ana@contoso.com' }, status: 'in-progress' },
    ]);
    expect(written?.ok).toBe(true);
    const { items } = await createGtmRepositories(store).priorities.read();
    expect(items.map((p) => p.title)).toEqual(['Win the mid-market']);
  });
});
