import * as React from 'react';
import type { IComboBox, IComboBoxOption } from '@fluentui/react';
import { ComboBox } from '@fluentui/react';
import type { Person } from '@gtm/shared';
import { PersonSchema } from '@gtm/shared';
import { invalidEmailMessage, matchingPeople } from './known-people';

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  label: string;
  required?: boolean;
  /** The people to suggest: those already known from the loaded lists (see `knownPeople`). */
  people: readonly Person[];
  /** The owner now: a known person, a new e-mail, or what was typed (possibly not an e-mail yet). */
  value: { email: string; displayName?: string | undefined };
  /**
   * Called with the person picked, or with what was typed in full (a display name only when it is
   * a known person). Typed text that is not an e-mail is passed on too, so the form's own
   * validation refuses to save it instead of keeping the previous owner silently.
   */
  onChange: (person: { email: string; displayName?: string }) => void;
  /** The form's error for this field (e.g. "required"); the picker's own e-mail check shows otherwise. */
  errorMessage?: string | undefined;
  disabled?: boolean;
  className?: string;
}

/** How a person reads in the list and the field: "Ana Silva (ana.silva@contoso.example)". */
function optionText(person: Person): string {
  return person.displayName ? `${person.displayName} (${person.email})` : person.email;
}

function keyOf(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Picks one person for an owner field. A Fluent ComboBox with free entry rather than a
 * NormalPeoplePicker: an owner is one person, and the ComboBox is a single-value field with a real
 * `<label>`, the form's `errorMessage` slot and the keyboard people know (type to filter the
 * suggestions, arrows to move, Enter to pick) — the same as the other fields of these forms. The
 * suggestions are the people known from the lists; a new colleague is accepted by typing their
 * e-mail in full, checked with the domain's `PersonSchema`.
 */
export function PersonPicker(props: PersonPickerProps): React.ReactElement {
  const { people, value, onChange } = props;
  const [typed, setTyped] = React.useState('');
  const [typedError, setTypedError] = React.useState<string | undefined>(undefined);
  const combo = React.useRef<IComboBox>(null);

  const options: IComboBoxOption[] = React.useMemo(
    () => matchingPeople(people, typed).map((p) => ({ key: keyOf(p.email), text: optionText(p) })),
    [people, typed],
  );
  const known = people.find((p) => keyOf(p.email) === keyOf(value.email));
  const shown = known ? optionText(known) : value.displayName ? optionText({ email: value.email, displayName: value.displayName }) : value.email;

  const commit = (text: string): void => {
    const entered = text.trim();
    setTyped('');
    const person = people.find((p) => keyOf(p.email) === keyOf(entered) || optionText(p).toLowerCase() === entered.toLowerCase());
    if (person) {
      setTypedError(undefined);
      onChange(person);
      return;
    }
    // A new person: only the e-mail identifies them; the list fills in the name later.
    setTypedError(entered === '' || PersonSchema.safeParse({ email: entered }).success ? undefined : invalidEmailMessage(entered));
    onChange({ email: entered });
  };

  return (
    <ComboBox
      label={props.label}
      required={props.required ?? false}
      allowFreeform
      autoComplete="off"
      options={options}
      selectedKey={known ? keyOf(known.email) : null}
      text={shown}
      placeholder="Type a name or an e-mail"
      disabled={props.disabled ?? false}
      className={props.className}
      errorMessage={props.errorMessage ?? typedError}
      componentRef={combo}
      onInputValueChange={(text) => {
        setTyped(text);
        // A free-entry ComboBox stays closed while typing: open it so the matches show as you type.
        if (text.trim() !== '') combo.current?.focus(true);
      }}
      onMenuDismissed={() => setTyped('')}
      onChange={(_, option, __, text) => {
        if (option) {
          const picked = people.find((p) => keyOf(p.email) === option.key);
          if (picked) {
            setTyped('');
            setTypedError(undefined);
            onChange(picked);
            return;
          }
        }
        commit(text ?? '');
      }}
    />
  );
}
