import { DEFAULT_SIGNED_IN_USER, DIRECTORY, directoryId, findDirectoryPerson } from './directory';
import { EVERYONE } from './cast';

describe('the demo directory', () => {
  it('holds 40 people with unique e-mails, every cast member among them', () => {
    expect(DIRECTORY).toHaveLength(40);
    expect(new Set(DIRECTORY.map((p) => p.mail.toLowerCase())).size).toBe(40);
    for (const p of EVERYONE) expect(findDirectoryPerson(p.email)?.displayName).toBe(p.displayName);
  });

  it('has names that trip a picker: three Annas and José Álvarez next to Jose Alvarez', () => {
    expect(DIRECTORY.filter((p) => p.givenName === 'Anna')).toHaveLength(3);
    expect(DIRECTORY.map((p) => p.displayName)).toEqual(expect.arrayContaining(['José Álvarez', 'Jose Alvarez', 'Zoë Müller', 'Zoe Muller']));
  });

  it('gives each person a stable GUID and finds people case-insensitively', () => {
    expect(directoryId('a@b.c')).toBe(directoryId('A@B.C'));
    expect(directoryId('a@b.c')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(findDirectoryPerson('Elena.Ricci@Contoso.Example')?.jobTitle).toBe('Global Marketing Director');
    expect(DEFAULT_SIGNED_IN_USER).toBe('elena.ricci@contoso.example');
  });
});
