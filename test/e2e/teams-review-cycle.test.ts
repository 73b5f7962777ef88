/**
 * Issue 13, "one review cycle, one truth", walked in Chromium against a seeded workbench (today Mon
 * 7 Dec 2026, the last review held Mon 30 Nov): the next review is a planned Review record (here
 * Mon 21 Dec, as End review of 30 Nov now plans it); the Control Plane announces it and a KPI actual
 * is entered for it there. The meeting is held early, today: the Teams tab asks "hold the review
 * planned for Mon 21 Dec today?", holding moves the record and the actual to today (nothing left on
 * the 21 Dec cycle), the Control Plane says the same date as the tab, End review's snapshot has the
 * actual and plans the next cycle once, 21 days from today (Mon 28 Dec), which the Control Plane then shows.
 */
import { createGraphListStore, createReviewRepository, fetchSiteTimeZone, graphForWorkbench, localDayOf, workbenchGraphUrl, workbenchSiteUrl } from '../../shared/src/sharepoint';
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(120_000);

const TODAY = '2026-12-07';
const e2e = useSeededWorkbenchAndChromium({ today: TODAY });

async function token(): Promise<string> {
  return ((await (await fetch(`${e2e.workbench.url}/_workbench/token`)).json()) as { token: string }).token;
}

/** Items of a list over SharePoint REST, with each date-only column as its calendar day in the site's zone. */
async function restItems(list: string, select: string, dateField: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${e2e.workbench.url}/sites/gtm/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?$select=${select}&$top=5000`, {
    headers: { Accept: 'application/json;odata=nometadata' },
  });
  if (!res.ok) throw new Error(`GET ${list}: ${res.status} ${await res.text()}`);
  const { timeZone } = (await (await fetch(`${e2e.workbench.url}/_workbench/health`)).json()) as { timeZone: string };
  return ((await res.json()) as { value: Record<string, unknown>[] }).value.map((r) => ({ ...r, [dateField]: localDayOf(String(r[dateField]), timeZone) }));
}

async function openControlPlane(): Promise<Page> {
  const page = await e2e.chromium.newPage();
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  await page.goto(`${e2e.workbench.url}/webparts/control-plane.html`);
  await page.getByTestId('kpi-card').first().waitFor({ timeout: 20_000 });
  return page;
}

const nextReviewText = async (page: Page): Promise<string> => String(await page.getByTestId('next-review').locator('strong').first().textContent());

test('held early: asked, the planned record and its actual move to today, the Control Plane agrees, and the next cycle is planned once', async () => {
  // The planned record End review of 30 Nov would have left (this version plans the next cycle).
  const store = createGraphListStore(graphForWorkbench(workbenchGraphUrl(e2e.workbench.url), await token(), { interval: 10 }), 'root', {
    timeZone: () => fetchSiteTimeZone(workbenchSiteUrl(e2e.workbench.url)),
  });
  await createReviewRepository(store).add([{ id: '', date: '2026-12-21', status: 'planned', attendees: [], decisions: [], actionIds: [], kpiSnapshot: [] }]);

  // The Control Plane reads the cycle from it; an owner reports an actual for that review.
  const plane = await openControlPlane();
  expect(await nextReviewText(plane)).toBe('Monday 21 Dec 2026');
  const card = plane.getByRole('article', { name: 'MQAs shared with Sales' });
  await card.getByRole('button', { name: /^Enter actual of MQAs shared with Sales/ }).click();
  await card.getByLabel(/^Actual for the review of/).fill('17');
  await card.getByRole('button', { name: 'Save actual' }).click();
  await card.getByRole('button', { name: /^Correct actual/ }).waitFor();
  const measurementsOn = async (day: string) => (await restItems('GTM KPI Measurements', 'Id,GtmCycle,GtmValue', 'GtmCycle')).filter((m) => m.GtmCycle === day);
  expect((await measurementsOn('2026-12-21')).map((m) => m.GtmValue)).toEqual([17]);

  // The meeting is held today: the tab asks before anything is recorded.
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/teams/host.html?frame=sidePanel&today=${TODAY}`);
  const tab = page.frameLocator('iframe');
  const ask = tab.locator('[data-testid="hold-planned"]');
  await ask.waitFor({ timeout: 20_000 });
  expect(await ask.textContent()).toContain('Hold the review planned for Mon 21 Dec 2026 today (Mon 7 Dec 2026)?');
  expect(await tab.getByRole('textbox', { name: 'Decision' }).count()).toBe(0);
  await tab.getByRole('button', { name: 'Hold it today' }).click();
  await tab.getByRole('textbox', { name: 'Decision' }).waitFor({ timeout: 20_000 });
  await tab.getByText('Held today instead of Mon 21 Dec 2026').waitFor();

  // One record, moved; the actual with it; nothing left on the 21 Dec cycle.
  const reviews = async () => (await restItems('GTM Reviews', 'Id,GtmReviewDate,GtmReviewStatus', 'GtmReviewDate')).filter((r) => String(r.GtmReviewDate) >= TODAY);
  expect((await reviews()).map((r) => [r.GtmReviewDate, r.GtmReviewStatus])).toEqual([[TODAY, 'In progress']]);
  expect(await measurementsOn('2026-12-21')).toEqual([]);
  expect((await measurementsOn(TODAY)).map((m) => m.GtmValue)).toContain(17);
  // The Control Plane says the same date as the tab.
  await plane.reload();
  await plane.getByTestId('next-review').waitFor({ timeout: 20_000 });
  expect(await nextReviewText(plane)).toBe('Monday 7 Dec 2026');

  // End review: the snapshot has the actual entered for 21 Dec; the next cycle is planned once, from today.
  await tab.getByRole('checkbox').first().waitFor();
  await tab.getByRole('button', { name: 'End review…' }).click();
  await tab.getByRole('button', { name: 'End review and post' }).click();
  await tab.locator('[data-testid="review-ended"]').waitFor({ timeout: 30_000 });
  expect((await reviews()).map((r) => [r.GtmReviewDate, r.GtmReviewStatus])).toEqual([[TODAY, 'Held'], ['2026-12-28', 'Planned']]);
  const held = (await restItems('GTM Reviews', 'Id,GtmReviewDate,GtmKpiSnapshot', 'GtmReviewDate')).find((r) => r.GtmReviewDate === TODAY);
  const snapshot = JSON.parse(String(held?.GtmKpiSnapshot)) as { title: string; value: number | null }[];
  expect(snapshot.find((k) => k.title === 'MQAs shared with Sales')?.value).toBe(17);
  await plane.reload();
  await plane.getByTestId('next-review').waitFor({ timeout: 20_000 });
  expect(await nextReviewText(plane)).toBe('Monday 28 Dec 2026');
  await page.close();
  await plane.close();
});
