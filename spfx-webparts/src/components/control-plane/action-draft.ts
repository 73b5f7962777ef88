import type { Action, IsoDate, Person } from '@gtm/shared';
import { ACTION_TEXT_LIMITS, IsoDateSchema, PersonSchema, textLimitState } from '@gtm/shared';
import { invalidEmailMessage } from '../common/known-people';

/** The add-action form as typed: strings, possibly empty. */
export interface ActionForm {
  title: string;
  /** The owner's e-mail: a person picked from the directory or the lists ('' = nobody picked). */
  ownerEmail: string;
  /** The picked person's display name, kept when they are not named in the lists yet. */
  ownerName?: string | undefined;
  dueDate: string;
  /** A KPI's id, or '' for none. */
  kpiId: string;
}

export type ActionFormErrors = Partial<Record<keyof ActionForm, string>>;

/**
 * The action's owner: the known person with that e-mail (keeping their display name), else a
 * colleague picked from the directory when the e-mail passes the domain's `PersonSchema` (with the
 * name the directory gave, if any), else the error to show on the owner field.
 * @example ownerOf('new.hire@contoso.example', [], 'New Hire') // { ok: true, owner: { email: 'new.hire@contoso.example', displayName: 'New Hire' } }
 */
export function ownerOf(ownerEmail: string, people: readonly Person[], ownerName?: string): { ok: true; owner: Person } | { ok: false; error: string } {
  const email = ownerEmail.trim();
  if (email === '') return { ok: false, error: 'Choose who owns this action.' };
  const known = people.find((p) => p.email.toLowerCase() === email.toLowerCase());
  if (known) return { ok: true, owner: known };
  const name = ownerName?.trim() ?? '';
  const parsed = PersonSchema.safeParse(name !== '' ? { email, displayName: name } : { email });
  return parsed.success ? { ok: true, owner: parsed.data } : { ok: false, error: invalidEmailMessage(email) };
}

/**
 * Checks the form against the accountability rule ("someone should…" is not an action: a title,
 * an owner and a due date are required) and returns the action to add, or an error per field
 * saying how to fix it. The owner may be someone the lists do not name yet (see {@link ownerOf}). A due date before today is refused: the action would be born overdue.
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
  else errors.title = textLimitState('New action', title, ACTION_TEXT_LIMITS.title).error;
  if (errors.title === undefined) delete errors.title;
  const checkedOwner = ownerOf(form.ownerEmail, people, form.ownerName);
  const owner = checkedOwner.ok ? checkedOwner.owner : undefined;
  if (!checkedOwner.ok) errors.ownerEmail = checkedOwner.error;
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
