#!/usr/bin/env node
'use strict';
/**
 * `node test/bench/risk-register-render.js`: how long the Risk Register page takes to show its
 * first rows with 50 risks and with 5,000, in Debian Chromium, and the ratio (goal ≤ 2×: the
 * DetailsList virtualises, so only the rows in view are rendered whatever the register's size).
 *
 * For each size: a stand-in on a free port over a temp folder, the GTM lists provisioned, exactly
 * that many risks added over HTTP (batched), then the page opened 3 times in fresh tabs. The time is
 * from navigation start to the first risk row in the DOM (a MutationObserver stamps
 * `performance.now()`), so it covers the bundle, the list reads over HTTP (5,000 per page), zod
 * mapping, and the render. Best of 3 per size. Prints figures; asserts no timings.
 * Needs `npx tsc -b` and `node scripts/build-ui.js` (run here when their output is missing).
 */
/* global window, document, MutationObserver -- stampFirstRow and the waits run inside the page, not in node */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const SIZES = (process.env.RISK_BENCH_SIZES ?? '50,5000').split(',').map(Number);
const RUNS = 3;
const CATEGORIES = ['market-positioning', 'pipeline-generation', 'brand-perception', 'execution-capacity', 'channel-or-partner-dependency', 'other'];
const STATUSES = ['open', 'mitigating', 'accepted', 'closed'];

function ensureBuilt() {
  const steps = [
    [path.join(ROOT, 'workbench', 'dist', 'start', 'host-pages.js'), [require.resolve('typescript/bin/tsc'), '-b']],
    [path.join(ROOT, 'workbench', 'dist', 'webparts', 'risk-register.js'), [path.join(ROOT, 'scripts', 'build-ui.js')]],
  ];
  for (const [output, command] of steps) {
    if (fs.existsSync(output)) continue;
    const r = spawnSync(process.execPath, command, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${r.status})`);
  }
}

/** Deterministic risks: level pairs spread over the grid, residual never above inherent. */
function makeRisks(count) {
  const risks = [];
  for (let i = 0; i < count; i += 1) {
    const inherent = { likelihood: (i % 5) + 1, impact: (Math.floor(i / 5) % 5) + 1 };
    const residual = { likelihood: Math.max(1, inherent.likelihood - (i % 3)), impact: inherent.impact };
    risks.push({
      id: 'new',
      title: `Benchmark risk ${String(i + 1).padStart(4, '0')}: channel capacity shortfall in region ${(i % 12) + 1}`,
      description: 'Generated for the Risk Register render benchmark.',
      category: CATEGORIES[i % CATEGORIES.length],
      owner: { email: `owner${i % 20}@contoso.example`, displayName: `Owner ${i % 20}` },
      inherent,
      residual,
      mitigationActions: [{ title: 'Review the mitigation plan', owner: { email: `owner${i % 20}@contoso.example` }, dueDate: '2026-12-15', status: 'open' }],
      monitoringKpiIds: [],
      status: STATUSES[i % STATUSES.length],
      lastReviewedAt: '2026-11-10',
    });
  }
  return risks;
}

/** Stamps the moment the first risk row appears, before any page script runs. */
function stampFirstRow() {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="risk-title"]')) {
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function measureSize(size, chromium) {
  const { createWorkbenchServer } = require(path.join(ROOT, 'workbench', 'dist', 'server', 'server.js'));
  const { hostPageMounts, REPOSITORY_ROOT } = require(path.join(ROOT, 'workbench', 'dist', 'start', 'host-pages.js'));
  const shared = require('@gtm/shared');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-bench-risks-'));
  const server = await createWorkbenchServer({ port: 0, dataDir, mounts: hostPageMounts(REPOSITORY_ROOT) });
  try {
    const sp = shared.spForWorkbench(shared.workbenchSiteUrl(server.url));
    await shared.provision(sp, shared.GTM_LISTS);
    const risks = shared.createRiskRepository(shared.createSpListStore(sp));
    const addStart = performance.now();
    shared.unwrapWrites(await risks.add(makeRisks(size)));
    const addSeconds = (performance.now() - addStart) / 1000;

    const times = [];
    let renderedRows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const page = await chromium.newPage();
      await page.addInitScript(stampFirstRow);
      await page.goto(`${server.url}/webparts/risk-register.html`);
      try {
        await page.waitForFunction(() => window.__firstRowAt !== undefined, null, { timeout: 60_000 });
      } catch (error) {
        const shown = (await page.locator('#root').textContent())?.slice(0, 400);
        throw new Error(`no risk row after 60 s with ${size} risks; the page shows: ${shown}`, { cause: error });
      }
      times.push(await page.evaluate(() => window.__firstRowAt));
      renderedRows = await page.locator('[data-testid="risk-title"]').count();
      await page.close();
    }
    return { size, best: Math.min(...times), times, renderedRows, addSeconds };
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  ensureBuilt();
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results = [];
  try {
    for (const size of SIZES) {
      process.stdout.write(`risk-register-render: ${size} risks…\n`);
      results.push(await measureSize(size, context));
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }

  const rows = results.map((r) => [
    r.size.toLocaleString('en-US'),
    r.best.toFixed(0),
    r.times.map((t) => t.toFixed(0)).join(' / '),
    String(r.renderedRows),
    r.addSeconds.toFixed(1),
  ]);
  const header = ['Risks', 'First rows (ms, best)', `All ${RUNS} runs (ms)`, 'Rows in DOM', 'Seeding (s)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  process.stdout.write(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  const [small, large] = results;
  if (!small || !large) return;
  const ratio = large.best / small.best;
  process.stdout.write(
    `\nRatio ${large.size.toLocaleString('en-US')} / ${small.size} risks: ${ratio.toFixed(2)}× (goal ≤ 2×: ${ratio <= 2 ? 'met' : 'not met'}).\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`risk-register-render: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
