import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { Action, IsoDate, Kpi, PeopleSearch, Person } from '@gtm/shared';
import { ACTION_TEXT_LIMITS } from '@gtm/shared';
import { DateField } from '../common/DateField';
import { LimitedTextField } from '../common/LimitedTextField';
import { errorText } from '../common/list-error-kind';
import { formatDate } from '../common/format-date';
import { PersonPicker } from '../common/PersonPicker';
import type { ActionForm, ActionFormErrors } from './action-draft';
import { validateActionForm } from './action-draft';
import { useThemedClasses } from '../common/use-themed-classes';
import { getControlPlaneClasses } from './control-plane-styles';

export interface AddActionFormProps {
  /** The people already on the lists (`knownPeople`): the owner field offers them first. */
  people: readonly Person[];
  /** The directory the owner is picked from: nobody else can own an action. */
  search: PeopleSearch;
  kpis: readonly Kpi[];
  /** The owner chosen at first: the signed-in user. */
  defaultOwner: Person;
  /** The GTM Review the action is recorded against (the last one held). */
  review: { id: string; date: IsoDate };
  today: IsoDate;
  /** The user's locale: the due date shows and is typed as it writes dates. */
  locale: string;
  /** Adds it; a rejection is shown under the form and what was typed stays. */
  onAdd: (draft: Omit<Action, 'id'>) => Promise<void>;
}

/**
 * Adds a follow-up action inline: title, owner and due date are required and each error shows on
 * its field; an optional KPI says what the action is about. After a save the title clears for
 * the next action; owner and due date stay (actions come in batches after a review).
 */
export function AddActionForm({ people, search, kpis, defaultOwner, review, today, locale, onAdd }: AddActionFormProps): React.ReactElement {
  const classes = useThemedClasses(getControlPlaneClasses);
  const [form, setForm] = React.useState<ActionForm>({ title: '', ownerEmail: defaultOwner.email, ownerName: defaultOwner.displayName, dueDate: '', kpiId: '' });
  const [errors, setErrors] = React.useState<ActionFormErrors>({});
  const [saveError, setSaveError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
  const [added, setAdded] = React.useState<string | null>(null);

  const set = (field: Exclude<keyof ActionForm, 'ownerName'>) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setAdded(null);
  };
  // No person (cleared, or text left unpicked): an empty owner, which validation refuses.
  const setOwner = (person: Person | null): void => {
    setForm((f) => ({ ...f, ownerEmail: person?.email ?? '', ownerName: person?.displayName }));
    setErrors((e) => ({ ...e, ownerEmail: undefined }));
    setAdded(null);
  };

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = validateActionForm(form, people, review.id, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    try {
      await onAdd(checked.draft);
      setForm((f) => ({ ...f, title: '' }));
      setAdded(checked.draft.title);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const kpiOptions: IDropdownOption[] = [
    { key: '', text: 'No KPI' },
    ...[...kpis].sort((a, b) => a.title.localeCompare(b.title)).map((k) => ({ key: k.id, text: k.title })),
  ];

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add a follow-up action" data-testid="add-action-form" noValidate>
      <div className={classes.form}>
        <LimitedTextField
          label="New action"
          required
          limit={ACTION_TEXT_LIMITS.title}
          value={form.title}
          onChange={(_, v) => set('title')(v ?? '')}
          errorMessage={errors.title}
          disabled={saving}
        />
        <PersonPicker
          label="Owner"
          required
          people={people}
          search={search}
          value={{ email: form.ownerEmail, displayName: form.ownerName }}
          onChange={setOwner}
          errorMessage={errors.ownerEmail}
          disabled={saving}
        />
        <DateField
          label="Due date"
          required
          locale={locale}
          value={form.dueDate}
          onChange={(dueDate) => set('dueDate')(dueDate)}
          errorMessage={errors.dueDate}
          disabled={saving}
          width={180}
        />
        <Dropdown
          label="About KPI (optional)"
          options={kpiOptions}
          selectedKey={form.kpiId}
          onChange={(_, option) => set('kpiId')(String(option?.key ?? ''))}
          disabled={saving}
        />
        <div className={classes.formActions}>
          <PrimaryButton type="submit" text="Add action" disabled={saving} />
          {saving && <Spinner size={SpinnerSize.small} label="Adding…" labelPosition="right" />}
        </div>
      </div>
      <p className={classes.muted}>Recorded against the GTM Review of {formatDate(review.date)}.</p>
      {saveError !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {`The action was not added: ${errorText(saveError)}`}
        </MessageBar>
      )}
      {added !== null && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {`Added “${added}”.`}
        </MessageBar>
      )}
    </form>
  );
}
