/**
 * Issue 11's acceptance in Chromium, against a seeded workbench signed in as the Marketing
 * Director: an action's owner picked from the directory by typing part of a name survives a
 * reload; a name that is not a directory user cannot be saved and the form says why; the Risk
 * Register's "Mine" shows exactly the signed-in user's risks, counted against raw REST; and the
 * provisioned "My risks" view filters by the current user (`<UserID />`, CAML's [Me]).
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(90_000);

const e2e = useSeededWorkbenchAndChromium();
const NOAH = { email: 'noah.bakker@contoso.example', displayName: 'Noah Bakker' };

/** GET on the site's REST API as JSON (nometadata: plain objects, collections under `value`). */
async function rest<T>(path: string): Promise<T> {
  const res = await fetch(`${e2e.workbench.url}/sites/gtm/_api/${path}`, { headers: { Accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`GET ${path} answered HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function openPage(name: 'control-plane' | 'risk-register', ready: string): Promise<Page> {
  const page = await e2e.chromium.newPage();
  // Fluent's web fonts come from the Office CDN, unreachable offline (see control-plane.test.ts).
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  await page.goto(`${e2e.workbench.url}/webparts/${name}.html`);
  await page.getByTestId(ready).first().waitFor();
  return page;
}

/** A day `days` after the demo tenant's today, `YYYY-MM-DD`. */
function dayAfterToday(days: number): string {
  const [y, m, d] = e2e.workbench.today.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

test('an action owned by Noah Bakker, picked by typing "noah", is his after a reload and in the Person column', async () => {
  const page = await openPage('control-plane', 'kpi-card');
  const title = `Brief the partner team ${Date.now()}`;
  const form = page.getByRole('form', { name: 'Add a follow-up action' });
  await form.getByLabel(/^New action/).fill(title);
  const owner = form.getByRole('combobox', { name: 'Owner' });
  await owner.fill('');
  await owner.pressSequentially('noah', { delay: 30 });
  // The directory's answer (debounced), as name and e-mail.
  await page.getByRole('option', { name: /^Noah Bakker \(noah\.bakker@contoso\.example\)/ }).click();
  expect(await owner.inputValue()).toBe('Noah Bakker (noah.bakker@contoso.example)');
  // A date picker that takes typing: the typed date counts once the field is left (here by the click on Add).
  await form.getByRole('combobox', { name: /^Due date/ }).fill(dayAfterToday(7));
  await form.getByRole('button', { name: 'Add action' }).click();
  await page.getByTestId('action-row').filter({ hasText: title }).waitFor();

  await page.reload();
  const row = page.getByTestId('action-row').filter({ hasText: title });
  await row.waitFor();
  expect(await row.textContent()).toContain(NOAH.displayName);

  const stored = await rest<{ value: { Title: string; GtmOwner: { EMail: string; Title: string } }[] }>(
    `web/lists/getbytitle('GTM Actions')/items?$select=Title,GtmOwner/EMail,GtmOwner/Title&$expand=GtmOwner&$top=5000`,
  );
  expect(stored.value.find((item) => item.Title === title)?.GtmOwner).toEqual({ EMail: NOAH.email, Title: NOAH.displayName });
  await page.close();
});

test('"Nobody Atall" is not a directory user: the field says so and the action is not added', async () => {
  const page = await openPage('control-plane', 'kpi-card');
  const before = (await rest<{ value: unknown[] }>(`web/lists/getbytitle('GTM Actions')/items?$select=Id&$top=5000`)).value.length;
  const title = `Nobody's action ${Date.now()}`;
  const form = page.getByRole('form', { name: 'Add a follow-up action' });
  await form.getByLabel(/^New action/).fill(title);
  // A date picker that takes typing: the typed date counts once the field is left (here by the click on Add).
  await form.getByRole('combobox', { name: /^Due date/ }).fill(dayAfterToday(7));
  const owner = form.getByRole('combobox', { name: 'Owner' });
  await owner.fill('');
  await owner.pressSequentially('Nobody Atall', { delay: 20 });
  await form.getByTestId('person-picker-status').filter({ hasText: 'No one in the directory matches “Nobody Atall”.' }).waitFor();
  // Leaving the field with the text unpicked leaves the action without an owner, and says why.
  await owner.press('Tab');
  const why = form.getByText('Pick a person from the list: “Nobody Atall” is not a directory user.');
  await why.waitFor();
  await form.getByRole('button', { name: 'Add action' }).click();
  // Still refused, for the same reason; after a reload the list and the list item count agree: nothing was added.
  expect(await why.count()).toBe(1);
  await page.reload();
  await page.getByTestId('kpi-card').first().waitFor();
  expect(await page.getByTestId('action-row').filter({ hasText: title }).count()).toBe(0);
  const after = (await rest<{ value: unknown[] }>(`web/lists/getbytitle('GTM Actions')/items?$select=Id&$top=5000`)).value.length;
  expect(after).toBe(before);
  await page.close();
});

test('"Mine" on the Risk Register shows exactly the signed-in user\'s risks, as many as REST counts', async () => {
  const me = await rest<{ Email: string; Title: string }>('web/currentuser');
  const risks = await rest<{ value: { Id: number; GtmOwner: { EMail: string } | null }[] }>(
    `web/lists/getbytitle('Risk Register')/items?$select=Id,GtmOwner/EMail&$expand=GtmOwner&$top=5000`,
  );
  const mine = risks.value.filter((r) => r.GtmOwner?.EMail.toLowerCase() === me.Email.toLowerCase()).length;
  expect(mine).toBeGreaterThan(0);
  expect(mine).toBeLessThan(risks.value.length);

  const page = await openPage('risk-register', 'risk-list');
  // Closed risks too, so the list holds every item REST counted.
  await page.getByRole('combobox', { name: /^Status/ }).click();
  await page.getByRole('option', { name: 'All statuses' }).click();
  const mineSwitch = page.getByRole('switch', { name: /^Mine/ });
  expect(await mineSwitch.getAttribute('aria-checked')).toBe('false');
  await mineSwitch.press('Space');
  expect(await mineSwitch.getAttribute('aria-checked')).toBe('true');
  await expect(page.getByTestId('mine-count').textContent()).resolves.toBe(`${mine} of ${risks.value.length} risks ${mine === 1 ? 'is' : 'are'} yours`);
  await expect(page.getByTestId('risk-count').textContent()).resolves.toBe(`Showing ${mine} of ${risks.value.length} risks`);
  await page.close();
});

test('the provisioned "My risks" view of the Risk Register filters by the current user (<UserID />)', async () => {
  const views = await rest<{ value: { Title: string; ViewQuery: string }[] }>(`web/lists/getbytitle('Risk Register')/views?$select=Title,ViewQuery`);
  const myRisks = views.value.find((v) => v.Title === 'My risks');
  expect(myRisks?.ViewQuery).toContain('<FieldRef Name="GtmOwner" LookupId="TRUE" />');
  expect(myRisks?.ViewQuery).toContain('<UserID');
});

test('no page error on the way', () => {
  expect(e2e.chromium.errors.filter((e) => !/valid origins|Failed to fetch|ERR_|404/i.test(e))).toEqual([]);
});
