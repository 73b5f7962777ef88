/**
 * The Risk Register web part page in Chromium against a seeded workbench: a risk owner edits a
 * risk and the heat map moves (and stays moved after a reload); two people edit the same risk and
 * the second gets the conflict dialog; a risk titled with HTML shows as text and runs nothing.
 */
import { createRiskRepository, createSpListStore, spForWorkbench, unwrapWrites, workbenchSiteUrl } from '@gtm/shared';
import type { Page } from './support/browser';
import { contrastRatio, relativeLuminance, renderedColours } from './support/colours';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

async function openRegister(): Promise<Page> {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html`);
  await page.getByTestId('risk-title').first().waitFor();
  return page;
}

async function cellCount(page: Page, likelihood: number, impact: number): Promise<number> {
  return Number(await page.getByTestId(`heat-cell-${likelihood}-${impact}`).getAttribute('data-count'));
}

/** The residual position shown live in the open editor ("Residual score: 4 × 4 = 16 High"). */
async function residualInEditor(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('score-residual').textContent()) ?? '';
  const match = /(\d) × (\d)/.exec(text);
  if (!match) throw new Error(`no residual score in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

async function pickLevel(page: Page, group: string, option: string): Promise<void> {
  // Fluent hides the radio input itself; its label is what a user clicks.
  await page.getByRole('radiogroup', { name: group }).locator('label', { hasText: option }).click();
}

test('lowering a risk’s residual to Rare × Insignificant moves it on the heat map, and the move survives a reload', async () => {
  const page = await openRegister();
  // The first row has the highest residual score (the default sort), so it is not already at 1 × 1.
  const title = (await page.getByTestId('risk-title').first().textContent()) ?? '';
  await page.getByTestId('risk-title').first().click();
  const [likelihood, impact] = await residualInEditor(page);
  const before = { from: await cellCount(page, likelihood, impact), to: await cellCount(page, 1, 1) };

  await pickLevel(page, 'Residual likelihood', 'Rare (1)');
  await pickLevel(page, 'Residual impact', 'Insignificant (1)');
  expect(await page.getByTestId('score-residual').textContent()).toBe('Residual score: 1 × 1 = 1 Low');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText(`Saved “${title}”.`).waitFor();

  expect(await cellCount(page, likelihood, impact)).toBe(before.from - 1);
  expect(await cellCount(page, 1, 1)).toBe(before.to + 1);

  await page.reload();
  await page.getByTestId('risk-title').first().waitFor();
  expect(await cellCount(page, likelihood, impact)).toBe(before.from - 1);
  expect(await cellCount(page, 1, 1)).toBe(before.to + 1);
  await page.close();
});

test('two pages edit the same risk: the second save gets the conflict dialog with both versions', async () => {
  const first = await openRegister();
  const second = await openRegister();
  const title = (await first.getByTestId('risk-title').nth(1).textContent()) ?? '';

  await first.getByRole('button', { name: title, exact: true }).click();
  await second.getByRole('button', { name: title, exact: true }).click();

  await first.getByRole('textbox', { name: 'Title' }).fill(`${title} (renamed by the first page)`);
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await first.getByText(`Saved “${title} (renamed by the first page)”.`).waitFor();

  await pickLevel(second, 'Residual likelihood', 'Rare (1)');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = second.getByTestId('conflict-dialog');
  await dialog.waitFor();
  const titleRow = dialog.getByRole('row', { name: /^Title/ });
  expect(await titleRow.textContent()).toContain(`${title} (renamed by the first page)`);

  await second.getByRole('button', { name: 'Reload theirs' }).click();
  await second.getByTestId('conflict-dialog').waitFor({ state: 'detached' });
  expect(await second.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(`${title} (renamed by the first page)`);
  await first.close();
  await second.close();
});

test('a risk titled <img src=x onerror=alert(1)> shows as those characters and runs nothing', async () => {
  const title = '<img src=x onerror=alert(1)>';
  const risks = createRiskRepository(createSpListStore(spForWorkbench(workbenchSiteUrl(e2e.workbench.url))));
  unwrapWrites(
    await risks.add([
      {
        id: 'new',
        title,
        category: 'other',
        owner: { email: 'sara.lindqvist@contoso.example', displayName: 'Sara Lindqvist' },
        inherent: { likelihood: 5, impact: 5 },
        residual: { likelihood: 5, impact: 5 },
        mitigationActions: [],
        monitoringKpiIds: [],
        status: 'open',
        lastReviewedAt: null,
      },
    ]),
  );
  const page = await e2e.chromium.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html`);
  await page.getByRole('searchbox', { name: 'Search risks' }).fill('onerror');
  const shown = page.getByTestId('risk-title');
  await shown.first().waitFor();
  expect(await shown.allTextContents()).toEqual([title]);
  expect(await page.locator('[data-testid="risk-register"] img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(e2e.chromium.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  await page.close();
});

test('on a dark section (?theme=dark) the heading is light on dark and "review due" keeps 4.5:1 contrast', async () => {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html?theme=dark`);
  await page.getByTestId('risk-title').first().waitFor();

  const heading = await renderedColours(page.getByRole('heading', { name: 'Risk Register' }));
  // The dark theme's text #f3f2f1 (luminance 0.89) on #1f1e1d (0.013); the light theme's text is #323130 (0.03).
  expect(relativeLuminance(heading.text)).toBeGreaterThan(0.8);
  expect(relativeLuminance(heading.background)).toBeLessThan(0.05);
  // Fixed #a4262c on #1f1e1d would be 2.3:1; the theme's error colour #F1707B is 5.8:1.
  const reviewDue = await renderedColours(page.getByText(/· review due$/).first());
  expect(contrastRatio(reviewDue.text, reviewDue.background)).toBeGreaterThanOrEqual(4.5);
  await page.close();
});
