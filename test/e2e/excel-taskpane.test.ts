/**
 * The real task pane (taskpane.js) in Chromium on taskpane-workbench.html, over the seeded
 * workbench, with the stub Office of the workbench build: the pane first asks for the site (the
 * workbench's pre-filled; one click resolves it over Graph, checks the GTM lists and keeps it in
 * the workbook's settings), then "Load from SharePoint" on Touchpoints
 * shows progress, then the stub workbook holds a Touchpoints table with the header GTM.ATTRIBUTE
 * reads and one row per item of "GTM Touchpoints" (counted over SharePoint REST here); "Insert
 * sample data" writes the worked example whose formula computes Paid search 66.67 / Email 33.33;
 * with the workbench stopped, a load says how to start it and leaves the workbook as it was.
 */
import { createSpListStore, createTouchpointRepository, spForWorkbench, workbenchSiteUrl } from '@gtm/shared';
import { datasetOf } from '../../excel-addin/src/taskpane/datasets';
import { launchChromium, type Chromium, type Page } from './support/browser';
import { startSeededWorkbench, type E2eWorkbench } from './support/workbench';

jest.setTimeout(60_000);

let wb: E2eWorkbench | undefined;
let chromium: Chromium;
let page: Page;
let workbenchUrl = '';

beforeAll(async () => {
  wb = await startSeededWorkbench();
  workbenchUrl = wb.url;
  chromium = await launchChromium();
  page = await chromium.newPage();
  await page.goto(`${wb.url}/excel/taskpane-workbench.html`);
  await page.getByRole('button', { name: 'Use this site' }).waitFor();
});

afterAll(async () => {
  await chromium?.close();
  await wb?.close();
});

/** The texts of row `row` of the visible sheet, from column A for `columns` cells. */
async function sheetRow(row: number, columns: number): Promise<string[]> {
  const cells: string[] = [];
  for (let c = 0; c < columns; c++) cells.push((await page.locator(`[data-cell="${String.fromCharCode(65 + c)}${row}"]`).textContent()) ?? '');
  return cells;
}

/** Every table of the stub workbook: name, sheet and data rows (the header row not counted). */
async function tables(): Promise<{ table: string; sheet: string; rows: number }[]> {
  return page.locator('[data-table]').evaluateAll((items) =>
    items.map((li) => ({ table: (li as HTMLElement).dataset.table ?? '', sheet: (li as HTMLElement).dataset.sheet ?? '', rows: Number((li as HTMLElement).dataset.rows) })),
  );
}

/** Page errors, less the icon font Fluent asks a CDN for (this machine is offline). */
function pageErrors(): string[] {
  return chromium.errors.filter((e) => !/ERR_NAME_NOT_RESOLVED/.test(e));
}

test('the page shows the real pane beside an empty stub workbook (Sheet1, no tables), without a page error', async () => {
  await expect(page.getByRole('heading', { name: 'GTM data' }).count()).resolves.toBe(1);
  await expect(page.locator('[aria-label="Sheets"] li').allTextContents()).resolves.toEqual(['Sheet1']);
  expect(await tables()).toEqual([]);
  expect(pageErrors()).toEqual([]);
});

test('the pane asks for the site first, pre-filled with the workbench site; a URL that is not SharePoint is refused with a message', async () => {
  const field = page.getByLabel('SharePoint site with the GTM lists');
  await expect(field.inputValue()).resolves.toBe(`${workbenchUrl}/sites/gtm`);
  await field.fill('https://example.com/sites/gtm');
  await page.getByRole('button', { name: 'Use this site' }).click();
  await expect(page.locator('.ms-MessageBar--error .ms-MessageBar-innerText').textContent()).resolves.toBe(
    'https://example.com is not a SharePoint Online address (those end in .sharepoint.com). Paste the GTM site\'s address, e.g. https://contoso.sharepoint.com/sites/gtm.',
  );
  await field.fill(`${workbenchUrl}/sites/gtm`);
});

test('Use this site resolves the workbench site, keeps it in the workbook settings and shows the load pane with "Change site"', async () => {
  await page.getByRole('button', { name: 'Use this site' }).click();
  await page.getByRole('button', { name: 'Load from SharePoint' }).waitFor();
  await expect(page.getByText(`Site: GTM (${workbenchUrl}/sites/gtm)`).count()).resolves.toBe(1);
  await expect(page.getByRole('button', { name: 'Change site' }).count()).resolves.toBe(1);
  const saved = await page.evaluate(() => (window as unknown as { Office: { context: { document: { settings: { get(n: string): unknown } } } } }).Office.context.document.settings.get('gtm.site'));
  expect(saved).toMatchObject({ url: `${workbenchUrl}/sites/gtm`, hostname: '127.0.0.1', displayName: 'GTM' });
  expect((saved as { id: string }).id).toMatch(/^127\.0\.0\.1,/);
});

