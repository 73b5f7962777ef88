import { DIRECTORY, type DirectoryPerson } from '../../seed/directory';
import { foldForSearch, matchesPerson, searchPeople } from './people-match';

function person(displayName: string, mail: string): DirectoryPerson {
  const [givenName = '', ...rest] = displayName.split(' ');
  return { id: '0', displayName, givenName, surname: rest.join(' '), mail, jobTitle: '', department: '' };
}

describe('foldForSearch', () => {
  it('drops accents and case, and folds the letters NFD leaves whole', () => {
    expect(foldForSearch('José Álvarez')).toBe('jose alvarez');
    expect(foldForSearch('Zoë Müller')).toBe('zoe muller');
    expect(foldForSearch('Elif Yılmaz')).toBe('elif yilmaz');
    expect(foldForSearch('Søren Strauß')).toBe('soren strauss');
  });
});

describe('matchesPerson', () => {
  const anna = person('Anna Berg', 'anna.berg@contoso.example');

  it('matches the start of a name word or of the e-mail, every query word on some name word', () => {
    expect(matchesPerson(anna, 'ann')).toBe(true);
    expect(matchesPerson(anna, 'BERG')).toBe(true);
    expect(matchesPerson(anna, 'anna b')).toBe(true);
    expect(matchesPerson(anna, 'anna.berg@')).toBe(true);
  });

  it('does not match the middle of a word, a word nobody has, or an empty query', () => {
    expect(matchesPerson(anna, 'nna')).toBe(false);
    expect(matchesPerson(anna, 'anna x')).toBe(false);
    expect(matchesPerson(anna, '   ')).toBe(false);
  });
});

describe('searchPeople over the 40 demo people', () => {
  it('finds both Joses whatever the accents, ordered by name and then e-mail', () => {
    expect(searchPeople(DIRECTORY, 'José', 30).map((p) => p.mail)).toEqual(['jose.alvarez2@contoso.example', 'jose.alvarez@contoso.example']);
    expect(searchPeople(DIRECTORY, 'alvarez', 30).map((p) => p.displayName)).toEqual(['Jose Alvarez', 'José Álvarez']);
  });

  it('keeps at most max people: the 3 Annas at max 2 are Anna Berg and Anna Kowalski', () => {
    expect(searchPeople(DIRECTORY, 'anna', 2).map((p) => p.displayName)).toEqual(['Anna Berg', 'Anna Kowalski']);
  });
});
