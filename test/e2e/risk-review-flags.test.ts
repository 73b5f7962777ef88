/**
 * What the Risk Register says about time, in Chromium against a seeded workbench (issue 14): an
 * open mitigation past its due date reads "Overdue since …" with an icon in the risk editor, and a
 * risk created today and never reviewed reads "New", not "Never · review due".
 */
import { createActionRepository, createRiskRegisterRepository, createRiskRepository, createSpListStore, localDayOf, spForWorkbench, workbenchSiteUrl, type Risk } from '@gtm/shared';
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

async function storedRisks(): Promise<readonly Risk[]> {
  const store = createSpListStore(spForWorkbench(workbenchSiteUrl(e2e.workbench.url)));
  // The register joins each risk's mitigations (GTM Actions items linked to it), as the page does.
  return (await createRiskRegisterRepository(createRiskRepository(store), createActionRepository(store)).read()).items;
}

async function openRegister(): Promise<Page> {
  const page = await e2e.chromium.newPage();
  // Tall enough that the list renders every risk (DetailsList renders only the rows in view).
  await page.setViewportSize({ width: 1440, height: 4000 });
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html`);
  await page.getByTestId('risk-title').first().waitFor();
  return page;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const readable = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

test('an open mitigation past its due date reads "Overdue since <due date>" in the risk editor', async () => {
  const today = e2e.workbench.today;
  const risk = (await storedRisks()).find((r) => r.mitigationActions.some((m) => m.status === 'open' && m.dueDate < today));
  if (!risk) throw new Error('The demo tenant has no risk with an overdue open mitigation');
  const overdue = risk.mitigationActions.filter((m) => m.status === 'open' && m.dueDate < today);

  const page = await openRegister();
  await page.getByTestId('risk-title').filter({ hasText: risk.title }).first().click();
  await page.getByTestId('risk-editor').waitFor();
  const flags = page.getByTestId('mitigation-overdue');
  expect(await flags.count()).toBe(overdue.length);
  // The icon is a glyph of Fluent's icon font (a private-use character): read the words alone.
  const words = (await flags.allTextContents()).map((t) => t.replace(/[\uE000-\uF8FF]/gu, '').trim());
  expect(words).toEqual(expect.arrayContaining(overdue.map((m) => `Overdue since ${readable(m.dueDate)}`)));
  // Not colour alone: each flag carries an icon beside the words.
  expect(await flags.first().locator('i[data-icon-name="Warning"]').count()).toBe(1);
  await page.close();
});

test('a risk created today and never reviewed reads "New", and no such risk reads "review due"', async () => {
  const fresh = (await storedRisks()).filter((r) => r.status !== 'closed' && r.lastReviewedAt === null);
  if (fresh.length === 0) throw new Error('The demo tenant has no risk that was never reviewed');
  // Seeded just now: Created is today's instant, read as its day in the site's zone — which at 17:00 UTC
  // is already tomorrow in Pacific/Auckland (npm run test:zones), while the demo's today is the machine's.
  const { timeZone } = (await (await fetch(`${e2e.workbench.url}/_workbench/health`)).json()) as { timeZone: string };
  const siteToday = localDayOf(new Date().toISOString(), timeZone);
  expect(fresh.filter((r) => r.createdAt !== siteToday && r.createdAt !== e2e.workbench.today)).toEqual([]);

  const page = await openRegister();
  expect(await page.getByTestId('review-new').count()).toBe(fresh.length);
  expect(await page.getByText('Never · review due').count()).toBe(0);
  await page.close();
});
