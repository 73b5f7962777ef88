/**
 * The Excel functions playground in Chromium, served by the seeded workbench at /excel/: the real
 * functions bundle on the stub runtime computes the worked example — Email 33.333…, Paid search
 * 66.666… — and an error cell shows #VALUE! with the message naming the valid models.
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();
let page: Page;

beforeAll(async () => {
  page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/excel/playground.html`);
  await page.waitForSelector('body[data-ready="true"]');
});

/** The rows of the result table under the formula in `cell`, as text. */
async function resultRows(cell: string): Promise<string[][]> {
  return page
    .locator(`[data-formula-cell="${cell}"] table tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

test('the page loads the six GTM functions from the real bundle, without a page error', async () => {
  await expect(page.locator('h1').textContent()).resolves.toBe('GTM functions playground');
  await expect(page.locator('text=functions.js, 6 functions').count()).resolves.toBe(1);
  expect(e2e.chromium.errors).toEqual([]);
});

test('the sheet shows the worked example: two touches of journey j1, converting on 2026-03-15 for 100', async () => {
  const channels = await page.locator('[data-cell="B1"], [data-cell="B2"], [data-cell="B3"]').allTextContents();
  expect(channels).toEqual(['channel', 'Email', 'Paid search']);
  await expect(page.locator('[data-cell="D2"]').textContent()).resolves.toBe('2026-03-15');
  await expect(page.locator('[data-cell="E2"]').textContent()).resolves.toBe('100');
});

test('=GTM.ATTRIBUTE(A1:E3) spills Paid search 66.666… (2/3 of 100) above Email 33.333… (1/3), shown under #,##0.00 and 0.0%', async () => {
  expect(await resultRows('K1')).toEqual([
    ['Channel', 'Credit', 'Share'],
    ['Paid search', '66.67', '66.7%'],
    ['Email', '33.33', '33.3%'],
  ]);
  // The format changes what is shown, not the value the cell holds.
  const held = await page.locator('[data-formula-cell="K1"] td[data-value]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
  expect(held).toEqual(['66.66666667', '0.6666666667', '33.33333333', '0.3333333333']);
});

test('the linear model gives 50 each, and OLSCS splits 6,000 of deals: Events 4,000, Partner referral 1,500, Webinar 500', async () => {
  expect(await resultRows('K6')).toEqual([
    ['Channel', 'Credit', 'Share'],
    ['Email', '50.00', '50.0%'],
    ['Paid search', '50.00', '50.0%'],
  ]);
  expect(await resultRows('K11')).toEqual([
    ['Channel', 'Credit', 'Share'],
    ['Events', '4,000.00', '66.7%'],
    ['Partner referral', '1,500.00', '25.0%'],
    ['Webinar', '500.00', '8.3%'],
  ]);
});

test('the scalar functions: DECAY(7) = 0.5, RISKSCORE(4,5) = 20, RISKRATING(4,5) = Critical, NEXTREVIEW(2026-03-06) = 2026-03-27', async () => {
  expect(await resultRows('K17')).toEqual([['0.50']]);
  expect(await resultRows('K18')).toEqual([['20']]);
  expect(await resultRows('K19')).toEqual([['Critical']]);
  expect(await resultRows('K20')).toEqual([['2026-03-27']]);
});

test('an unknown model shows #VALUE! with the valid models, a half-life of 0 shows #NUM!', async () => {
  const unknown = page.locator('[data-formula-cell="K21"] [role="status"]');
  await expect(unknown.getAttribute('data-error-code')).resolves.toBe('#VALUE!');
  await expect(unknown.textContent()).resolves.toBe(
    '#VALUE! unknown model "w-shaped"; use one of time-decay, first-touch, last-touch, linear, u-shaped, markov, ols-cs',
  );
  const zero = page.locator('[data-formula-cell="K22"] [role="status"]');
  await expect(zero.getAttribute('data-error-code')).resolves.toBe('#NUM!');
});

test('a typed formula is computed by the real bundle: =GTM.ATTRIBUTE(A1:E3,"first-touch") gives Email 100; a typo says what is wrong', async () => {
  const field = page.getByLabel('Formula over Sheet1');
  await field.fill('=GTM.ATTRIBUTE(A1:E3,"first-touch")');
  await page.getByRole('button', { name: 'Compute' }).click();
  const table = page.getByRole('table', { name: 'Result of =GTM.ATTRIBUTE(A1:E3,"first-touch")' });
  await table.waitFor();
  const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  // The worked example's one converted journey touched Email first: first-touch gives it all 100 of the value.
  expect(rows[0]).toEqual(['Channel', 'Credit', 'Share']);
  expect(rows[1]?.slice(0, 2)).toEqual(['Email', '100']);

  await field.fill('=GTM.ATTRIBUTE(A1:E3,"first-tuch")');
  await field.press('Enter');
  const error = page.getByTestId('typed-result').locator('[data-error-code]');
  await error.waitFor();
  expect(await error.getAttribute('data-error-code')).toBe('#VALUE!');
  expect(await error.textContent()).toMatch(/first-tuch/);
});
