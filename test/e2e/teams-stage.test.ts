/**
 * The stage in Chromium against a seeded workbench. The presenter's device has two frames of the
 * tab, the side panel and the stage (two pages of one browser profile here): a decision recorded
 * in the side panel appears on the stage without a reload, moving to section 2 highlights it
 * there, and a reload of the side panel keeps the section and its minutes. And the stage's status
 * words are readable in the three Teams themes (measured as Chromium renders them).
 */
import type { Page } from './support/browser';
import { contrastRatio, renderedColours } from './support/colours';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const TODAY = '2026-12-07';
const env = useSeededWorkbenchAndChromium({ today: TODAY });

async function openTab(frame: 'sidePanel' | 'meetingStage', theme = 'default'): Promise<{ page: Page; tab: ReturnType<Page['frameLocator']> }> {
  const page = await env.chromium.newPage();
  await page.goto(`${env.workbench.url}/teams/host.html?frame=${frame}&theme=${theme}&today=${TODAY}`);
  const tab = page.frameLocator('iframe');
  await tab.locator('[data-testid="current-section"]').waitFor({ timeout: 20_000 });
  return { page, tab };
}

test('the status words on the stage have 4.5:1 contrast or more in the default, dark and high-contrast themes', async () => {
  const figures: string[] = [];
  for (const theme of ['default', 'dark', 'contrast']) {
    const { page, tab } = await openTab('meetingStage', theme);
    const offTrack = tab.locator('[data-testid="kpi-table"] tbody tr[data-status="off-track"] td').nth(3);
    const onTrackLine = tab.locator('[data-testid="kpi-table"] tbody tr[data-status="on-track-line"] td').first();
    expect(await offTrack.textContent()).toBe('Off track');
    for (const [name, cell] of [['off track', offTrack], ['on track', onTrackLine]] as const) {
      const { text, background } = await renderedColours(cell);
      const ratio = contrastRatio(text, background);
      figures.push(`${theme} ${name}: rgb(${text.join(',')}) on rgb(${background.join(',')}) ${ratio.toFixed(2)}:1`);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
  }
  process.stdout.write(`Stage status contrast:\n  ${figures.join('\n  ')}\n`);
});

test('the stage follows the side panel of the same device: the decision, the selected KPI, section 2, without a reload', async () => {
  const stage = await openTab('meetingStage');
  const panel = await openTab('sidePanel');
  expect(await stage.tab.locator('[data-testid="captured"]').textContent()).toContain('No decision or action recorded yet.');

  const firstKpi = panel.tab.locator('[data-testid="kpi-table"] tbody tr').first().getByRole('button');
  const kpiTitle = String(await firstKpi.textContent());
  await firstKpi.click();
  await stage.tab.getByRole('button', { name: kpiTitle, pressed: true }).waitFor({ timeout: 10_000 });

  await panel.tab.getByRole('textbox', { name: 'Decision' }).fill('Move 10% of the events budget to paid search');
  await panel.tab.getByRole('button', { name: 'Record decision' }).click();
  const decided = stage.tab.locator('[data-testid="captured"] li', { hasText: 'Move 10% of the events budget to paid search' });
  await decided.waitFor({ timeout: 10_000 });
  expect(await decided.textContent()).toBe(`Decision: Move 10% of the events budget to paid search (${kpiTitle})`);

  await panel.tab.getByRole('button', { name: 'Next section' }).click();
  await stage.tab.locator('[data-testid="current-section"]', { hasText: '2. Risks' }).waitFor({ timeout: 10_000 });
  expect(await stage.tab.locator('[aria-current="step"]').textContent()).toMatch(/^2\. Risks/);

  // Teams reopening the side panel: still on the risks, the decision still there.
  await panel.page.reload();
  const reopened = panel.page.frameLocator('iframe');
  await reopened.locator('[data-testid="current-section"]').waitFor({ timeout: 20_000 });
  expect(await reopened.locator('[data-testid="current-section"]').textContent()).toBe('2. Risks');
  expect(await stage.tab.locator('[data-testid="captured"]').textContent()).toContain('Move 10% of the events budget to paid search');
  expect(env.chromium.errors.filter((e) => !/valid origins|Failed to fetch|ERR_/i.test(e))).toEqual([]);
  await stage.page.close();
  await panel.page.close();
});
