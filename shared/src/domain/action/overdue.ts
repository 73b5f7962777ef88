import { daysBetween } from '../common/day-math';
import type { IsoDate } from '../common/iso-date';
import type { Action } from './action';

/**
 * Overdue = open and past due. An action due today is not overdue yet: the owner has the day.
 * @example isOverdue({ status: 'open', dueDate: '2025-03-03' }, '2025-03-04') // true
 */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, now: IsoDate): boolean {
  return action.status === 'open' && action.dueDate < now;
}

/**
 * Days past due for an open action (0 when not overdue).
 * @example daysOverdue({ status: 'open', dueDate: '2025-03-03' }, '2025-03-10') // 7
 */
export function daysOverdue(action: Pick<Action, 'status' | 'dueDate'>, now: IsoDate): number {
  return isOverdue(action, now) ? daysBetween(action.dueDate, now) : 0;
}
