import { knownPeople, matchingPeople } from './known-people';

const ana = { email: 'ana.silva@contoso.example', displayName: 'Ana Silva' };
const pedro = { email: 'pedro.silveira@contoso.example', displayName: 'Pedro Silveira' };
const bob = { email: 'bob@contoso.example' };

describe('knownPeople', () => {
  it('keeps one entry per e-mail ignoring case, with the display name any source has: 5 mentions → 3 people, sorted by name', () => {
    const kpiOwners = [{ email: 'ANA.SILVA@contoso.example' }, pedro];
    const riskOwners = [ana, null, undefined];
    const attendees = [bob, pedro];
    expect(knownPeople(kpiOwners, riskOwners, attendees)).toEqual([ana, bob, pedro]);
  });

  it('is empty when nothing is loaded', () => {
    expect(knownPeople([], [])).toEqual([]);
  });
});

describe('matchingPeople', () => {
  const people = [ana, bob, pedro];
  it('"sil" matches 2 of 3 by name; "BOB@" matches 1 by e-mail; blank matches all 3', () => {
    expect(matchingPeople(people, 'sil')).toEqual([ana, pedro]);
    expect(matchingPeople(people, 'BOB@')).toEqual([bob]);
    expect(matchingPeople(people, '  ')).toHaveLength(3);
  });
});
