import type { Action } from '../action/action';
import { isOverdue } from '../action/overdue';
import type { IsoDate } from '../common/iso-date';
import type { MitigationAction } from './risk';

/**
 * Whether `action` is a mitigation of risk `riskId` (a GTM Actions item linked to it).
 * @example isMitigationOf({ …, link: { kind: 'risk', id: '4' } }, '4') // true
 */
export function isMitigationOf(action: Action, riskId: string): boolean {
  return action.link?.kind === 'risk' && action.link.id === riskId;
}

/**
 * A GTM Actions item as the mitigation the risk editor shows.
 * @example mitigationOf({ id: '12', title: 'Refresh battlecard', owner, dueDate: '2026-12-04', status: 'open', link: { kind: 'risk', id: '4' } })
 *   // { id: '12', title: 'Refresh battlecard', owner, dueDate: '2026-12-04', status: 'open' }
 */
export function mitigationOf(action: Action): MitigationAction {
  return { id: action.id, title: action.title, owner: action.owner, dueDate: action.dueDate, status: action.status };
}

/**
 * A mitigation as the GTM Actions item that holds it, linked to risk `riskId`. `stored` is the item
 * as read, when there is one: what the mitigation does not say (the review that created it) is kept.
 * @example mitigationAsAction({ title: 'Refresh battlecard', owner, dueDate: '2026-12-04', status: 'open' }, '4')
 *   // { id: '', title: 'Refresh battlecard', owner, dueDate: '2026-12-04', status: 'open', link: { kind: 'risk', id: '4' } }
 */
export function mitigationAsAction(mitigation: MitigationAction, riskId: string, stored?: Action): Action {
  return {
    ...(stored ?? { id: mitigation.id ?? '' }),
    title: mitigation.title,
    owner: mitigation.owner,
    dueDate: mitigation.dueDate,
    status: mitigation.status,
    link: { kind: 'risk', id: riskId },
  };
}

/**
 * Same mitigation content: title, owner (e-mails ignoring case), due date and status. A mitigation
 * whose content equals the stored action needs no write.
 * @example sameMitigation({ title: 'A', owner: { email: 'Pat@x.co' }, dueDate: '2026-12-04', status: 'open' }, { title: 'A', owner: { email: 'pat@x.co' }, dueDate: '2026-12-04', status: 'open' }) // true
 */
export function sameMitigation(a: MitigationAction, b: MitigationAction): boolean {
  return a.title === b.title && a.owner.email.toLowerCase() === b.owner.email.toLowerCase() && a.dueDate === b.dueDate && a.status === b.status;
}

/**
 * How a mitigation is matched by its title when it has no item id yet (the upgrade from the JSON
 * note, or an add that is applied again after a conflict): trimmed, case ignored.
 * @example mitigationTitleKey('  Refresh Battlecard ') // 'refresh battlecard'
 */
export function mitigationTitleKey(title: string): string {
  return title.trim().toLowerCase();
}

/**
 * The date an open mitigation has been overdue since (its due date), or null when it is not
 * overdue. A mitigation is a GTM Actions item, so the actions' rule decides: open and past due.
 * @example mitigationOverdueSince({ status: 'open', dueDate: '2026-11-30' }, '2026-12-07') // '2026-11-30'
 * @example mitigationOverdueSince({ status: 'open', dueDate: '2026-12-07' }, '2026-12-07') // null (due today)
 * @example mitigationOverdueSince({ status: 'done', dueDate: '2026-11-30' }, '2026-12-07') // null
 */
export function mitigationOverdueSince(mitigation: Pick<MitigationAction, 'status' | 'dueDate'>, now: IsoDate): IsoDate | null {
  return isOverdue(mitigation, now) ? mitigation.dueDate : null;
}
