import { pageEnvironment, parsePageUser } from './page-environment';

const provision = async (): Promise<void> => {};

describe('the workbench page environment', () => {
  it('is Alex Morgan, a site owner who may create the lists, when the URL says nothing', () => {
    const env = pageEnvironment('', provision);
    expect(env.currentUser).toEqual({ displayName: 'Alex Morgan', email: 'alex.morgan@contoso.example' });
    expect(env.canManageLists).toBe(true);
    expect(env.provisionLists).toBe(provision);
  });

  it('?role=member takes away "Create the GTM lists"', () => {
    const env = pageEnvironment('?role=member', provision);
    expect(env.canManageLists).toBe(false);
    expect(env.provisionLists).toBeUndefined();
  });

  it('?user= takes "Name <email>" or a bare e-mail', () => {
    expect(parsePageUser('Sam Lee <sam.lee@contoso.example>')).toEqual({ displayName: 'Sam Lee', email: 'sam.lee@contoso.example' });
    expect(parsePageUser('priya.nair@contoso.example')).toEqual({ displayName: 'Priya Nair', email: 'priya.nair@contoso.example' });
    expect(pageEnvironment('?user=' + encodeURIComponent('Sam Lee <sam.lee@contoso.example>'), provision).currentUser.displayName).toBe('Sam Lee');
  });
});
