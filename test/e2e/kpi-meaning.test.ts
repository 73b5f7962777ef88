/**
 * Numbers and meaning (issue 14) in Chromium: each KPI card and the review's KPI table show the
 * thresholds that decide the status, and the trend word reads the whole sparkline window. The
 * demo tenant's "MQLs created" (higher is better) went 93, 85, 79, 76, 75, 77 over the last six
 * cycles: falling, though the last step rose, so it is "↓ Worsening" (it read "↑ Improving").
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const TODAY = '2026-12-07';
const e2e = useSeededWorkbenchAndChromium({ today: TODAY });

async function open(path: string): Promise<Page> {
  const page = await e2e.chromium.newPage();
  // Fluent's web fonts come from the Office CDN, unreachable offline: answer them empty.
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  await page.goto(`${e2e.workbench.url}${path}`);
  return page;
}

async function openControlPlane(): Promise<Page> {
  const page = await open('/webparts/control-plane.html');
  await page.getByTestId('kpi-card').first().waitFor();
  return page;
}

test('a KPI card shows the thresholds that decide its status, in the KPI unit and the KPI direction', async () => {
  const page = await openControlPlane();
  const conversion = page.getByRole('article', { name: 'Website conversion rate' });
  await expect(conversion.getByTestId('kpi-thresholds').textContent()).resolves.toBe('on track ≥ 2.1% · at risk > 1.6%');
  const cost = page.getByRole('article', { name: 'Cost per MQL (EUR)' });
  await expect(cost.getByTestId('kpi-thresholds').textContent()).resolves.toMatch(/^on track ≤ €[\d,]+ · at risk < €[\d,]+$/);
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('the trend word reads the sparkline window: MQLs created 93 → 77 with a last step up is "↓ Worsening"', async () => {
  const page = await openControlPlane();
  const mqls = page.getByRole('article', { name: 'MQLs created' });
  await expect(mqls.getByTestId('kpi-sparkline').getAttribute('aria-label')).resolves.toMatch(/: 93; .*: 85; .*: 79; .*: 76; .*: 75; .*: 77\. /);
  await expect(mqls.getByTestId('kpi-trend').textContent()).resolves.toBe('↓ Worsening');
  await page.close();
});

test('the review\'s KPI table shows each row\'s thresholds under its target, and the window\'s trend', async () => {
  const page = await open(`/teams/index.html?today=${TODAY}`);
  const table = page.getByTestId('kpi-table');
  await table.locator('tbody tr').first().waitFor({ timeout: 20_000 });
  // The on-track KPIs sit folded in one line: unfold them.
  await table.getByRole('button', { name: 'Show them' }).click();
  const row = table.locator('tbody tr', { hasText: 'Website conversion rate' });
  await expect(row.getByTestId('kpi-thresholds').textContent()).resolves.toBe('on track ≥ 2.1% · at risk > 1.6%');
  const mqls = table.locator('tbody tr', { hasText: 'MQLs created' });
  await expect(mqls.getByRole('img').getAttribute('aria-label')).resolves.toMatch(/: 93; .*: 77\. ↓ Worsening\.$/);
  await page.close();
});

test('the MQA attribution card writes credits in euros and every share with one decimal, as the KPI cards write them', async () => {
  const page = await open('/webparts/mqa-file.html');
  const card = page.getByTestId('attribution-card');
  await card.getByTestId('attribution-row').first().waitFor({ timeout: 20_000 });
  await expect(card.getByTestId('attribution-summary').textContent()).resolves.toMatch(/, €[\d,]+ in total$/);
  const rows = await card.getByTestId('attribution-row').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(rows.length).toBeGreaterThan(1);
  for (const [, credit, share] of rows) {
    expect(credit).toMatch(/^€\d{1,3}(,\d{3})*$/);
    expect(share).toMatch(/^\d{1,3}\.\d%$/);
  }
  await page.close();
});
