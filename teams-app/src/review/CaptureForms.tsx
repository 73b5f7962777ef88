/**
 * Recording a decision or an owned action against the item being discussed. An action needs a
 * title, an owner picked from the directory (the attendees offered first) and a due date ("someone should…" is not an action):
 * what is missing is said next to the field, and the typed text stays. The due date is a date picker
 * that also takes typing in the user's locale (DateField: 30.11.2026 in de-DE, 11/30/2026 in en-US).
 */
import * as React from 'react';
import { PrimaryButton, DefaultButton, Stack, TextField } from '@fluentui/react';
import type { IsoDate, PeopleSearch, Person } from '@gtm/shared';
import { ACTION_TEXT_LIMITS, IsoDateSchema, REVIEW_TEXT_LIMITS, formatLocaleDate, textLimitState } from '@gtm/shared';
import { DateField } from './DateField';
import { OwnerPicker } from './OwnerPicker';
import type { CapturedAction, CapturedDecision, ItemRef } from './review-model';

export interface DecisionFormProps {
  item: ItemRef;
  newId(): string;
  onRecord(decision: CapturedDecision): void;
}

export function DecisionForm({ item, newId, onRecord }: DecisionFormProps): React.ReactElement {
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  // The decision is kept in the review's GtmDecisions note: a counter near its cap, an error over it.
  const limit = textLimitState('Decision', text.trim(), REVIEW_TEXT_LIMITS.decision);
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    if (text.trim().length === 0) {
      setError('Write the decision first (what was decided).');
      return;
    }
    if (limit.over) return;
    onRecord({ clientId: newId(), text: text.trim(), item });
    setText('');
    setError(undefined);
  };
  return (
    <form onSubmit={submit} aria-label="Record a decision">
      <Stack tokens={{ childrenGap: 4 }}>
        <TextField
          label="Decision"
          value={text}
          onChange={(_, v) => setText(v ?? '')}
          description={limit.counter}
          errorMessage={limit.error ?? error}
          multiline
          autoAdjustHeight
        />
        <DefaultButton type="submit" text="Record decision" />
      </Stack>
    </form>
  );
}

export interface ActionFormProps {
  item: ItemRef;
  /** Offered first as owners (and the list when nothing is typed). */
  attendees: readonly Person[];
  /** The directory the owner is picked from. */
  people: PeopleSearch;
  today: IsoDate;
  /** The user's locale (Teams `app.locale`): how the due date is typed and shown. */
  locale: string;
  newId(): string;
  onRecord(action: CapturedAction): void;
}

interface ActionErrors {
  title?: string;
  owner?: string;
  dueDate?: string;
}

/** What is wrong with an action draft, field by field (empty when it can be recorded); dates said as `locale` writes them. */
export function validateAction(draft: { title: string; owner: Person | null; dueDate: string }, today: IsoDate, locale: string): ActionErrors {
  const errors: ActionErrors = {};
  if (draft.title.trim().length === 0) errors.title = 'Say what has to be done.';
  const titleLimit = textLimitState('Action', draft.title.trim(), ACTION_TEXT_LIMITS.title);
  if (titleLimit.over) errors.title = titleLimit.error;
  // The picker only hands on a person the directory returned: null is "nobody picked yet".
  if (draft.owner === null) errors.owner = 'Choose the owner: type part of their name and pick them from the list.';
  if (draft.dueDate === '') errors.dueDate = 'A due date is required.';
  else if (!IsoDateSchema.safeParse(draft.dueDate).success) errors.dueDate = `“${draft.dueDate}” is not a date: pick it in the calendar.`;
  else if (draft.dueDate < today) errors.dueDate = `The due date ${formatLocaleDate(draft.dueDate, locale)} is in the past (today is ${formatLocaleDate(today, locale)}).`;
  return errors;
}

export function ActionForm({ item, attendees, people, today, locale, newId, onRecord }: ActionFormProps): React.ReactElement {
  const [title, setTitle] = React.useState('');
  const [owner, setOwner] = React.useState<Person | null>(null);
  const [dueDate, setDueDate] = React.useState('');
  const [errors, setErrors] = React.useState<ActionErrors>({});
  // Live, before "Record action": the title becomes a GTM Actions Title (a single line, 255).
  const titleLimit = textLimitState('Action', title.trim(), ACTION_TEXT_LIMITS.title);
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const found = validateAction({ title, owner, dueDate }, today, locale);
    setErrors(found);
    if (Object.keys(found).length > 0 || !owner) return;
    onRecord({ clientId: newId(), title: title.trim(), owner, dueDate, item });
    setTitle('');
    setDueDate('');
  };
  return (
    <form onSubmit={submit} aria-label="Record an action">
      <Stack tokens={{ childrenGap: 4 }}>
        <TextField
          label="Action"
          value={title}
          onChange={(_, v) => setTitle(v ?? '')}
          description={titleLimit.counter}
          errorMessage={titleLimit.error ?? errors.title}
        />
        <OwnerPicker label="Owner" search={people} attendees={attendees} value={owner} onChange={setOwner} errorMessage={errors.owner} />
        <DateField label="Due date" value={dueDate} locale={locale} onChange={setDueDate} errorMessage={errors.dueDate} />
        <PrimaryButton type="submit" text="Record action" />
      </Stack>
    </form>
  );
}

export interface DeepDiveFormProps {
  onAdd(title: string): void;
}

export function DeepDiveForm({ onAdd }: DeepDiveFormProps): React.ReactElement {
  const [title, setTitle] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    if (title.trim().length === 0) {
      setError('Name the topic to add it.');
      return;
    }
    onAdd(title.trim());
    setTitle('');
    setError(undefined);
  };
  return (
    <form onSubmit={submit} aria-label="Add a deep-dive topic">
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <TextField label="Deep-dive topic" value={title} onChange={(_, v) => setTitle(v ?? '')} errorMessage={error} />
        <DefaultButton type="submit" text="Add topic" />
      </Stack>
    </form>
  );
}
