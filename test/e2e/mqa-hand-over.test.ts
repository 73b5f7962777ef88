/**
 * Issue 14, "Sharing an MQA account with Sales", in Chromium against the seeded stand-in: there is
 * one way to hand an account over (Shared with Sales under "Move to"; no "Share with Sales"
 * button), it refuses without the Sales owner or the Converting Source and says which is missing,
 * and a complete hand-over leaves the raw SharePoint REST item with the Sales owner (a person
 * column), the Converting Source and its conversion date — and one Sales working list row.
 */
import {
  createQualifiedAccountRepository,
  createSalesWorkingRepository,
  createSpListStore,
  localDayOf,
  spForWorkbench,
  workbenchSiteUrl,
  type QualifiedAccount,
} from '@gtm/shared';
import type { Locator } from 'playwright-core';
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(90_000);

const e2e = useSeededWorkbenchAndChromium();
const JULIA = { email: 'julia.novak@contoso.example', displayName: 'Julia Novak' };

/** The MQA File item as SharePoint REST returns it, the Sales owner expanded. */
interface RawAccountItem {
  GtmStage: string;
  GtmSalesOwnerId: number | null;
  GtmSalesOwner?: { EMail: string; Title: string } | null;
  GtmCs: string | null;
  GtmCsDate: string | null;
  GtmConversionHistory: string | null;
}

