import { DIRECTORY } from '../../seed/directory';
import { searchPeople } from './people-match';

describe('searchPeople over the 40 demo people', () => {
  it('finds both Joses whatever the accents, ordered by name and then e-mail', () => {
    expect(searchPeople(DIRECTORY, 'José', 30).map((p) => p.mail)).toEqual(['jose.alvarez2@contoso.example', 'jose.alvarez@contoso.example']);
    expect(searchPeople(DIRECTORY, 'alvarez', 30).map((p) => p.displayName)).toEqual(['Jose Alvarez', 'José Álvarez']);
  });

  it('keeps at most max people: the 3 Annas at max 2 are Anna Berg and Anna Kowalski', () => {
    expect(searchPeople(DIRECTORY, 'anna', 2).map((p) => p.displayName)).toEqual(['Anna Berg', 'Anna Kowalski']);
  });
});
