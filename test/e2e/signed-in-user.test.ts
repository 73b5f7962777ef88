/**
 * The workbench started with `--user marco.rossi@contoso.example` (a Solutions Engineer of the demo
 * directory, not the default Marketing Director): SharePoint's `currentuser`, Graph `/me`, the web
 * part page's `pageContext.user` (the header's "Signed in as", a new risk's owner) and the fake
 * Teams host's context (the tab's attendees) all name Marco Rossi.
 */
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const TODAY = '2026-12-07';
const MARCO = 'marco.rossi@contoso.example';

const e2e = useSeededWorkbenchAndChromium({ today: TODAY, user: MARCO });

test('SharePoint currentuser and Graph /me both name Marco Rossi', async () => {
  const sp = await fetch(`${e2e.workbench.url}/sites/gtm/_api/web/currentuser`, { headers: { Accept: 'application/json;odata=nometadata' } });
  expect(await sp.json()).toMatchObject({ Title: 'Marco Rossi', Email: MARCO, LoginName: `i:0#.f|membership|${MARCO}` });
  const { token } = (await (await fetch(`${e2e.workbench.url}/_workbench/token`)).json()) as { token: string };
  const me = await fetch(`${e2e.workbench.url}/graph/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ displayName: 'Marco Rossi', userPrincipalName: MARCO });
});

test('the Risk Register page is signed in as Marco Rossi, and a new risk is his by default', async () => {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html`);
  const signedIn = page.locator('#signed-in-user');
  await signedIn.filter({ hasText: 'Signed in as' }).waitFor();
  expect(await signedIn.textContent()).toBe('Signed in as Marco Rossi');
  // pageContext.user as SPFx names it: loginName is the bare UPN of an online user.
  expect(await signedIn.getAttribute('data-email')).toBe(MARCO);
  expect(await signedIn.getAttribute('data-login-name')).toBe(MARCO);

  await page.getByTestId('new-risk').click();
  const owner = page.getByRole('dialog').getByRole('combobox', { name: 'Owner' });
  expect(await owner.inputValue()).toContain('Marco Rossi');
  await page.close();
});

test('the fake Teams host says Marco Rossi is in the meeting: in a chat Teams does not know, he is the only owner', async () => {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/teams/host.html?frame=sidePanel&chat=${encodeURIComponent('19:unknown@thread.v2')}&today=${TODAY}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="attendees-origin"]').waitFor({ timeout: 20_000 });
  await tab.getByRole('combobox', { name: 'Owner' }).click();
  await tab.getByRole('option').first().waitFor();
  // A new session outside any known meeting starts with the signed-in user alone (teams-attendees.test.ts: Elena by default).
  expect(await tab.getByRole('option').allTextContents()).toEqual(['Marco Rossi (marco.rossi@contoso.example)']);
  await page.close();
});

test('no page error on the way', () => {
  expect(e2e.chromium.errors.filter((e) => !/valid origins|Failed to fetch|ERR_|404/i.test(e))).toEqual([]);
});
