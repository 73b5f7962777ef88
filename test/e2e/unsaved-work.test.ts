/**
 * Unsaved work in Chromium against a seeded workbench (issue 14, "Unsaved work and consequences"):
 * an edited risk asks "Discard your changes?" before Escape, Cancel or the close button throw the
 * edits away, an MQA account with typed evidence does the same, and untouched ones close at once.
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

async function openFirstRisk(): Promise<Page> {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html`);
  await page.getByTestId('risk-title').first().click();
  await page.getByTestId('risk-editor').waitFor();
  return page;
}

async function editTitle(page: Page): Promise<string> {
  const title = page.getByRole('textbox', { name: 'Title' });
  const before = await title.inputValue();
  await title.fill(`${before} (edited)`);
  return before;
}

describe('an edited risk asks before its edits are discarded', () => {
  it.each([
    ['Escape', (page: Page) => page.keyboard.press('Escape')],
    ['Cancel', (page: Page) => page.getByRole('button', { name: 'Cancel', exact: true }).click()],
    ['the close button', (page: Page) => page.getByRole('button', { name: 'Close the editor without saving' }).click()],
  ])('%s asks "Discard your changes?" with Keep editing focused; Keep editing keeps the edit', async (_, close) => {
    const page = await openFirstRisk();
    const before = await editTitle(page);
    await close(page);

    // Fluent's modal root measures as hidden to Playwright; its title and buttons are what shows.
    const question = page.getByText('Discard your changes?', { exact: true });
    await question.waitFor();
    // Fluent's Dialog moves focus into itself a frame after it draws: wait for it (10 s at most), then check where it went.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Keep editing', undefined, { timeout: 10_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep editing');
    await page.getByRole('button', { name: 'Keep editing' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(`${before} (edited)`);
    await page.close();
  });

  it('Discard closes the editor and the list still shows the saved title', async () => {
    const page = await openFirstRisk();
    const before = await editTitle(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByTestId('risk-editor').waitFor({ state: 'detached' });
    expect(await page.getByTestId('risk-title').first().textContent()).toBe(before);
    await page.close();
  });

  it('Escape on an untouched risk closes at once, with no question', async () => {
    const page = await openFirstRisk();
    await page.keyboard.press('Escape');
    await page.getByTestId('risk-editor').waitFor({ state: 'detached' });
    expect(await page.getByText('Discard your changes?').count()).toBe(0);
    await page.close();
  });
});

describe('an MQA account with typed evidence asks before it closes', () => {
  async function openFirstAccount(): Promise<Page> {
    const page = await e2e.chromium.newPage();
    await page.goto(`${e2e.workbench.url}/webparts/mqa-file.html`);
    await page.getByTestId('account-link').first().click();
    await page.getByTestId('account-panel').waitFor();
    return page;
  }

  it('Escape after typing evidence for a stage move asks first; Discard then closes the panel', async () => {
    const page = await openFirstAccount();
    await page.getByTestId('stage-move-form').getByRole('textbox', { name: 'Evidence' }).fill('Met the CMO on 3 Dec');
    await page.keyboard.press('Escape');
    await page.getByText('Discard your changes?', { exact: true }).waitFor();
    expect(await page.getByTestId('account-panel').count()).toBe(1);
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByTestId('account-panel').waitFor({ state: 'detached' });
    await page.close();
  });

  it('Escape in the Correct dialog after typing a reason asks first; Keep editing keeps the dialog and the reason', async () => {
    const page = await openFirstAccount();
    await page.getByRole('button', { name: 'Correct the Original Lead Source' }).first().click();
    const dialog = page.getByTestId('correct-attribution-dialog');
    const reason = dialog.getByRole('textbox', { name: /^Reason for the correction/ });
    await reason.fill('The lead came from the March webinar');
    await page.keyboard.press('Escape');
    await page.getByText('Discard your changes?', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await reason.inputValue()).toBe('The lead came from the March webinar');
    await page.close();
  });

  it('the close button on an untouched account closes at once, with no question', async () => {
    const page = await openFirstAccount();
    await page.getByRole('button', { name: 'Close the account' }).click();
    await page.getByTestId('account-panel').waitFor({ state: 'detached' });
    expect(await page.getByText('Discard your changes?').count()).toBe(0);
    await page.close();
  });
});

describe('a direct request with unsaved triage asks before it closes', () => {
  async function openRequest(): Promise<Page> {
    const page = await e2e.chromium.newPage();
    await page.goto(`${e2e.workbench.url}/webparts/mqa-file.html`);
    await page.getByRole('tab', { name: 'Direct requests' }).click();
    await page.getByTestId('direct-requests-view').waitFor();
    await page.getByTestId('request-link').first().click();
    await page.getByTestId('direct-request-panel').waitFor();
    return page;
  }

  it('Escape after editing the outreach notes asks first; Keep editing keeps the panel and the typed notes', async () => {
    const page = await openRequest();
    const notes = page.getByTestId('direct-request-panel').getByRole('textbox', { name: 'Outreach notes' });
    await notes.fill('Called on 3 Dec, call back Friday');
    await page.keyboard.press('Escape');
    await page.getByText('Discard your changes?', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.getByTestId('direct-request-panel').count()).toBe(1);
    expect(await notes.inputValue()).toBe('Called on 3 Dec, call back Friday');
    await page.getByRole('button', { name: 'Close the request' }).click();
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByTestId('direct-request-panel').waitFor({ state: 'detached' });
    await page.close();
  });

  it('Escape on an untouched request closes at once, with no question', async () => {
    const page = await openRequest();
    await page.keyboard.press('Escape');
    await page.getByTestId('direct-request-panel').waitFor({ state: 'detached' });
    expect(await page.getByText('Discard your changes?').count()).toBe(0);
    await page.close();
  });
});
