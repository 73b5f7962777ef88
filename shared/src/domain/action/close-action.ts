import type { Rejection } from '../common/result';
import { reject } from '../common/result';
import type { Action } from './action';

export type ActionResult = { ok: true; action: Action } | Rejection;

/**
 * Closes an open action as done or dropped. A closed action stays closed: reopening would hide
 * that the commitment was not kept; create a new action instead.
 * @example closeAction({ ...action, status: 'open' }, 'done') // { ok: true, action: { status: 'done', … } }
 */
export function closeAction(action: Action, status: 'done' | 'dropped'): ActionResult {
  if (action.status !== 'open') {
    return reject(`Action "${action.title}" is already ${action.status}; only an open action can be marked ${status}`);
  }
  return { ok: true, action: { ...action, status } };
}
