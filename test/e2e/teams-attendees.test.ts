/**
 * The attendees come from the meeting: in the fake Teams host's side panel (a meeting, its chat id in
 * the context) the owner dropdown lists exactly the members the Graph stand-in holds for that chat —
 * 8 of the circle's 12; in a chat the stand-in does not know the tab falls back to the circle and
 * says so in one line; in the channel tab (no meeting) it lists the circle.
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const TODAY = '2026-12-07';
const MEETING_CHAT = '19:meeting_gtm-review@thread.v2';

const e2e = useSeededWorkbenchAndChromium({ today: TODAY });

async function chatMembers(chatId: string): Promise<string[]> {
  const { token } = (await (await fetch(`${e2e.workbench.url}/_workbench/token`)).json()) as { token: string };
  const res = await fetch(`${e2e.workbench.url}/graph/v1.0/chats/${encodeURIComponent(chatId)}/members`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET members: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { value: { displayName: string }[] }).value.map((m) => m.displayName);
}

/**
 * Opens the tab in the fake host on `day` and returns the owner dropdown's options and the
 * attendees line. Each test opens its own day: the session of a day is kept on the device, so a
 * day opened before would restore its attendees.
 */
async function ownerOptions(page: Page, query: string, day: string): Promise<{ owners: string[]; origin: string }> {
  await page.goto(`${e2e.workbench.url}/teams/host.html?${query}&today=${day}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="attendees-origin"]').waitFor({ timeout: 20_000 });
  const origin = String(await tab.locator('[data-testid="attendees-origin"]').textContent());
  await tab.getByRole('combobox', { name: 'Owner' }).click();
  await tab.getByRole('option').first().waitFor();
  // An option reads "Name (e-mail)": the owner picker offers the attendees when nothing is typed.
  const owners = (await tab.getByRole('option').allTextContents()).map((t) => t.replace(/ \([^()]*@[^()]*\)$/, ''));
  return { owners, origin };
}

test('side panel in the meeting: the owner dropdown lists exactly the 8 chat members, Elena Ricci (the user) among them', async () => {
  const members = await chatMembers(MEETING_CHAT);
  expect(members).toHaveLength(8);
  const page = await e2e.chromium.newPage();
  const { owners, origin } = await ownerOptions(page, 'frame=sidePanel', TODAY);
  expect(owners).toEqual(members);
  expect(owners).toContain('Elena Ricci');
  expect(origin).toBe("The meeting's 8 participants; untick who is absent, add guests below.");
  await page.close();
});

test('a chat the stand-in does not know (404): the circle, and one line saying why', async () => {
  const page = await e2e.chromium.newPage();
  const { owners, origin } = await ownerOptions(page, `frame=sidePanel&chat=${encodeURIComponent('19:unknown@thread.v2')}`, '2026-12-08');
  expect(origin).toBe("Could not read the meeting's participants (Teams does not know this meeting chat): attendees come from the review circle.");
  // A new session outside the meeting's members starts with the user alone; the others are ticked from the circle.
  expect(owners).toEqual(['Elena Ricci']);
  await page.keyboard.press('Escape');
  // count() does not wait: wait for the attendee list to be there (it re-renders as the dropdown closes).
  const checkboxes = page.frameLocator('iframe').getByRole('group', { name: 'Attendees' }).getByRole('checkbox');
  await checkboxes.first().waitFor();
  expect(await checkboxes.count()).toBeGreaterThan(8);
  await page.close();
});

test('the channel tab (no meeting, no chat): attendees from the circle, no warning', async () => {
  const page = await e2e.chromium.newPage();
  const { origin } = await ownerOptions(page, 'frame=content', '2026-12-09');
  expect(origin).toBe('From the review circle (last review, KPI and action owners); tick who attends.');
  expect(e2e.chromium.errors.filter((e) => !/valid origins|Failed to fetch|ERR_|404/i.test(e))).toEqual([]);
  await page.close();
});
