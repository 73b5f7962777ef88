import type { DirectoryPerson, PeopleSearch } from './people-search';
import { offeredPeople, peopleQueryOf, pickerStatusText, searchPeopleAfterPause, typedPerson, type PeopleSearchState } from './picker-model';

const JOSE: DirectoryPerson = { email: 'jose.alvarez@contoso.example', displayName: 'Jose Alvarez', jobTitle: 'Partner Manager' };
const JOSE_ACCENT: DirectoryPerson = { email: 'jose.alvarez2@contoso.example', displayName: 'José Álvarez', jobTitle: 'Solutions Engineer' };
const ELENA = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };

/** A directory that answers after `ms` (fake timers), remembering what it was asked. */
function directory(answer: DirectoryPerson[] | Error): PeopleSearch & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: (text) => {
      asked.push(text);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('the owner picker model', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks nothing below 2 letters and cuts a pasted paragraph to 100 characters', () => {
    expect(peopleQueryOf(' j ')).toBeNull();
    expect(peopleQueryOf('  jose ')).toBe('jose');
    expect(peopleQueryOf('x'.repeat(500))).toHaveLength(100);
  });

  it('asks once 250 ms after the last key, with the preferred person first', async () => {
    const search = directory([JOSE, JOSE_ACCENT]);
    const states: PeopleSearchState[] = [];
    searchPeopleAfterPause(search, 'jose', { preferred: () => [JOSE_ACCENT], onState: (s) => states.push(s), describeError: String });
    jest.advanceTimersByTime(249);
    expect(search.asked).toEqual([]);
    jest.advanceTimersByTime(1);
    await settle();
    expect(search.asked).toEqual(['jose']);
    expect(states).toEqual([{ kind: 'searching' }, { kind: 'found', people: [JOSE_ACCENT, JOSE] }]);
  });

  it('asks nothing for a text typed on from, and drops nothing of the newer one', async () => {
    const search = directory([JOSE]);
    const states: PeopleSearchState[] = [];
    const cancel = searchPeopleAfterPause(search, 'jo', { preferred: () => [], onState: (s) => states.push(s), describeError: String });
    jest.advanceTimersByTime(100);
    cancel();
    searchPeopleAfterPause(search, 'jose', { preferred: () => [], onState: (s) => states.push(s), describeError: String });
    jest.advanceTimersByTime(250);
    await settle();
    expect(search.asked).toEqual(['jose']);
    expect(states.at(-1)).toEqual({ kind: 'found', people: [JOSE] });
  });

  it('says why a search failed, in the surface’s words', async () => {
    const states: PeopleSearchState[] = [];
    searchPeopleAfterPause(directory(new Error('503')), 'jose', { preferred: () => [], onState: (s) => states.push(s), describeError: (e) => `the directory is busy (${(e as Error).message})` });
    jest.advanceTimersByTime(250);
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'Could not search the directory: the directory is busy (503)' });
  });

  it('offers the preferred people before any search, and says "no match" by the typed text', () => {
    expect(offeredPeople({ kind: 'idle' }, [ELENA])).toEqual([{ person: ELENA }]);
    expect(offeredPeople({ kind: 'searching' }, [ELENA])).toEqual([]);
    expect(pickerStatusText({ kind: 'found', people: [] }, ' nobody ')).toBe('No one in the directory matches “nobody”.');
    expect(pickerStatusText({ kind: 'searching' }, 'jo')).toBe('Searching the directory…');
  });

  it('turns typed text into a person only by e-mail or the option’s exact text', () => {
    const offered = offeredPeople({ kind: 'found', people: [JOSE] }, []);
    expect(typedPerson(offered, 'JOSE.ALVAREZ@contoso.example')).toEqual({ email: JOSE.email, displayName: JOSE.displayName });
    expect(typedPerson(offered, 'jose alvarez (jose.alvarez@contoso.example)')).toEqual({ email: JOSE.email, displayName: JOSE.displayName });
    expect(typedPerson(offered, 'Jose')).toBeNull();
  });
});