test('Load from SharePoint on Touchpoints shows progress, then one table row per item of "GTM Touchpoints" under the ATTRIBUTE header', async () => {
  const rest = await createTouchpointRepository(createSpListStore(spForWorkbench(workbenchSiteUrl(workbenchUrl)))).read();
  expect(rest.items.length).toBeGreaterThan(0);
  // Record every progress label the pane shows, however briefly (no timing involved).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('.ms-ProgressIndicator')) seen.push(node.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await page.getByRole('radio', { name: /^Touchpoints/ }).check();
  await page.getByRole('button', { name: 'Load from SharePoint' }).click();
  const done = page.getByText(/^Loaded [\d,]+ touchpoints into the table Touchpoints/);
  await done.waitFor();

  const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(progress[0]).toMatch(/^Loading touchpoints…/);
  expect(await done.textContent()).toBe(
    `Loaded ${rest.items.length.toLocaleString('en')} touchpoints into the table Touchpoints on the sheet "GTM Touchpoints".`,
  );
  expect(await tables()).toEqual([{ table: 'Touchpoints', sheet: 'GTM Touchpoints', rows: rest.items.length }]);
  await expect(page.locator('[aria-label="Sheets"] [aria-current="true"]').textContent()).resolves.toBe('GTM Touchpoints');
  // journey_id, channel, touched_at, converted_at, value first: the names =GTM.ATTRIBUTE(Touchpoints[#All]) recognises.
  const headers = datasetOf('touchpoints').headers;
  expect(await sheetRow(1, headers.length)).toEqual([...headers]);
  expect(headers.slice(0, 5)).toEqual(['journey_id', 'channel', 'touched_at', 'converted_at', 'value']);
  const [journeyId, channel, touchedAt] = await sheetRow(2, 3);
  expect(journeyId).not.toBe('');
  expect(channel).not.toBe('');
  // An Excel date under the column's date format, not ISO text ("2026-01-04T08:24:00Z" before).
  expect(touchedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await page.locator('[data-cell="C2"]').getAttribute('data-format')).toBe('yyyy-mm-dd');
});

test('Insert sample data writes the worked example on "GTM Sample", and its ATTRIBUTE formula gives Paid search 66.67, Email 33.33', async () => {
  await page.getByRole('button', { name: 'Insert sample data' }).click();
  await page.getByText('The worked example and its formulas are on the sheet "GTM Sample"', { exact: false }).waitFor();
  await expect(page.locator('[aria-label="Sheets"] [aria-current="true"]').textContent()).resolves.toBe('GTM Sample');
  expect(await sheetRow(1, 5)).toEqual(['journey_id', 'channel', 'touched_at', 'converted_at', 'value']);
  expect(await sheetRow(2, 5)).toEqual(['j1', 'Email', '2026-03-01', '2026-03-15', '100']);
  expect(await sheetRow(3, 5)).toEqual(['j1', 'Paid search', '2026-03-08', '2026-03-15', '100']);
  await expect(page.locator('[data-cell="K1"]').getAttribute('data-formula')).resolves.toBe('=GTM.ATTRIBUTE(A1:E3)');
  // The spilled result of K1, computed by the real functions bundle: 100 × 0.5/0.75 and 100 × 0.25/0.75.
  const spill = await page.locator('[data-cell="K2"], [data-cell="L2"], [data-cell="K3"], [data-cell="L3"]').allTextContents();
  // Shown under the number formats the pane set on K1:M5 (#,##0.00), not rounded in the cell.
  expect(spill).toEqual(['Paid search', '66.67', 'Email', '33.33']);
  await expect(page.locator('[data-cell="K20"]').textContent()).resolves.toBe('2026-03-27');
  await expect(page.locator('[data-cell="K21"]').textContent()).resolves.toBe('#VALUE!');
  // The Touchpoints table is still there, on its own sheet.
  expect((await tables()).map((t) => t.table)).toEqual(['Touchpoints']);
  expect(pageErrors()).toEqual([]);
});

test('with the workbench stopped, Load says it could not be reached and how to start it; the workbook is unchanged', async () => {
  const before = await tables();
  const sheets = await page.locator('[aria-label="Sheets"] li').allTextContents();
  await wb?.close();
  wb = undefined;
  await page.getByRole('radio', { name: /^Deals/ }).check();
  await page.getByRole('button', { name: 'Load from SharePoint' }).click();
  const alert = page.locator('.ms-MessageBar--error .ms-MessageBar-innerText');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    `The workbench at ${workbenchUrl} could not be reached for a Graph token; start it with \`npm start\` and load again.`,
  );
  expect(await tables()).toEqual(before);
  await expect(page.locator('[aria-label="Sheets"] li').allTextContents()).resolves.toEqual(sheets);
});
