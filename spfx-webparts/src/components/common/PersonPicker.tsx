import * as React from 'react';
import type { IComboBox, IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import { Text } from '@fluentui/react/lib/Text';
import type { OfferedPerson, PeopleSearch, Person } from '@gtm/shared';
import { notADirectoryUserMessage, offeredPeople, personKey, personOptionText, pickerStatusText, typedPerson } from '@gtm/shared';
import { usePeopleSearch } from './use-people-search';

export { notADirectoryUserMessage, personOptionText } from '@gtm/shared';

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  label: string;
  required?: boolean;
  /** The directory: every person the field sets comes from one of its answers or from `people`. */
  search: PeopleSearch;
  /**
   * The people already working on the GTM lists (see `knownPeople`): offered when the field opens
   * with nothing typed, and first among the directory's answers.
   */
  people: readonly Person[];
  /** The owner now (empty e-mail: nobody yet). */
  value: { email: string; displayName?: string | undefined };
  /**
   * Called with the person picked, or with null when the field holds no person: cleared, or left
   * with typed text that was not picked. Null makes the form's own "required" check refuse to
   * save, and the field says why (see {@link notADirectoryUserMessage}).
   */
  onChange: (person: Person | null) => void;
  /** The form's error for this field (e.g. "required"); the picker's own "pick from the list" shows first. */
  errorMessage?: string | undefined;
  disabled?: boolean;
  className?: string;
}

/**
 * Picks one person for an owner field from the organisation's directory. Typing two letters or
 * more searches (`search`, debounced, older answers dropped); each result reads as name and
 * e-mail, with the job title beside it to tell two "Jose Alvarez" apart; the people already on
 * the lists come first. Arrows move, Enter picks, Escape closes, Tab leaves. Only a listed person
 * is ever passed on: text that was not picked leaves the field with no person and an error.
 *
 * A Fluent ComboBox over our `PeopleSearch` port rather than @pnp/spfx-controls-react's
 * PeoplePicker (which searches SharePoint itself through the SPFx context, so it cannot run on
 * the workbench pages nor in these tests — its props take `context: IPeoplePickerContext` and it
 * searches through its own `SPPeopleSearchService`, see unpkg.com/@pnp/spfx-controls-react@3.22.0
 * lib/controls/peoplepicker/IPeoplePicker.d.ts and lib/services/PeopleSearchService.d.ts) or NormalPeoplePicker (a multi-pick well without a
 * `<label>` or an error slot): see "Picking people" in spfx-webparts/README.md.
 */
export function PersonPicker(props: PersonPickerProps): React.ReactElement {
  const { people, value, onChange, search } = props;
  const [typed, setTyped] = React.useState('');
  // Text the user left in the field without picking anyone: shown, with the error, until changed.
  const [unpicked, setUnpicked] = React.useState<string | null>(null);
  const combo = React.useRef<IComboBox>(null);
  const focused = React.useRef(false);
  const state = usePeopleSearch(search, typed, people);

  const offered = React.useMemo(() => offeredPeople(state, people), [state, people]);
  const options: IComboBoxOption[] = offered.map((o) => ({ key: personKey(o.person.email), text: personOptionText(o.person), data: o }));
  // The answer arrived while the user is still in the field: show it without another key press.
  React.useEffect(() => {
    if (focused.current && state.kind === 'found' && state.people.length > 0) combo.current?.focus(true);
  }, [state]);

  const pick = (person: Person): void => {
    setTyped('');
    setUnpicked(null);
    onChange(person);
  };

  /** Free text committed (Enter or leaving the field): a listed person by their exact text or e-mail, else no one. */
  const commit = (text: string): void => {
    const entered = text.trim();
    setTyped('');
    if (entered === personOptionText(value) && value.email !== '') return;
    const match = typedPerson(offered, entered);
    if (match) {
      pick(match);
      return;
    }
    setUnpicked(entered === '' ? null : entered);
    onChange(null);
  };

  const shown = unpicked ?? (value.email === '' ? '' : personOptionText(value));
  const status = pickerStatusText(state, typed);

  return (
    <div className={props.className}>
      <ComboBox
        label={props.label}
        required={props.required ?? false}
        allowFreeform
        autoComplete="off"
        openOnKeyboardFocus
        options={options}
        selectedKey={value.email !== '' && unpicked === null ? personKey(value.email) : null}
        text={shown}
        placeholder="Type part of a name"
        disabled={props.disabled ?? false}
        errorMessage={unpicked !== null ? notADirectoryUserMessage(unpicked) : props.errorMessage}
        componentRef={combo}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
        }}
        onRenderOption={(option) => {
          const o = option?.data as OfferedPerson | undefined;
          return (
            <span>
              {option?.text}
              {o?.jobTitle ? <Text variant="small">{` · ${o.jobTitle}`}</Text> : null}
            </span>
          );
        }}
        onInputValueChange={(text) => {
          setTyped(text);
          // A free-entry ComboBox stays closed while typing: open it so the matches show as you type.
          if (text.trim() !== '') combo.current?.focus(true);
        }}
        onChange={(_, option, __, text) => {
          const o = option?.data as OfferedPerson | undefined;
          if (o) pick(o.person);
          else commit(text ?? '');
        }}
      />
      <div aria-live="polite" data-testid="person-picker-status">
        {status !== '' && <Text variant="small">{status}</Text>}
      </div>
    </div>
  );
}
