/**
 * The GTM Review tab in Chromium against a seeded workbench: standalone, then inside the fake Teams
 * host (side panel and stage), and a full review run — an action captured in the side panel, "End
 * review" leaving one Review item, the action in GTM Actions, one channel message and one event
 * 21 days later; a reload and a second run write nothing more.
 */
import { launchChromium, type Chromium, type Page } from './support/browser';
import { startSeededWorkbench, type E2eWorkbench } from './support/workbench';

jest.setTimeout(60_000);

/** A Monday: the next review is 21 days later, Monday 28 Dec 2026. */
const TODAY = '2026-12-07';
const NEXT = '2026-12-28';

let wb: E2eWorkbench;
let chromium: Chromium;

beforeAll(async () => {
  wb = await startSeededWorkbench({ today: TODAY });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await wb?.close();
});

async function graph<T>(path: string): Promise<T> {
  const { token } = (await (await fetch(`${wb.url}/_workbench/token`)).json()) as { token: string };
  const res = await fetch(`${wb.url}/graph/v1.0/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Items = { value: { id: string; fields: Record<string, unknown> }[] };

async function kpiAgenda(page: Page | ReturnType<Page['frameLocator']>): Promise<string[]> {
  const list = page.locator('[data-testid="agenda-kpi-review"] button');
  await list.first().waitFor({ timeout: 20_000 });
  return list.allTextContents();
}

test('standalone, the agenda lists the off-track KPIs first', async () => {
  const page = await chromium.newPage();
  await page.goto(`${wb.url}/teams/index.html?today=${TODAY}`);
  const items = await kpiAgenda(page);
  const offTrack = items.filter((t) => t.includes('off track')).length;
  expect(offTrack).toBeGreaterThan(0);
  expect(items.slice(0, offTrack).every((t) => t.includes('off track'))).toBe(true);
  expect(items.slice(offTrack).some((t) => t.includes('off track'))).toBe(false);
  expect(await page.locator('[data-testid="frame"]').textContent()).toBe('standalone');
  await page.close();
});

test('on the stage of the fake Teams host, the first item shows actual, target, status and trend', async () => {
  const page = await chromium.newPage();
  await page.goto(`${wb.url}/teams/host.html?frame=meetingStage&theme=dark&today=${TODAY}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="kpi-figures"]').waitFor({ timeout: 20_000 });
  expect(await tab.locator('[data-testid="frame"]').textContent()).toBe('stage');
  const figures = await tab.locator('[data-testid="kpi-figures"]').textContent();
  expect(figures).toMatch(/Actual.*Target.*Status\s*Off track.*Trend/);
  await page.close();
});

test('a full review in the side panel: one Review, the action, one channel message, one event on 28 Dec', async () => {
  const page = await chromium.newPage();
  await page.goto(`${wb.url}/teams/host.html?frame=sidePanel&today=${TODAY}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="current-item"]').waitFor({ timeout: 20_000 });
  expect(await tab.locator('[data-testid="frame"]').textContent()).toBe('side panel');

  await tab.getByRole('textbox', { name: 'Decision' }).fill('Move 10% of the events budget to paid search');
  await tab.getByRole('button', { name: 'Record decision' }).click();
  await tab.getByRole('textbox', { name: 'Action', exact: true }).fill('Bring a pipeline recovery plan');
  await tab.getByRole('combobox', { name: 'Owner' }).click();
  await tab.getByRole('option', { name: 'Elena Ricci' }).click();
  await tab.getByRole('textbox', { name: 'Due date' }).fill('2026-12-21');
  await tab.getByRole('button', { name: 'Record action' }).click();
  expect(await tab.locator('[data-testid="captured"]').textContent()).toContain('Bring a pipeline recovery plan — Elena Ricci, due 2026-12-21');

  await tab.getByRole('button', { name: 'End review' }).click();
  await tab.locator('[data-testid="review-ended"]').waitFor({ timeout: 30_000 }).catch(async (e: Error) => {
    throw new Error(`${e.message}\nThe tab says: ${await tab.locator('[aria-label="Pending steps"], [role="alert"]').allTextContents()}`);
  });

  const reviews = await graph<Items>(`sites/root/lists/GTM Reviews/items?expand=fields&$top=100`);
  const today = reviews.value.filter((r) => String(r.fields.GtmReviewDate).startsWith(TODAY));
  expect(today).toHaveLength(1);
  expect(JSON.parse(String(today[0]?.fields.GtmDecisions))).toEqual(['Move 10% of the events budget to paid search']);
  const actionIds = JSON.parse(String(today[0]?.fields.GtmActionIds)) as string[];
  expect(actionIds).toHaveLength(1);
  const action = await graph<{ fields: Record<string, unknown> }>(`sites/root/lists/GTM Actions/items/${actionIds[0]}?expand=fields`);
  expect(action.fields).toMatchObject({ Title: 'Bring a pipeline recovery plan', GtmOwnerEmail: 'elena.ricci@contoso.example', GtmStatus: 'Open' });
  expect(String(action.fields.GtmDueDate)).toMatch(/^2026-12-21/);

  const messages = await graph<{ value: { body: { content: string } }[] }>(`teams/gtm-team/channels/gtm-review/messages`);
  expect(messages.value).toHaveLength(1);
  expect(messages.value[0]?.body.content).toContain('Bring a pipeline recovery plan — <b>Elena Ricci</b>, due 2026-12-21');
  const events = await graph<{ value: { start: { dateTime: string } }[] }>(`groups/gtm-team/events`);
  expect(events.value.map((e) => e.start.dateTime.slice(0, 10))).toEqual([NEXT]);

  // Ending twice: the reloaded tab knows the review ended and writes nothing more.
  await page.reload();
  await page.frameLocator('iframe').locator('[data-testid="review-ended"]').waitFor({ timeout: 20_000 });
  expect((await graph<{ value: unknown[] }>(`teams/gtm-team/channels/gtm-review/messages`)).value).toHaveLength(1);
  expect((await graph<{ value: unknown[] }>(`groups/gtm-team/events`)).value).toHaveLength(1);
  expect(chromium.errors.filter((e) => !/valid origins|Failed to fetch|ERR_/i.test(e))).toEqual([]);
  await page.close();
});
