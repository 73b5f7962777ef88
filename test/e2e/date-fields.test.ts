/**
 * Date inputs in Chromium against a seeded workbench (issue 14): a mitigation's due date is a date
 * picker (a calendar button) that also takes typing in the user's locale: 30.11.2026 in de-DE,
 * 11/30/2026 in en-US; what is typed in the other order is refused, saying what to type.
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
