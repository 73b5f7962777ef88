import type { Rejection } from '../common/result';
import { reject } from '../common/result';
import type { Priority } from './priority';

/**
 * Priorities in rank order, renumbered 1…n so gaps and ties left by edits disappear
 * (ties keep their input order).
 * @example rankPriorities([{ id: 'b', rank: 7 }, { id: 'a', rank: 2 }]) // a → 1, b → 2
 */
export function rankPriorities<P extends Pick<Priority, 'rank'>>(priorities: readonly P[]): P[] {
  return priorities
    .map((p, index) => ({ p, index }))
    .sort((x, y) => x.p.rank - y.p.rank || x.index - y.index)
    .map(({ p }, i) => ({ ...p, rank: i + 1 }));
}

export type PrioritiesResult = { ok: true; priorities: Priority[] } | Rejection;

/**
 * Moves one priority to a new rank; the others shift to make room and ranks stay 1…n.
 * @example movePriority([a1, b2, c3], 'c', 1) // c → 1, a → 2, b → 3
 */
export function movePriority(priorities: readonly Priority[], id: string, toRank: number): PrioritiesResult {
  const ordered = rankPriorities(priorities);
  const moving = ordered.find((p) => p.id === id);
  if (!moving) return reject(`No priority with id "${id}"`);
  if (!Number.isInteger(toRank) || toRank < 1 || toRank > ordered.length) {
    return reject(`Rank must be a whole number from 1 to ${ordered.length}, got ${toRank}`);
  }
  const others = ordered.filter((p) => p.id !== id);
  others.splice(toRank - 1, 0, moving);
  return { ok: true, priorities: others.map((p, i) => ({ ...p, rank: i + 1 })) };
}
