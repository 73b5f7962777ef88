/**
 * Numbers and meaning (issue 14) in Chromium against a seeded workbench: a KPI actual is typed in
 * the user's locale (`?locale=` stands in for SharePoint's pageContext.cultureInfo), so "2,3" is
 * 2.3 in de-DE and refused in en-US with the number it would have been.
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

async function openControlPlane(query: string): Promise<Page> {
  const page = await e2e.chromium.newPage();
  // Fluent's web fonts come from the Office CDN, unreachable offline: answer them empty.
  await page.route('https://res-1.cdn.office.net/**', (route) => route.fulfill({ status: 200, contentType: 'font/woff2', body: '' }));
  await page.goto(`${e2e.workbench.url}/webparts/control-plane.html${query}`);
  await page.getByTestId('kpi-card').first().waitFor();
  return page;
}

async function typeActual(page: Page, kpiTitle: string, text: string): Promise<void> {
  const card = page.getByRole('article', { name: kpiTitle });
  await card.getByRole('button', { name: new RegExp(`actual of ${kpiTitle}`) }).click();
  await card.getByLabel(/^Actual for the review of/).fill(text);
  await card.getByRole('button', { name: 'Save actual' }).click();
}

test('in de-DE, 2,3 typed as the actual of "Website conversion rate" saves 2.3%, and stays 2.3% after a reload', async () => {
  const page = await openControlPlane('?locale=de-DE');
  await typeActual(page, 'Website conversion rate', '2,3');
  const card = page.getByRole('article', { name: 'Website conversion rate' });
  await card.getByRole('button', { name: /^Correct actual/ }).waitFor();
  await expect(card.getByTestId('kpi-actual').textContent()).resolves.toBe('2.3%');

  await page.reload();
  const reloaded = page.getByRole('article', { name: 'Website conversion rate' });
  await reloaded.getByTestId('kpi-actual').waitFor();
  await expect(reloaded.getByTestId('kpi-actual').textContent()).resolves.toBe('2.3%');
  // Correcting it shows the saved value as de-DE writes it.
  await reloaded.getByRole('button', { name: /^Correct actual/ }).click();
  await expect(reloaded.getByLabel(/^Actual for the review of/).inputValue()).resolves.toBe('2,3');
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('in en-US, 2,3 is refused with "did you mean 2.3?" and nothing is saved', async () => {
  const page = await openControlPlane('?locale=en-US');
  const card = page.getByRole('article', { name: 'Website conversion rate' });
  const before = await card.getByTestId('kpi-actual').textContent();
  await typeActual(page, 'Website conversion rate', '2,3');
  await expect(card.getByText(/did you mean 2\.3\?/).textContent()).resolves.toContain('“2,3” is not a number in en-US');
  await expect(card.getByLabel(/^Actual for the review of/).inputValue()).resolves.toBe('2,3');
  await expect(card.getByTestId('kpi-actual').textContent()).resolves.toBe(before);
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('in en-US, 1,000 typed as a count saves one thousand', async () => {
  const page = await openControlPlane('?locale=en-US');
  await typeActual(page, 'MQAs shared with Sales', '1,000');
  const card = page.getByRole('article', { name: 'MQAs shared with Sales' });
  await card.getByRole('button', { name: /^Correct actual/ }).waitFor();
  await expect(card.getByTestId('kpi-actual').textContent()).resolves.toBe('1,000');
  await page.close();
});
