import type { Action } from '../action/action';
import { daysOverdue } from '../action/overdue';
import type { IsoDate } from '../common/iso-date';
import type { AgendaSettings } from './agenda-settings';
import type { ActionAgendaItem, ActionSection } from './agenda-types';
import { section } from './section';

/**
 * Section 4: open actions, overdue first (most overdue first), then by due date, then title.
 * Done and dropped actions are not discussed again. The timebox is capped (`actionSectionMaxMinutes`).
 * @example actionSection(actions, '2025-03-03', settings).items.map((i) => i.daysOverdue) // [10, 3, 0, 0]
 */
export function actionSection(actions: readonly Action[], now: IsoDate, settings: AgendaSettings): ActionSection {
  const items: ActionAgendaItem[] = actions
    .filter((action) => action.status === 'open')
    .map((action) => {
      const late = daysOverdue(action, now);
      const item: ActionAgendaItem = {
        kind: 'action', actionId: action.id, title: action.title, owner: action.owner, dueDate: action.dueDate,
        overdue: late > 0, daysOverdue: late,
        minutes: late > 0 ? settings.overdueActionMinutes : settings.openActionMinutes,
      };
      if (action.link) item.link = action.link;
      return item;
    });
  items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
      a.title.localeCompare(b.title),
  );
  return section('actions', 'Open and overdue actions', items, { maxMinutes: settings.actionSectionMaxMinutes });
}
