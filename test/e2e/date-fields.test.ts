/**
 * Date inputs in Chromium against a seeded workbench (issue 14): a mitigation's due date is a date
 * picker (a calendar button) that also takes typing in the user's locale: 30.11.2026 in de-DE,
 * 11/30/2026 in en-US; what is typed in the other order is refused, saying what to type. The Teams
 * tab's action due date does the same in the locale of the Teams context (the fake host's `?locale=`).
 */
import type { Page } from './support/browser';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const e2e = useSeededWorkbenchAndChromium();

/** The day before the demo tenant's today, as [year, month, day]. */
function yesterday(): [string, string, string] {
  const d = new Date(`${e2e.workbench.today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const iso = d.toISOString().slice(0, 10);
  return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
}

async function newMitigation(locale: string): Promise<Page> {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/webparts/risk-register.html?locale=${locale}`);
  await page.getByTestId('risk-title').first().click();
  await page.getByTestId('risk-editor').waitFor();
  await page.getByRole('button', { name: 'Add mitigation action' }).click();
  return page;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

test('in de-DE a due date typed as DD.MM.YYYY is read as that day (an open action due yesterday is flagged overdue)', async () => {
  const page = await newMitigation('de-DE');
  const action = page.getByTestId('mitigation-action').last();
  const due = action.getByRole('combobox', { name: /due date/ });
  // A date picker: the field opens a calendar from its button, and typing is allowed.
  expect(await action.locator('i[data-icon-name="Calendar"]').count()).toBe(1);
  expect(await due.getAttribute('placeholder')).toBe('DD.MM.YYYY');

  const [y, m, d] = yesterday();
  await due.fill(`${d}.${m}.${y}`);
  await due.press('Tab');
  expect(await due.inputValue()).toBe(`${d}.${m}.${y}`);
  const flag = (await action.getByTestId('mitigation-overdue').textContent()) ?? '';
  expect(flag).toContain(`Overdue since ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`);
  await page.close();
});

test('in en-US the same day is typed MM/DD/YYYY, and DD/MM/YYYY is refused saying what to type', async () => {
  const page = await newMitigation('en-US');
  const action = page.getByTestId('mitigation-action').last();
  const due = action.getByRole('combobox', { name: /due date/ });
  await due.fill('30/11/2026');
  await due.press('Tab');
  await action.getByText('“30/11/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.').waitFor();

  await due.fill('11/30/2026');
  await due.press('Tab');
  expect(await due.inputValue()).toBe('11/30/2026');
  expect(await action.getByText(/is not a date/).count()).toBe(0);
  await page.close();
});

/**
 * The Teams side panel in the fake Teams host, its context's locale `locale`, with the action `title`
 * typed and its owner picked (the device keeps the review's captures between pages: a title per test).
 */
async function teamsActionForm(locale: string, title: string): Promise<{ page: Page; tab: ReturnType<Page['frameLocator']> }> {
  const page = await e2e.chromium.newPage();
  await page.goto(`${e2e.workbench.url}/teams/host.html?frame=sidePanel&locale=${locale}&today=${e2e.workbench.today}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="current-section"]').waitFor({ timeout: 20_000 });
  await tab.getByRole('textbox', { name: 'Action', exact: true }).fill(title);
  await tab.getByRole('combobox', { name: 'Owner' }).pressSequentially('ricci');
  await tab.getByRole('option', { name: /^Elena Ricci/ }).click();
  return { page, tab };
}

test("in the Teams tab with Teams set to de-DE, the action's due date is a date picker where 21.12.2026 is typed and recorded as 2026-12-21", async () => {
  const { page, tab } = await teamsActionForm('de-DE', 'Send the pipeline deck');
  const due = tab.getByRole('combobox', { name: 'Due date' });
  expect(await due.getAttribute('placeholder')).toBe('DD.MM.YYYY');
  expect(await tab.locator('form[aria-label="Record an action"] i[data-icon-name="Calendar"]').count()).toBe(1);
  await due.fill('21.12.2026');
  await due.press('Tab');
  expect(await due.inputValue()).toBe('21.12.2026');
  await tab.getByRole('button', { name: 'Record action' }).click();
  expect(await tab.locator('[data-testid="captured"]').textContent()).toContain('Send the pipeline deck — Elena Ricci, due 2026-12-21');
  await page.close();
});

test('in the Teams tab with Teams set to en-US, 21/12/2026 is refused on the field saying to type MM/DD/YYYY, and no action is recorded', async () => {
  const { page, tab } = await teamsActionForm('en-US', 'Send the partner deck');
  const due = tab.getByRole('combobox', { name: 'Due date' });
  expect(await due.getAttribute('placeholder')).toBe('MM/DD/YYYY');
  await due.fill('21/12/2026');
  await due.press('Tab');
  await tab.getByText('“21/12/2026” is not a date: type it as MM/DD/YYYY, e.g. 11/22/2026.').waitFor();
  await tab.getByRole('button', { name: 'Record action' }).click();
  expect(await tab.locator('[data-testid="captured"]').textContent()).not.toContain('Send the partner deck');
  await page.close();
});

describe('every date input of the web parts is a date picker that takes typing in the user\'s locale (de-DE here)', () => {
  test.each([
    ["the Risk Register's Last reviewed", '/webparts/risk-register.html', ['risk-title'], null, /^Last reviewed/],
    ["the Control Plane's follow-up action due date", '/webparts/control-plane.html', [], null, /^Due date/],
    ["the MQA file's correction of an Original Lead Source date", '/webparts/mqa-file.html', ['account-link'], 'Correct the Original Lead Source date', /^New Original Lead Source date/],
  ] as const)('%s', async (_name, path, clickTestIds, button, label) => {
    const page = await e2e.chromium.newPage();
    await page.goto(`${e2e.workbench.url}${path}?locale=de-DE`);
    for (const id of clickTestIds) await page.getByTestId(id).first().click();
    if (button !== null) await page.getByRole('button', { name: button }).first().click();
    const field = page.getByRole('combobox', { name: label });
    await field.waitFor({ timeout: 20_000 });
    // A date picker: the field and its calendar button, the locale's pattern as placeholder; no plain or native date input left.
    const picker = page.locator('.ms-DatePicker', { has: field });
    expect(await picker.locator('i[data-icon-name="Calendar"]').count()).toBe(1);
    expect(await field.getAttribute('placeholder')).toBe('DD.MM.YYYY');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await field.fill('21.12.2026');
    await field.press('Tab');
    expect(await field.inputValue()).toBe('21.12.2026');
    await field.fill('12/21/2026');
    await field.press('Tab');
    await page.getByText('“12/21/2026” is not a date: type it as DD.MM.YYYY, e.g. 22.11.2026.').waitFor();
    await page.close();
  });
});
