import type { Action, IsoDate, Person } from '@gtm/shared';
import { IsoDateSchema } from '@gtm/shared';

/** The add-action form as typed: strings, possibly empty. */
export interface ActionForm {
  title: string;
  ownerEmail: string;
  dueDate: string;
  /** A KPI's id, or '' for none. */
  kpiId: string;
}

export type ActionFormErrors = Partial<Record<keyof ActionForm, string>>;

/**
 * Checks the form against the accountability rule ("someone should…" is not an action: a title,
 * an owner and a due date are required) and returns the action to add, or an error per field
 * saying how to fix it. A due date before today is refused: the action would be born overdue.
 * @example validateActionForm({ title: 'Send the deck', ownerEmail: '', dueDate: '2026-12-01', kpiId: '' }, people, 'review-1', '2026-11-22')
 * // { ok: false, errors: { ownerEmail: 'Choose who owns this action.' } }
 */
export function validateActionForm(
  form: ActionForm,
  people: readonly Person[],
  reviewId: string,
  today: IsoDate,
): { ok: true; draft: Omit<Action, 'id'> } | { ok: false; errors: ActionFormErrors } {
  const errors: ActionFormErrors = {};
  const title = form.title.trim();
  if (title === '') errors.title = 'Say what will be done, e.g. “Send the revised pricing deck to Sales”.';
  const owner = people.find((p) => p.email.toLowerCase() === form.ownerEmail.toLowerCase());
  if (!owner) errors.ownerEmail = 'Choose who owns this action.';
  if (form.dueDate.trim() === '') errors.dueDate = 'Choose a due date.';
  else if (!IsoDateSchema.safeParse(form.dueDate).success) errors.dueDate = `“${form.dueDate}” is not a date: use YYYY-MM-DD.`;
  else if (form.dueDate < today) errors.dueDate = 'The due date is in the past: choose today or later.';
  if (Object.keys(errors).length > 0 || !owner) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      title,
      owner,
      dueDate: form.dueDate,
      status: 'open',
      reviewId,
      ...(form.kpiId !== '' ? { link: { kind: 'kpi' as const, id: form.kpiId } } : {}),
    },
  };
}
