import type { Person } from './person';
import { isMine, onlyMineWhen, selectMine } from './mine';

const ana: Person = { email: 'ana.silva@contoso.example', displayName: 'Ana Silva' };
const bo: Person = { email: 'bo.chen@contoso.example', displayName: 'Bo Chen' };

interface Item {
  id: number;
  owner: Person;
}
interface Account {
  id: number;
  marketingOwner: Person;
  salesOwner: Person | null;
}
const byOwner = (item: Item): readonly Person[] => [item.owner];
const byEitherOwner = (a: Account): readonly (Person | null)[] => [a.marketingOwner, a.salesOwner];

describe('selectMine', () => {
  const items: Item[] = [
    { id: 1, owner: ana },
    { id: 2, owner: bo },
    { id: 3, owner: { email: 'ANA.SILVA@Contoso.Example' } },
    { id: 4, owner: bo },
  ];

  it('keeps the 2 of 4 items Ana owns, in order, matching her e-mail whatever its case', () => {
    const selection = selectMine(items, byOwner, ana);
    expect(selection.mine.map((i) => i.id)).toEqual([1, 3]);
    expect(selection.total).toBe(4);
  });

  it('finds nothing of a user who owns none of them: 0 of 4', () => {
    expect(selectMine(items, byOwner, { email: 'marco.rossi@contoso.example' })).toEqual({ mine: [], total: 4 });
  });

  it('counts an account as Ana’s when she is its marketing owner or its sales owner: 2 of 3', () => {
    const accounts: Account[] = [
      { id: 1, marketingOwner: ana, salesOwner: null },
      { id: 2, marketingOwner: bo, salesOwner: ana },
      { id: 3, marketingOwner: bo, salesOwner: null },
    ];
    expect(selectMine(accounts, byEitherOwner, ana).mine.map((a) => a.id)).toEqual([1, 2]);
    expect(isMine({ id: 3, marketingOwner: bo, salesOwner: null }, byEitherOwner, ana)).toBe(false);
  });

  it('of an empty list is 0 of 0', () => {
    expect(selectMine<Item>([], byOwner, ana)).toEqual({ mine: [], total: 0 });
  });
});

describe('onlyMineWhen', () => {
  const items: Item[] = [
    { id: 1, owner: ana },
    { id: 2, owner: bo },
  ];

  it('shows both items with the toggle off and only Ana’s 1 with it on', () => {
    expect(onlyMineWhen(false, items, byOwner, ana)).toBe(items);
    expect(onlyMineWhen(true, items, byOwner, ana).map((i) => i.id)).toEqual([1]);
  });
});
