/** @jest-environment jsdom */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import type { DirectoryPerson, PeopleSearch, Person } from '@gtm/shared';
import { PersonPicker } from './PersonPicker';
import { DIRECTORY, directorySearch } from './directory.fixture';
import { PEOPLE_SEARCH_DEBOUNCE_MS } from './use-people-search';

setIconOptions({ disableWarnings: true });

// Fluent v8's ComboBox reads the legacy key code (React's `which`), which browsers fill in but
// user-event leaves 0 in jsdom: give jsdom the browsers' codes for the keys used here.
const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, Tab: 9, ArrowUp: 38, ArrowDown: 40 };
Object.defineProperty(KeyboardEvent.prototype, 'keyCode', {
  configurable: true,
  get(this: KeyboardEvent) {
    return KEY_CODES[this.key] ?? this.key.toUpperCase().charCodeAt(0);
  },
});

/** The people already on the lists: Ana, and the accent-less Jose Alvarez (the Account Executive). */
const working: Person[] = [
  { email: 'ana.silva@contoso.example', displayName: 'Ana Silva' },
  { email: 'jose.alvarez2@contoso.example', displayName: 'Jose Alvarez' },
];

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  // Fluent's own timers (focus, the list's scroll) run before the next test's fake clock starts.
  act(() => {
    jest.runOnlyPendingTimers();
  });
  jest.useRealTimers();
});

/** The picker with its value held like a form holds it; returns every value it reported and a typing user on fake time. */
function renderPicker(search: PeopleSearch = directorySearch, initial: Person = { email: '' }) {
  const picked: (Person | null)[] = [];
  function Form(): React.ReactElement {
    const [value, setValue] = React.useState<Person>(initial);
    return (
      <>
        <PersonPicker
          label="Owner"
          required
          search={search}
          people={working}
          value={value}
          onChange={(p) => {
            picked.push(p);
            setValue(p ?? { email: '' });
          }}
        />
        <button type="button">Next field</button>
      </>
    );
  }
  render(<Form />);
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { picked, user, input: screen.getByRole('combobox', { name: 'Owner' }) };
}

/** Lets the 250 ms debounce pass and the search's promise settle. */
async function afterDebounce(): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(PEOPLE_SEARCH_DEBOUNCE_MS);
  });
}

const optionTexts = (): (string | null)[] => screen.queryAllByRole('option').map((o) => o.textContent);

describe('PersonPicker: picking an owner from the directory', () => {
  it('offers both Jose Alvarez for "jose", with e-mails and job titles, the one already on the lists first', async () => {
    const { user, input } = renderPicker();
    await user.type(input, 'jose');
    await afterDebounce();
    expect(optionTexts()).toEqual([
      'Jose Alvarez (jose.alvarez2@contoso.example) · Account Executive',
      'José Álvarez (jose.alvarez@contoso.example) · Sales Director',
    ]);
  });

  it('asks the directory once per pause in typing, and never for 1 letter: "j" is not sent, "jose" is sent once', async () => {
    const asked: string[] = [];
    const search: PeopleSearch = {
      search: (text, options) => {
        asked.push(text);
        return directorySearch.search(text, options);
      },
    };
    const { user, input } = renderPicker(search);
    await user.type(input, 'j');
    await afterDebounce();
    expect(asked).toEqual([]);
    await user.type(input, 'ose');
    await afterDebounce();
    expect(asked).toEqual(['jose']);
  });

  it('keeps only the latest answer: a slow "pa" arriving after "pat" does not replace Pat Lee', async () => {
    const answers = new Map<string, (people: DirectoryPerson[]) => void>();
    const search: PeopleSearch = { search: (text) => new Promise((resolve) => answers.set(text, resolve)) };
    const { user, input } = renderPicker(search);
    await user.type(input, 'pa');
    await afterDebounce();
    await user.type(input, 't');
    await afterDebounce();
    await act(async () => answers.get('pat')?.([DIRECTORY[4]!]));
    await act(async () => answers.get('pa')?.([DIRECTORY[3]!, DIRECTORY[4]!]));
    expect(optionTexts()).toEqual(['Pat Lee (pat.lee@contoso.example) · Customer Success Lead']);
  });

  it('picks with the keyboard: "jose", arrow down twice, Enter → José Álvarez with his name', async () => {
    const { picked, user, input } = renderPicker();
    await user.type(input, 'jose');
    await afterDebounce();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(picked[picked.length - 1]).toEqual({ email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' });
    expect(input).toHaveValue('José Álvarez (jose.alvarez@contoso.example)');
  });

  it('picks with the mouse too', async () => {
    const { picked, user, input } = renderPicker();
    await user.type(input, 'noor');
    await afterDebounce();
    await user.click(screen.getByRole('option', { name: /^Noor Haddad \(noor\.haddad@contoso\.example\)/ }));
    expect(picked[picked.length - 1]).toEqual({ email: 'noor.haddad@contoso.example', displayName: 'Noor Haddad' });
  });

  it('offers the 2 people on the lists when the field is entered with nothing typed', async () => {
    const { user } = renderPicker();
    await user.tab();
    expect(optionTexts()).toEqual(['Ana Silva (ana.silva@contoso.example)', 'Jose Alvarez (jose.alvarez2@contoso.example)']);
  });

  it('says "No one in the directory matches “xyz”" when the search finds nobody', async () => {
    const { user, input } = renderPicker();
    await user.type(input, 'xyz');
    await afterDebounce();
    expect(screen.getByTestId('person-picker-status')).toHaveTextContent('No one in the directory matches “xyz”.');
    expect(optionTexts()).toEqual([]);
  });

  it('shows the search’s error and stays usable: the next search can still pick', async () => {
    let fail = true;
    const search: PeopleSearch = {
      search: (text, options) => (fail ? Promise.reject(new Error('Access denied (403)')) : directorySearch.search(text, options)),
    };
    const { picked, user, input } = renderPicker(search);
    await user.type(input, 'pat');
    await afterDebounce();
    expect(screen.getByTestId('person-picker-status')).toHaveTextContent('Could not search the directory: Access denied (403)');
    fail = false;
    await user.type(input, ' l');
    await afterDebounce();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(picked[picked.length - 1]).toEqual({ email: 'pat.lee@contoso.example', displayName: 'Pat Lee' });
  });

  it('never passes on typed text: "new.hire@contoso.example" then Tab leaves no person and says why', async () => {
    const { picked, user, input } = renderPicker();
    await user.type(input, 'new.hire@contoso.example');
    await afterDebounce();
    await user.tab();
    expect(picked).toEqual([null]);
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a person from the list: “new.hire@contoso.example” is not a directory user.');
    expect(input).toHaveValue('new.hire@contoso.example');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('Escape closes the list without picking anyone', async () => {
    const { picked, user, input } = renderPicker();
    await user.type(input, 'jose');
    await afterDebounce();
    expect(screen.getAllByRole('option')).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(picked.filter((p) => p !== null)).toEqual([]);
  });
});
