/**
 * The sign-in authority names the tenant: the single-tenant registration is refused at /common
 * (AADSTS50194). Injected at build, else the Teams context's tenant id.
 */
import { teamsAuthority } from './authority';

const TENANT = 'c0ffee00-0000-4000-8000-000000000001';

test("without GTM_TEAMS_AUTHORITY the authority is the Teams context's tenant: login.microsoftonline.com/<tenant id>", () => {
  expect(teamsAuthority('', TENANT)).toBe(`https://login.microsoftonline.com/${TENANT}`);
});

test('GTM_TEAMS_AUTHORITY wins over the context (a trailing slash dropped)', () => {
  expect(teamsAuthority(' https://login.microsoftonline.com/contoso.onmicrosoft.com/ ', TENANT)).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
});

test('an injected /common or /organizations is refused with the fix, not sent to Entra', () => {
  expect(() => teamsAuthority('https://login.microsoftonline.com/common', TENANT)).toThrow(/AADSTS50194.*GTM_TEAMS_AUTHORITY=https:\/\/login\.microsoftonline\.com\/<tenant id>/);
  expect(() => teamsAuthority('https://login.microsoftonline.com/organizations', null)).toThrow(/refuses/);
});

test('no tenant anywhere says how to build the tab with one', () => {
  expect(() => teamsAuthority('', null)).toThrow('Cannot sign in: Teams gave no tenant id and the tab was built without GTM_TEAMS_AUTHORITY.');
});
