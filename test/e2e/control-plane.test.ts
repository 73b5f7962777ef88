/**
 * The GTM Control Plane web part page in Chromium against a seeded workbench: the demo tenant's
 * 22 KPIs grouped by area, a KPI actual that survives a reload, and an action added then closed.
 */
import { KPI_AREA_LABELS, KPI_AREAS } from '@gtm/shared';
import type { Page } from './support/browser';
import { contrastRatio, relativeLuminance, renderedColours } from './support/colours';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

async function openControlPlane(): Promise<Page> {
  const page = await e2e.chromium.newPage();
  // Fluent registers its Segoe UI web fonts from the Office CDN, unreachable offline: each miss is a
  // console error that says nothing about this page. Answer them empty (the browser falls back to
  // local fonts) so `errors` keeps meaning "this page broke".
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  await page.goto(`${e2e.workbench.url}/webparts/control-plane.html`);
  await page.getByTestId('kpi-card').first().waitFor();
  return page;
}

/** A day `days` after the demo tenant's today, `YYYY-MM-DD`. */
function dayAfterToday(days: number): string {
  const [y, m, d] = e2e.workbench.today.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

test('shows the 22 seeded KPIs grouped by their 7 areas, in the domain order, with a status in words on each', async () => {
  const page = await openControlPlane();
  const areas = await page.getByTestId('kpi-area').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-area')));
  expect(areas).toEqual([...KPI_AREAS]);
  const headings = await page.locator('[data-testid="kpi-area"] h3').allTextContents();
  expect(headings.map((h) => h.split(' · ')[0])).toEqual(KPI_AREAS.map((a) => KPI_AREA_LABELS[a]));
  await expect(page.getByTestId('kpi-card').count()).resolves.toBe(22);
  const statuses = await page.getByTestId('kpi-status').allTextContents();
  expect(new Set(statuses)).toEqual(new Set(['Off track', 'At risk', 'On track']));
  await expect(page.getByTestId('next-review').textContent()).resolves.toMatch(/^Next GTM Review: Monday \d{1,2} \w{3} \d{4}/);
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('a KPI actual entered for the current cycle is still there after a reload', async () => {
  const page = await openControlPlane();
  const card = page.getByRole('article', { name: 'MQAs shared with Sales' });
  await card.getByRole('button', { name: /^Enter actual of MQAs shared with Sales/ }).click();
  await card.getByLabel(/^Actual for the review of/).fill('17');
  await card.getByRole('button', { name: 'Save actual' }).click();
  await card.getByRole('button', { name: /^Correct actual/ }).waitFor();
  await expect(card.getByTestId('kpi-actual').textContent()).resolves.toBe('17');

  await page.reload();
  const reloaded = page.getByRole('article', { name: 'MQAs shared with Sales' });
  await reloaded.getByTestId('kpi-actual').waitFor();
  await expect(reloaded.getByTestId('kpi-actual').textContent()).resolves.toBe('17');
  await expect(reloaded.getByTestId('kpi-status').textContent()).resolves.toBe('On track'); // 17 ≥ amber 10
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('an action added inline is listed, and once marked done it leaves the open list and is stored as Done', async () => {
  const page = await openControlPlane();
  const title = `Call the stalled accounts ${Date.now()}`;
  const form = page.getByRole('form', { name: 'Add a follow-up action' });
  await form.getByLabel(/^New action/).fill(title);
  // A date picker that takes typing: the typed date counts once the field is left (here by the click on Add).
  await form.getByRole('combobox', { name: /^Due date/ }).fill(dayAfterToday(7));
  await form.getByRole('button', { name: 'Add action' }).click();
  const row = page.getByTestId('action-row').filter({ hasText: title });
  await row.waitFor();
  await expect(row.getByTestId('action-status').textContent()).resolves.toBe('Open');

  await page.getByRole('button', { name: `Mark “${title}” done` }).click();
  await row.waitFor({ state: 'detached' });

  await page.reload();
  await page.getByTestId('kpi-card').first().waitFor();
  await expect(page.getByTestId('action-row').filter({ hasText: title }).count()).resolves.toBe(0);
  await page.getByRole('switch', { name: 'Show closed actions' }).click();
  await expect(page.getByTestId('action-row').filter({ hasText: title }).getByTestId('action-status').textContent()).resolves.toBe('Done');
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('on a dark section (?theme=dark) the heading and the KPI cards are light text on dark, overdue actions readable', async () => {
  const page = await e2e.chromium.newPage();
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  await page.goto(`${e2e.workbench.url}/webparts/control-plane.html?theme=dark`);
  await page.getByTestId('kpi-card').first().waitFor();

  const heading = await renderedColours(page.getByRole('heading', { name: 'GTM Control Plane' }));
  // The dark theme's text #f3f2f1 (luminance 0.89) on #1f1e1d (0.013); the light theme's text is #323130 (0.03).
  expect(relativeLuminance(heading.text)).toBeGreaterThan(0.8);
  expect(relativeLuminance(heading.background)).toBeLessThan(0.05);
  // A card kept white (#ffffff, luminance 1) would leave its light title unreadable.
  const cardTitle = await renderedColours(page.getByTestId('kpi-card').first().getByRole('heading'));
  expect(relativeLuminance(cardTitle.background)).toBeLessThan(0.05);
  expect(contrastRatio(cardTitle.text, cardTitle.background)).toBeGreaterThanOrEqual(4.5);
  const overdue = await renderedColours(page.getByTestId('action-status').filter({ hasText: /^Overdue/ }).first());
  expect(contrastRatio(overdue.text, overdue.background)).toBeGreaterThanOrEqual(4.5);
  await page.close();
});
