import { foldForSearch, listPeopleSearch, matchesPerson, preferWorkingPeople } from './people-search';

const JOSE = { email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez' };
const JOSE2 = { email: 'jose.alvarez2@contoso.example', displayName: 'Jose Alvarez' };
const ANNA_B = { email: 'anna.berg@contoso.example', displayName: 'Anna Berg' };
const ANNA_S = { email: 'anna.schmidt@contoso.example', displayName: 'Anna Schmidt' };

describe('matching people as the directory does', () => {
  it('ignores accents and case: "jose" finds José Álvarez and Jose Alvarez, "ZOE" finds Zoë', () => {
    expect(foldForSearch('Zoë Müller')).toBe('zoe muller');
    expect([JOSE, JOSE2, ANNA_B].filter((p) => matchesPerson(p, 'jose'))).toEqual([JOSE, JOSE2]);
    expect(matchesPerson({ email: 'zoe.muller@contoso.example', displayName: 'Zoë Müller' }, 'ZOE')).toBe(true);
  });

  it('matches word starts of the name and the e-mail, every word typed: "anna s" is only Anna Schmidt', () => {
    expect([ANNA_B, ANNA_S].filter((p) => matchesPerson(p, 'anna s'))).toEqual([ANNA_S]);
    expect(matchesPerson(ANNA_B, 'berg')).toBe(true);
    expect(matchesPerson(ANNA_B, 'anna.berg@')).toBe(true);
    expect(matchesPerson(ANNA_B, 'erg')).toBe(false);
    expect(matchesPerson(ANNA_B, '   ')).toBe(false);
  });
});

describe('folding the letters NFD leaves whole, and names made of several words', () => {
  it('folds ı, ø and ß by hand: "Elif Yılmaz" is "elif yilmaz", "Søren Strauß" is "soren strauss"', () => {
    expect(foldForSearch('José Álvarez')).toBe('jose alvarez');
    expect(foldForSearch('Elif Yılmaz')).toBe('elif yilmaz');
    expect(foldForSearch('Søren Strauß')).toBe('soren strauss');
    expect(matchesPerson({ email: 'soren.strauss@contoso.example', displayName: 'Søren Strauß' }, 'straus')).toBe(true);
  });

  it('splits names on hyphens and apostrophes, and matches the given name and surname the directory holds', () => {
    const anneMarie = { email: 'am.obrien@contoso.example', displayName: "Anne-Marie O'Brien" };
    expect(matchesPerson(anneMarie, 'marie')).toBe(true);
    expect(matchesPerson(anneMarie, 'brien')).toBe(true);
    expect(matchesPerson({ email: 'x1@contoso.example', displayName: 'Dr. K', givenName: 'Katarzyna', surname: 'Nowak' }, 'kat now')).toBe(true);
    expect(matchesPerson(ANNA_B, 'anna x')).toBe(false);
  });
});

describe('the order a picker offers results in', () => {
  it('puts the two people already working on the lists first, then the directory, each by name, once each', () => {
    const found = [ANNA_S, JOSE2, ANNA_B, JOSE, { ...ANNA_B, email: 'ANNA.BERG@contoso.example' }];
    expect(preferWorkingPeople(found, [{ email: 'jose.alvarez@contoso.example' }, { email: 'anna.schmidt@contoso.example' }])).toEqual([ANNA_S, JOSE, ANNA_B, JOSE2]);
  });
});

describe('a search over a fixed set of people', () => {
  it('answers nothing for one letter, and at most top results', async () => {
    const search = listPeopleSearch([JOSE, JOSE2, ANNA_B, ANNA_S]);
    expect(await search.search('j')).toEqual([]);
    expect(await search.search('an')).toEqual([ANNA_B, ANNA_S]);
    expect(await search.search('jo', { top: 1 })).toEqual([JOSE]);
  });
});
