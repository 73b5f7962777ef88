/**
 * The action's owner, picked from the organisation's directory: the Teams tab's people picker,
 * behaving as the web parts' `PersonPicker` does (see "Picking the owner" in teams-app/README.md).
 */
import * as React from 'react';
import type { IComboBox, IComboBoxOption } from '@fluentui/react';
import { ComboBox, Text } from '@fluentui/react';
import type { OfferedPerson, PeopleSearch, Person } from '@gtm/shared';
import { notADirectoryUserMessage, offeredPeople, personKey, personOptionText, pickerStatusText, typedPerson } from '@gtm/shared';
import { usePeopleSearch } from './use-people-search';

export { notADirectoryUserMessage } from '@gtm/shared';

export interface OwnerPickerProps {
  label: string;
  /** The directory: the owner set is always one of its answers or one of `attendees`. */
  search: PeopleSearch;
  /** The review's attendees: offered when nothing is typed, and first among the directory's answers. */
  attendees: readonly Person[];
  /** The owner now, or null: nobody yet. */
  value: Person | null;
  /** The person picked, or null when the field holds no person (cleared, or typed text not picked). */
  onChange(person: Person | null): void;
  /** The form's error (e.g. "Choose the owner"); text left unpicked shows its own error first. */
  errorMessage?: string | undefined;
}

/** How a person reads in the list and the field: "Elena Ricci (elena.ricci@contoso.example)". */
export const ownerOptionText = personOptionText;

/**
 * Typing two letters or more searches the directory (debounced, older answers dropped); each
 * result reads as name and e-mail, job title beside it; the attendees come first, and are the list
 * when nothing is typed. Arrows move, Enter picks, Escape closes. Only a listed person is passed on.
 */
export function OwnerPicker(props: OwnerPickerProps): React.ReactElement {
  const { attendees, value, onChange, search } = props;
  const [typed, setTyped] = React.useState('');
  const [unpicked, setUnpicked] = React.useState<string | null>(null);
  const combo = React.useRef<IComboBox>(null);
  const focused = React.useRef(false);
  const state = usePeopleSearch(search, typed, attendees);
  const offered = React.useMemo(() => offeredPeople(state, attendees), [state, attendees]);
  const options: IComboBoxOption[] = offered.map((o) => ({ key: personKey(o.person.email), text: ownerOptionText(o.person), data: o }));
  // The answer arrived while the user is still in the field: show it without another key press.
  React.useEffect(() => {
    if (focused.current && state.kind === 'found' && state.people.length > 0) combo.current?.focus(true);
  }, [state]);

  const pick = (person: Person): void => {
    setTyped('');
    setUnpicked(null);
    onChange(person);
  };
  /** Free text committed (Enter, or leaving the field): a listed person by their text or e-mail, else no one. */
  const commit = (text: string): void => {
    const entered = text.trim();
    setTyped('');
    if (value && entered === ownerOptionText(value)) return;
    const match = typedPerson(offered, entered);
    if (match) {
      pick(match);
      return;
    }
    setUnpicked(entered === '' ? null : entered);
    onChange(null);
  };
  const status = pickerStatusText(state, typed);

  // A free-entry ComboBox opens only from its caret: clicking the text opens the list too, as a picker does.
  const openOnTextClick = (e: React.MouseEvent): void => {
    if (e.target instanceof HTMLInputElement) combo.current?.focus(true);
  };
  return (
    <div onClick={openOnTextClick}>
      <ComboBox
        label={props.label}
        required
        allowFreeform
        autoComplete="off"
        openOnKeyboardFocus
        options={options}
        selectedKey={value && unpicked === null ? personKey(value.email) : null}
        text={unpicked ?? (value ? ownerOptionText(value) : '')}
        placeholder="Type part of a name"
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
      <div aria-live="polite" data-testid="owner-picker-status">
        {status !== '' && <Text variant="small">{status}</Text>}
      </div>
    </div>
  );
}