/** GET of one MQA File item over the site's REST API (nometadata JSON), as any SharePoint client reads it. */
async function rawItem(id: string): Promise<RawAccountItem> {
  const select = 'GtmStage,GtmSalesOwnerId,GtmSalesOwner/EMail,GtmSalesOwner/Title,GtmCs,GtmCsDate,GtmConversionHistory';
  const path = `web/lists/getbytitle('MQA File')/items(${id})?$select=${select}&$expand=GtmSalesOwner`;
  const res = await fetch(`${e2e.workbench.url}/sites/gtm/_api/${path}`, { headers: { Accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`GET ${path} answered HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as RawAccountItem;
}

function repositories() {
  const store = createSpListStore(spForWorkbench(workbenchSiteUrl(e2e.workbench.url)));
  return { accounts: createQualifiedAccountRepository(store), workingList: createSalesWorkingRepository(store) };
}

/** Accounts at Presales validation with no Converting Source yet and a domain no other account contains (a search shows it alone). */
async function validatedAccounts(): Promise<QualifiedAccount[]> {
  const { items } = await repositories().accounts.read();
  return items.filter((a) => a.stage === 'presales-validation' && a.cs === null && items.filter((b) => b.domain.includes(a.domain)).length === 1);
}

async function openAccount(account: QualifiedAccount): Promise<{ page: Page; panel: Locator }> {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/webparts/mqa-file.html`);
  await page.getByTestId('accounts-view').waitFor();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(account.domain);
  await page.getByTestId('accounts-in-view').filter({ hasText: /^1 of \d+ accounts$/ }).waitFor();
  await page.getByTestId('account-link').filter({ hasText: account.name }).click();
  const panel = page.getByTestId('account-panel');
  await panel.waitFor();
  return { page, panel };
}

test('there is one way to hand over: no "Share with Sales" button; Shared with Sales under "Move to" asks for the Sales owner and the Converting Source', async () => {
  const [account] = await validatedAccounts();
  if (!account) throw new Error('The demo tenant has no account at Presales validation without a Converting Source');
  const { page, panel } = await openAccount(account);
  expect(await panel.getByRole('button', { name: /share with sales|hand over/i }).count()).toBe(0);

  await panel.getByRole('radio', { name: 'Shared with Sales' }).check();
  expect(await panel.getByRole('button', { name: /share with sales|hand over/i }).allTextContents()).toEqual(['Hand over to Sales']);
  expect(await panel.getByRole('combobox', { name: 'Sales owner' }).getAttribute('aria-required')).toBe('true');
  expect(await panel.getByRole('combobox', { name: /^Converting Source/ }).getAttribute('aria-required')).toBe('true');
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('the hand-over refuses without a Sales owner or a Converting Source, saying which is missing, and stores nothing', async () => {
  const [account] = await validatedAccounts();
  if (!account) throw new Error('The demo tenant has no account at Presales validation without a Converting Source');
  const before = await rawItem(account.id);
  const { page, panel } = await openAccount(account);
  await panel.getByRole('radio', { name: 'Shared with Sales' }).check();
  await panel.getByRole('textbox', { name: 'Hand-over evidence' }).fill('E2E: presales confirmed the SOC project');
  await panel.getByRole('button', { name: 'Hand over to Sales' }).click();
  const problem = panel.getByTestId('stage-move-problem');
  expect(await problem.textContent()).toBe('Not handed over yet: the Sales owner and the Converting Source are missing.');

  // With the source chosen, the Sales owner is still missing, and it says only that.
  await panel.getByRole('combobox', { name: /^Converting Source/ }).click();
  await page.getByRole('option', { name: 'Webinar' }).click();
  await panel.getByRole('button', { name: 'Hand over to Sales' }).click();
  expect(await problem.textContent()).toBe('Not handed over yet: the Sales owner is missing.');

  expect(await rawItem(account.id)).toEqual(before);
  expect((await repositories().workingList.read()).items.filter((r) => r.accountId === account.id)).toEqual([]);
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});

test('after a complete hand-over the raw REST item has the Sales owner (person column), the Converting Source and the conversion date; the working list has one row', async () => {
  const [, account] = await validatedAccounts();
  if (!account) throw new Error('The demo tenant has fewer than 2 accounts at Presales validation without a Converting Source');
  const { page, panel } = await openAccount(account);
  await panel.getByRole('radio', { name: 'Shared with Sales' }).check();
  const owner = panel.getByRole('combobox', { name: 'Sales owner' });
  await owner.pressSequentially('julia', { delay: 30 });
  await page.getByRole('option', { name: /^Julia Novak \(julia\.novak@contoso\.example\)/ }).click();
  await panel.getByRole('combobox', { name: /^Converting Source/ }).click();
  await page.getByRole('option', { name: 'Webinar' }).click();
  await panel.getByRole('textbox', { name: 'Hand-over evidence' }).fill('E2E: presales confirmed the SOC project');
  await panel.getByRole('button', { name: 'Hand over to Sales' }).click();
  await panel.getByTestId('shared-with-sales').filter({ hasText: 'Julia Novak' }).waitFor();

  const raw = await rawItem(account.id);
  expect(raw).toEqual(
    expect.objectContaining({
      GtmStage: 'Shared with Sales',
      GtmSalesOwnerId: expect.any(Number),
      GtmSalesOwner: { EMail: JULIA.email, Title: JULIA.displayName },
      GtmCs: 'Webinar',
    }),
  );
  // A date-only value comes back as the site's local midnight in UTC (2026-12-06T11:00:00Z is 7 Dec in
  // Pacific/Auckland), so its day is read in the site's zone, not by its first ten characters.
  const { timeZone } = (await (await fetch(`${e2e.workbench.url}/_workbench/health`)).json()) as { timeZone: string };
  expect(localDayOf(String(raw.GtmCsDate), timeZone)).toBe(e2e.workbench.today);
  expect(JSON.parse(raw.GtmConversionHistory ?? '[]')).toEqual([{ kind: 'conversion', at: e2e.workbench.today, stage: 'shared-with-sales' }]);
  const rows = (await repositories().workingList.read()).items.filter((r) => r.accountId === account.id);
  expect(rows).toEqual([expect.objectContaining({ status: 'shared-with-sales', sharedOn: e2e.workbench.today, salesOwner: expect.objectContaining({ email: JULIA.email }) })]);

  // The row follows the account: the next move updates it (with its ETag), no second row.
  await panel.getByRole('radio', { name: 'Sales accepted' }).check();
  await panel.getByRole('textbox', { name: 'Evidence' }).fill('E2E: the AE accepted after discovery');
  await panel.getByRole('button', { name: 'Move account' }).click();
  await panel.getByTestId('shared-with-sales').filter({ hasText: '(Sales accepted' }).waitFor();
  const followed = (await repositories().workingList.read()).items.filter((r) => r.accountId === account.id);
  expect(followed).toEqual([expect.objectContaining({ id: rows[0]?.id, status: 'sales-accepted' })]);
  expect(e2e.chromium.errors).toEqual([]);
  await page.close();
});
