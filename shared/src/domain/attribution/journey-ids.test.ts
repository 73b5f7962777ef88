import { JourneyIds } from './journey-ids';

describe('JourneyIds', () => {
  it('numbers ids 0, 1, 2 in the order inserted and finds them from any slice', () => {
    const ids = new JourneyIds();
    expect([ids.insert('a', 0, 1), ids.insert('bb', 0, 2), ids.insert('x,ccc,y', 2, 5)]).toEqual([0, 1, 2]);
    expect([ids.find('bb', 0, 2), ids.find('1,a', 2, 3), ids.find('ccc', 0, 3), ids.find('b', 0, 1)]).toEqual([1, 0, 2, -1]);
    expect(ids.id(2)).toBe('ccc');
  });

  it('tells apart ids that share a prefix or differ only in case: J1, J10, j1', () => {
    const ids = new JourneyIds();
    ['J1', 'J10', 'j1'].forEach((id) => ids.insert(id, 0, id.length));
    expect(['j1', 'J10', 'J1'].map((id) => ids.find(id, 0, id.length))).toEqual([2, 1, 0]);
  });

  it('still finds all of 50,000 ids after the table has grown (2,048 slots to 131,072)', () => {
    const ids = new JourneyIds();
    for (let j = 0; j < 50_000; j++) ids.insert(`id-${j}`, 0, `id-${j}`.length);
    let found = 0;
    for (let j = 0; j < 50_000; j++) if (ids.find(`id-${j}`, 0, `id-${j}`.length) === j) found++;
    expect(found).toBe(50_000);
    expect(ids.size).toBe(50_000);
  });

  it('keeps non-ASCII ids whole: "Zoë" and "Zoe" are two journeys', () => {
    const ids = new JourneyIds();
    ids.insert('Zoë', 0, 3);
    expect(ids.find('Zoe', 0, 3)).toBe(-1);
    expect(ids.id(0)).toBe('Zoë');
  });
});
