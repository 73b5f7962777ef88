/** @jest-environment jsdom */
/**
 * Picking an action's owner in the meeting: from the directory (Graph /users in the tab), the
 * meeting's attendees first; typed text that is not a directory user is never recorded.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import type { DirectoryPerson, PeopleSearch } from '@gtm/shared';
import { listPeopleSearch } from '@gtm/shared';
import { ActionForm } from './CaptureForms';
import type { CapturedAction } from './review-model';
import { PEOPLE_SEARCH_DEBOUNCE_MS } from './use-people-search';

setIconOptions({ disableWarnings: true });

// Fluent v8's ComboBox reads the legacy key code, which user-event leaves 0 in jsdom.
const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, Tab: 9, ArrowUp: 38, ArrowDown: 40 };
Object.defineProperty(KeyboardEvent.prototype, 'keyCode', {
  configurable: true,
  get(this: KeyboardEvent) {
    return KEY_CODES[this.key] ?? this.key.toUpperCase().charCodeAt(0);
  },
});

const ELENA: DirectoryPerson = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci', jobTitle: 'Marketing Director' };
const ELENA_B: DirectoryPerson = { email: 'elena.bauer@contoso.example', displayName: 'Elena Bauer', jobTitle: 'Account Executive' };
const MARCO: DirectoryPerson = { email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi', jobTitle: 'Head of Sales' };
const directory = listPeopleSearch([ELENA_B, ELENA, MARCO]);
/** In the meeting: Marco and Elena Ricci (not Elena Bauer). */
const attendees = [
  { email: MARCO.email, displayName: MARCO.displayName },
  { email: ELENA.email, displayName: ELENA.displayName },
];

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  act(() => {
    jest.runOnlyPendingTimers();
  });
  jest.useRealTimers();
});

function renderForm(search: PeopleSearch = directory) {
  const recorded: CapturedAction[] = [];
  render(<ActionForm item={{ key: 'kpi:1', title: 'Pipeline' }} attendees={attendees} people={search} today="2026-12-07" locale="en-US" newId={() => 'a1'} onRecord={(a) => recorded.push(a)} />);
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  return { recorded, user, owner: screen.getByRole('combobox', { name: 'Owner' }) };
}

async function afterDebounce(): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(PEOPLE_SEARCH_DEBOUNCE_MS);
  });
}

const optionTexts = (): (string | null)[] => screen.queryAllByRole('option').map((o) => o.textContent);

async function fillTitleAndDate(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.type(screen.getByRole('textbox', { name: 'Action' }), 'Bring a recovery plan');
  await user.type(screen.getByRole('combobox', { name: 'Due date' }), '2026-12-21');
  // Typing closes the calendar the click opened, and Fluent's DatePicker then puts focus back on its
  // field in the next animation frame: let that frame pass (the clock is fake here) before the owner is typed.
  await act(async () => {
    jest.advanceTimersByTime(50);
  });
}

describe('the owner of an action is picked from the directory', () => {
  it('offers the 2 attendees, with their e-mails, when the field is entered with nothing typed', async () => {
    const { user, owner } = renderForm();
    await user.click(owner);
    expect(optionTexts()).toEqual(['Marco Rossi (marco.rossi@contoso.example)', 'Elena Ricci (elena.ricci@contoso.example)']);
  });

  it('"elena" finds both Elenas, the attendee first although Bauer sorts before Ricci; ArrowDown, Enter records Elena Ricci', async () => {
    const { recorded, user, owner } = renderForm();
    await fillTitleAndDate(user);
    await user.type(owner, 'elena');
    await afterDebounce();
    expect(optionTexts()).toEqual([
      'Elena Ricci (elena.ricci@contoso.example) · Marketing Director',
      'Elena Bauer (elena.bauer@contoso.example) · Account Executive',
    ]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(owner).toHaveValue('Elena Ricci (elena.ricci@contoso.example)');
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(recorded.map((a) => a.owner)).toEqual([{ email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' }]);
  });

  it('picks someone who is not in the meeting too: "bauer" → Elena Bauer', async () => {
    const { recorded, user, owner } = renderForm();
    await fillTitleAndDate(user);
    await user.type(owner, 'bauer');
    await afterDebounce();
    await user.click(screen.getByRole('option', { name: /^Elena Bauer/ }));
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(recorded.map((a) => a.owner.email)).toEqual(['elena.bauer@contoso.example']);
  });

  it('asks the directory once per pause and never for 1 letter: "m" is not sent, "marco" is sent once', async () => {
    const asked: string[] = [];
    const { user, owner } = renderForm({ search: (text, options) => (asked.push(text), directory.search(text, options)) });
    await user.type(owner, 'm');
    await afterDebounce();
    expect(asked).toEqual([]);
    await user.type(owner, 'arco');
    await afterDebounce();
    expect(asked).toEqual(['marco']);
  });

  it('never records typed text: "new.hire@contoso.example" says it is not a directory user, and nothing is recorded', async () => {
    const { recorded, user, owner } = renderForm();
    await fillTitleAndDate(user);
    await user.type(owner, 'new.hire@contoso.example');
    await afterDebounce();
    expect(screen.getByTestId('owner-picker-status')).toHaveTextContent('No one in the directory matches “new.hire@contoso.example”.');
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(recorded).toEqual([]);
    expect(screen.getByText('Pick a person from the list: “new.hire@contoso.example” is not a directory user.')).toBeInTheDocument();
  });

  it('shows the search’s error and stays usable: the next search still picks', async () => {
    let fail = true;
    const { recorded, user, owner } = renderForm({ search: (text, options) => (fail ? Promise.reject(new Error('Access denied (403)')) : directory.search(text, options)) });
    await fillTitleAndDate(user);
    await user.type(owner, 'marco');
    await afterDebounce();
    expect(screen.getByTestId('owner-picker-status')).toHaveTextContent('Could not search the directory: Access denied (403)');
    fail = false;
    await user.type(owner, ' r');
    await afterDebounce();
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(recorded.map((a) => a.owner.email)).toEqual(['marco.rossi@contoso.example']);
  });

  it('without an owner the form says how to choose one', async () => {
    const { recorded, user } = renderForm();
    await fillTitleAndDate(user);
    await user.click(screen.getByRole('button', { name: 'Record action' }));
    expect(recorded).toEqual([]);
    expect(screen.getByText('Choose the owner: type part of their name and pick them from the list.')).toBeInTheDocument();
  });
});

