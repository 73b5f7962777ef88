import type { Priority } from './priority';
import { PrioritySchema } from './priority';
import { movePriority, rankPriorities } from './rank';

const owner = { email: 'gmd@contoso.com' };
const p = (id: string, rank: number): Priority => ({ id, title: id, rank, owner, status: 'in-progress' });

describe('priorities', () => {
  it('rejects rank 0: rank 1 is the top', () => {
    expect(PrioritySchema.safeParse(p('a', 0)).success).toBe(false);
  });

  it('renumbers ranks 7 and 2 to 2 → 1 and 7 → 2', () => {
    expect(rankPriorities([p('b', 7), p('a', 2)]).map((x) => [x.id, x.rank])).toEqual([['a', 1], ['b', 2]]);
  });

  it('keeps input order for a tie: two rank 1s become 1 and 2', () => {
    expect(rankPriorities([p('x', 1), p('y', 1)]).map((x) => x.id)).toEqual(['x', 'y']);
  });

  it('moves c from rank 3 to rank 1, shifting a to 2 and b to 3', () => {
    const result = movePriority([p('a', 1), p('b', 2), p('c', 3)], 'c', 1);
    expect(result.ok && result.priorities.map((x) => `${x.id}${x.rank}`)).toEqual(['c1', 'a2', 'b3']);
  });

  it('moves a from rank 1 to rank 3', () => {
    const result = movePriority([p('a', 1), p('b', 2), p('c', 3)], 'a', 3);
    expect(result.ok && result.priorities.map((x) => `${x.id}${x.rank}`)).toEqual(['b1', 'c2', 'a3']);
  });

  it('refuses rank 4 among 3 priorities, and an unknown id', () => {
    expect(movePriority([p('a', 1), p('b', 2), p('c', 3)], 'a', 4)).toEqual({ ok: false, reason: 'Rank must be a whole number from 1 to 3, got 4' });
    expect(movePriority([p('a', 1)], 'z', 1).ok).toBe(false);
  });
});
