import type { Person } from './person';
import { samePerson } from './person';

/**
 * The people an item belongs to: one owner (a KPI, a risk, an action), or several (an account's
 * marketing and sales owners). `null`/`undefined` stand for an owner not set yet.
 */
export type OwnersOf<T> = (item: T) => readonly (Person | null | undefined)[];

/** True when `me` is one of the item's owners (e-mails compared ignoring case, see {@link samePerson}). */
export function isMine<T>(item: T, ownersOf: OwnersOf<T>, me: Person): boolean {
  return ownersOf(item).some((owner) => owner != null && samePerson(owner, me));
}

/** What a "Mine" filter shows and the count beside it: `mine.length` of `total`. */
export interface MineSelection<T> {
  /** The items `me` owns, in their original order. */
  mine: T[];
  /** How many items there were before the filter. */
  total: number;
}

/**
 * The signed-in user's items, for a "Mine" filter: every item with `me` among its owners, order kept.
 * @example
 * // 3 risks owned by Ana, Bo and ANA@x.com; Ana is signed in:
 * selectMine(risks, (r) => [r.owner], { email: 'ana@x.com' }) // { mine: [risk 1, risk 3], total: 3 }
 * // an account counts when Ana is its marketing or its sales owner:
 * selectMine(accounts, (a) => [a.marketingOwner, a.salesOwner], ana)
 */
export function selectMine<T>(items: readonly T[], ownersOf: OwnersOf<T>, me: Person): MineSelection<T> {
  return { mine: items.filter((item) => isMine(item, ownersOf, me)), total: items.length };
}

/**
 * The items a list shows when its "Mine" toggle is `on`: only `me`'s, else all of them.
 * @example onlyMineWhen(false, actions, (a) => [a.owner], ana) // all the actions
 */
export function onlyMineWhen<T>(on: boolean, items: readonly T[], ownersOf: OwnersOf<T>, me: Person): readonly T[] {
  return on ? selectMine(items, ownersOf, me).mine : items;
}
