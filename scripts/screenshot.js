#!/usr/bin/env node
'use strict';
// Screenshots for the READMEs, of the real pages over the demo tenant:
//   node scripts/screenshot.js <url-path> <out.png> [--wait <css>] [--wait-frame <css>] [--click <css>]... [--after <css>] [--width 1280] [--height 900] [--full-page]
// Starts a seeded workbench on a free port over a temp folder (needs `npm run build` first), opens the
// path in Debian Chromium, waits for the selector (and network idle; `--wait-frame` waits inside the
// page's first iframe, e.g. the tab in the fake Teams host), clicks in order, waits for
// `--after` (what the clicks should bring, e.g. a finished message), saves the PNG.
const { mkdtempSync, rmSync, mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      wait: { type: 'string' },
      'wait-frame': { type: 'string' },
      click: { type: 'string', multiple: true },
      after: { type: 'string' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '900' },
      'full-page': { type: 'boolean', default: false },
    },
  });
  const [urlPath, out] = positionals;
  if (!urlPath || !out) {
    process.stderr.write('Usage: node scripts/screenshot.js <url-path> <out.png> [--wait <css>] [--wait-frame <css>] [--click <css>]... [--after <css>] [--width N] [--height N] [--full-page]\n');
    process.exit(2);
  }
  const { startDemoWorkbench, localDay } = require(path.join(ROOT, 'workbench/dist/start/start.js'));
  const { chromium } = require('playwright-core');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gtm-shot-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'gtm-shot-profile-'));
  const { server } = await startDemoWorkbench({ port: 0, dataDir, today: localDay(new Date()), out: () => undefined });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: Number(values.width), height: Number(values.height) },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${urlPath.startsWith('/') ? '' : '/'}${urlPath}`, { waitUntil: 'networkidle' });
    if (values.wait) await page.waitForSelector(values.wait, { timeout: 20_000 });
    if (values['wait-frame']) await page.frameLocator('iframe').first().locator(values['wait-frame']).first().waitFor({ timeout: 20_000 });
    for (const selector of values.click ?? []) {
      await page.click(selector);
      await page.waitForLoadState('networkidle');
    }
    if (values.after) await page.waitForSelector(values.after, { timeout: 30_000 });
    await page.waitForTimeout(300); // let transitions settle
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    await page.screenshot({ path: out, fullPage: values['full-page'] });
    process.stdout.write(`Saved ${out}\n`);
  } finally {
    await context.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`screenshot: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(1);
});
