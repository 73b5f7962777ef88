/**
 * What each Teams frame downloads, in Chromium against a seeded workbench (issue 16): the stage
 * never fetches the capture forms' chunk, the side panel does, the configuration page fetches no
 * part of the review, the workbench never fetches MSAL, and no page fetches Fluent's ContextualMenu
 * (only a button with a menu would). Every Fluent icon drawn has its glyph:
 * the Teams bundles register only the MDL2 icons the tab draws (teams-app/scripts/bundle-plugins.js),
 * so one missing from that list would show as an empty <i data-icon-name>.
 */
import type { Page } from 'playwright-core';
import { useSeededWorkbenchAndChromium } from './support/seeded-workbench-and-chromium';

jest.setTimeout(90_000);

const TODAY = '2026-12-07';
const env = useSeededWorkbenchAndChromium({ today: TODAY });

/** The chunk names (`capture-forms` for chunks/CaptureForms-<hash>.js) a page requested so far. */
function chunksRequested(page: Page): () => string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return () => urls.map((url) => /\/teams\/chunks\/([A-Za-z-]+?)-[A-Z0-9]{8}\.js$/.exec(url)?.[1]).filter((name): name is string => name !== undefined);
}

/** Icons drawn in a frame without a glyph (an icon name Fluent has no registration for). */
async function emptyIcons(frame: ReturnType<Page['frameLocator']>): Promise<string[]> {
  const icons = frame.locator('i[data-icon-name]');
  const names = await icons.evaluateAll((nodes) => nodes.filter((n) => (n.textContent ?? '') === '').map((n) => n.getAttribute('data-icon-name') ?? ''));
  return names;
}

test('the stage draws the review without the capture forms chunk or MSAL, every icon with its glyph', async () => {
  const page = await env.chromium.newPage();
  const chunks = chunksRequested(page);
  await page.goto(`${env.workbench.url}/teams/host.html?frame=meetingStage&today=${TODAY}`);
  const stage = page.frameLocator('iframe[title="GTM Review tab"]');
  await stage.locator('[data-testid="current-section"]').waitFor({ timeout: 20_000 });
  await stage.getByText('Decided so far').waitFor();
  expect(chunks()).toEqual(expect.arrayContaining(['connect-host', 'review-page']));
  expect(chunks()).not.toContain('CaptureForms');
  expect(chunks()).not.toContain('dist'); // @azure/msal-browser's chunk
  expect(chunks()).not.toContain('ContextualMenu'); // no button of the tab opens a menu
  expect(await emptyIcons(stage)).toEqual([]);
  await page.close();
});

test('the side panel fetches the capture forms, and the due date calendar, checkboxes and owner picker draw their icons', async () => {
  const page = await env.chromium.newPage();
  const chunks = chunksRequested(page);
  await page.goto(`${env.workbench.url}/teams/host.html?frame=sidePanel&today=${TODAY}`);
  const panel = page.frameLocator('iframe[title="GTM Review tab"]');
  await panel.getByRole('textbox', { name: 'Decision' }).waitFor({ timeout: 20_000 });
  expect(chunks()).toContain('CaptureForms');
  expect(chunks()).not.toContain('dist');
  // The DatePicker's calendar (previous/next month, close) opens from its calendar icon.
  await panel.locator('i[data-icon-name="Calendar"]').first().click();
  await panel.getByRole('button', { name: /Go to today/ }).waitFor();
  expect(await panel.locator('i[data-icon-name]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-icon-name')))).toEqual(
    expect.arrayContaining(['CheckMark', 'ChevronDown', 'Calendar', 'Up', 'Down']),
  );
  expect(await emptyIcons(panel)).toEqual([]);
  await page.close();
});

test('the configuration page fetches no part of the review, and its dropdowns draw their chevrons', async () => {
  const page = await env.chromium.newPage();
  const chunks = chunksRequested(page);
  await page.goto(`${env.workbench.url}/teams/host.html?page=config`);
  const config = page.frameLocator('iframe');
  await config.locator('i[data-icon-name="ChevronDown"]').first().waitFor({ timeout: 20_000 });
  expect(chunks()).toEqual(expect.arrayContaining(['connect-host', 'config-page']));
  expect(chunks()).not.toContain('review-page');
  expect(chunks()).not.toContain('CaptureForms');
  expect(chunks()).not.toContain('ContextualMenu');
  expect(await emptyIcons(config)).toEqual([]);
  await page.close();
});
