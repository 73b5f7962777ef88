import { PersonSchema, samePerson } from './person';

describe('Person', () => {
  it('accepts an e-mail with an optional display name', () => {
    expect(PersonSchema.parse({ email: 'ana@contoso.com', displayName: 'Ana' })).toEqual({
      email: 'ana@contoso.com',
      displayName: 'Ana',
    });
  });

  it('rejects a login that is not an e-mail', () => {
    expect(PersonSchema.safeParse({ email: 'ana' }).success).toBe(false);
  });

  it('treats Ana@Contoso.com and ana@contoso.com as the same person', () => {
    expect(samePerson({ email: 'Ana@Contoso.com' }, { email: 'ana@contoso.com' })).toBe(true);
    expect(samePerson({ email: 'ana@contoso.com' }, { email: 'bo@contoso.com' })).toBe(false);
  });
});
