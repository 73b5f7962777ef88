/**
 * Share to stage in Chromium against a seeded workbench: in the fake Teams host's side panel
 * "Share to stage" is offered (getAppContentStageSharingCapabilities says the user may share);
 * clicking it opens the stage frame (shareAppContentToStage), which shows the agenda as the stage.
 * A user who may not share (`&share=denied`) gets no button and one line saying who can.
 */
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(60_000);

const TODAY = '2026-12-07';
const env = useSeededWorkbenchAndChromium({ today: TODAY });

test('the side panel offers Share to stage, and the stage it opens shows the agenda of 7 Dec 2026 in the stage layout', async () => {
  const page = await env.chromium.newPage();
  await page.goto(`${env.workbench.url}/teams/host.html?frame=sidePanel&today=${TODAY}`);
  const panel = page.frameLocator('iframe[title="GTM Review tab"]');
  const share = panel.getByRole('button', { name: 'Share to stage' });
  await share.waitFor({ timeout: 20_000 });
  await share.click();
  await panel.getByText('On the stage for everyone in the meeting.').waitFor({ timeout: 10_000 });

  const stage = page.frameLocator('#stage-frame');
  await stage.locator('[data-testid="current-section"]').waitFor({ timeout: 20_000 });
  expect(await stage.locator('[data-testid="frame"]').textContent()).toBe('stage');
  expect(await stage.getByRole('heading', { level: 1 }).textContent()).toBe(`GTM Review ${TODAY}`);
  expect(await stage.locator('[data-testid="current-section"]').textContent()).toBe('1. KPI review');
  // the stage never offers to share itself
  expect(await stage.getByRole('button', { name: 'Share to stage' }).count()).toBe(0);
  expect(await page.locator('#host-status').textContent()).toBe('Shared to stage');
  expect(env.chromium.errors.filter((e) => !/valid origins|Failed to fetch|ERR_/i.test(e))).toEqual([]);
  await page.close();
});

test('a user who may not share sees no Share to stage button, and a line saying the organizer and presenters can', async () => {
  const page = await env.chromium.newPage();
  await page.goto(`${env.workbench.url}/teams/host.html?frame=sidePanel&share=denied&today=${TODAY}`);
  const panel = page.frameLocator('iframe[title="GTM Review tab"]');
  await panel.getByText(/only the organizer and presenters can/).waitFor({ timeout: 20_000 });
  expect(await panel.getByRole('button', { name: 'Share to stage' }).count()).toBe(0);
  await page.close();
});
