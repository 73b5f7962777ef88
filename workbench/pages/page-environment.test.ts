import { pageEnvironment, pageLocale, pageUserFrom, type PageUser } from './page-environment';

const provision = async (): Promise<void> => {};

/** What `_api/web/currentuser` answers when the workbench runs with `--user marco.rossi@contoso.example`. */
const MARCO_ROW = { Title: 'Marco Rossi', Email: 'marco.rossi@contoso.example', LoginName: 'i:0#.f|membership|marco.rossi@contoso.example' };
const MARCO: PageUser = { displayName: 'Marco Rossi', email: 'marco.rossi@contoso.example', loginName: 'marco.rossi@contoso.example' };

describe('the signed-in user of a workbench page', () => {
  it('is _api/web/currentuser as SPFx pageContext.user: Title → displayName, Email → email, the claim-less login → loginName', () => {
    expect(pageUserFrom(MARCO_ROW)).toEqual(MARCO);
  });

  it('strips the claim of the data folder\'s admin too, and keeps a login that is no membership claim as it is', () => {
    expect(pageUserFrom({ Title: 'Workbench Admin', Email: 'admin@gtm.local', LoginName: 'i:0#.f|membership|admin@gtm.local' }).loginName).toBe('admin@gtm.local');
    expect(pageUserFrom({ Title: 'Ops', Email: 'ops@contoso.example', LoginName: 'c:0(.s|true' }).loginName).toBe('c:0(.s|true');
  });
});

describe('the workbench page environment', () => {
  it('gives the view the server\'s user and, when the URL says nothing, a site owner who may create the lists', () => {
    const env = pageEnvironment('', MARCO, provision);
    expect(env.currentUser).toEqual({ displayName: 'Marco Rossi', email: 'marco.rossi@contoso.example' });
    expect(env.canManageLists).toBe(true);
    expect(env.provisionLists).toBe(provision);
  });

  it('?role=member takes away "Create the GTM lists"', () => {
    const env = pageEnvironment('?role=member', MARCO, provision);
    expect(env.canManageLists).toBe(false);
    expect(env.provisionLists).toBeUndefined();
  });

  it('no longer takes the user from ?user= (the server\'s --user decides)', () => {
    expect(pageEnvironment('?user=' + encodeURIComponent('Sam Lee <sam.lee@contoso.example>'), MARCO, provision).currentUser.email).toBe('marco.rossi@contoso.example');
  });
});

describe('the locale a workbench page types numbers in', () => {
  it('is ?locale= when given, else the browser\'s language, as SharePoint gives cultureInfo', () => {
    expect(pageEnvironment('?locale=de-DE', MARCO, provision, 'en-US').locale).toBe('de-DE');
    expect(pageEnvironment('', MARCO, provision, 'fr-FR').locale).toBe('fr-FR');
  });

  it('falls back to the browser\'s language when ?locale= is no BCP 47 tag, and to en-US when neither is', () => {
    expect(pageLocale('not a tag', 'it-IT')).toBe('it-IT');
    expect(pageLocale('', '')).toBe('en-US');
  });
});
