#!/usr/bin/env node
'use strict';
// `node test/bench/webpart-bundles.js [--build]`: the script a SharePoint page with one, two or three
// GTM web parts downloads, minified and gzipped (zlib, level 9), beside the goal (issue 16: ≤ 300 KB
// gzipped with all three on one page). Prints, never asserts.
//   SPFx: spfx-webparts/dist/ and temp/chunk-groups.json (`npm run package -- --only spfx`; --build runs it).
//     The three web parts are one bundle (config/config.json); each web part's view and the parts it
//     opens on demand (editor panels, dialogs) are webpack chunks. chunk-groups.json (written by
//     config/spfx-customize-webpack.js) names the files each needs; a file two web parts need counts once.
//   Workbench pages: workbench/dist/webparts/<page>.js (built by workbench/pages/build.js when missing),
//     one esbuild file per page with React and react-dom, which the SPFx bundles get from SharePoint.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..', '..');
const SPFX_DIST = path.join(ROOT, 'spfx-webparts', 'dist');
const CHUNK_GROUPS = path.join(ROOT, 'spfx-webparts', 'temp', 'chunk-groups.json');
const PAGES_DIST = path.join(ROOT, 'workbench', 'dist', 'webparts');
const GOAL_ALL_THREE_GZIP_KB = 300;
/** The bundle (config/config.json) and each web part's view chunk (its `webpackChunkName`). */
const BUNDLE = 'gtm-suite-web-parts';
const WEB_PARTS = [
  { name: 'GTM Control Plane', short: 'CP', view: 'gtm-control-plane-view', page: 'control-plane' },
  { name: 'Risk Register', short: 'RR', view: 'gtm-risk-register-view', page: 'risk-register' },
  { name: 'MQA file', short: 'MQA', view: 'gtm-mqa-file-view', page: 'mqa-file' },
];

function runNode(script, args = []) {
  const r = spawnSync(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`webpart-bundles: ${script} failed (exit ${r.status}).\n`);
    process.exit(1);
  }
}

if (process.argv.includes('--build')) runNode('scripts/package.js', ['--only', 'spfx']);
if (!fs.existsSync(path.join(PAGES_DIST, 'control-plane.js'))) runNode('workbench/pages/build.js');

const sizes = new Map();
/** Minified and gzipped bytes of one file (cached: shared chunks are read once). */
function measure(file) {
  if (!sizes.has(file)) {
    const bytes = fs.readFileSync(file);
    sizes.set(file, { minified: bytes.length, gzipped: zlib.gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
}

/** Total of a set of files: what a page downloads (each file once, however many web parts need it). */
function total(files) {
  let minified = 0;
  let gzipped = 0;
  for (const file of files) {
    const size = measure(file);
    minified += size.minified;
    gzipped += size.gzipped;
  }
  return { minified, gzipped };
}

const kb = (n) => (n / 1024).toFixed(1);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = (i) => i > 0 && rows.every((r) => /^[\d.,]+$|^n\/a$/.test(r[i]) || r[i] === '');
  const line = (cells) => `| ${cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  process.stdout.write(`${line(header)}\n| ${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

/** The chunk map of the last SPFx build, or undefined (not built, or built before the one-bundle layout). */
function chunkGroups() {
  if (!fs.existsSync(CHUNK_GROUPS)) return undefined;
  const groups = JSON.parse(fs.readFileSync(CHUNK_GROUPS, 'utf8'));
  if (!groups[BUNDLE]) return undefined;
  const files = (name) => (groups[name]?.files ?? []).map((file) => path.join(SPFX_DIST, file));
  const all = [...new Set(Object.values(groups).flatMap((g) => g.files))].map((file) => path.join(SPFX_DIST, file));
  if (!all.every((file) => fs.existsSync(file))) return undefined;
  return { groups, files };
}

const spfx = chunkGroups();
if (spfx) {
  // What a page loads before the web parts draw: the bundle, then each web part's view chunk group.
  const pageFiles = (parts) => new Set([...spfx.files(BUNDLE), ...parts.flatMap((wp) => spfx.files(wp.view))]);
  const pages = [
    ...WEB_PARTS.map((wp) => [wp]),
    [WEB_PARTS[0], WEB_PARTS[1]],
    [WEB_PARTS[0], WEB_PARTS[2]],
    [WEB_PARTS[1], WEB_PARTS[2]],
    WEB_PARTS,
  ];
  const rows = pages.map((parts) => {
    const { minified, gzipped } = total(pageFiles(parts));
    const goal = parts.length === 3 ? `≤ ${GOAL_ALL_THREE_GZIP_KB}: ${gzipped / 1024 <= GOAL_ALL_THREE_GZIP_KB ? 'met' : 'NOT met'}` : '';
    return [`${parts.length}: ${parts.map((wp) => wp.name).join(' + ')}`, String(pageFiles(parts).size), kb(minified), kb(gzipped), goal];
  });
  process.stdout.write('SharePoint page with GTM web parts (SPFx .sppkg; React from SharePoint): script loaded before they draw\n\n');
  table(['Web parts on the page', 'Files', 'Minified KB', 'Gzipped KB', 'Goal, gzipped KB'], rows);

  // The parts fetched when a user first opens them, beyond what the page already holds.
  const views = new Set(WEB_PARTS.map((wp) => wp.view));
  const onDemand = Object.entries(spfx.groups).filter(([name, group]) => name !== BUNDLE && !views.has(name) && !group.initial);
  if (onDemand.length > 0) {
    /** Every chunk group `name` is imported from, directly or through other lazy parts. */
    const ancestors = (name, seen = new Set()) => {
      for (const parent of spfx.groups[name]?.parents ?? []) if (!seen.has(parent)) ancestors(parent, seen.add(parent));
      return seen;
    };
    const rowsOnDemand = onDemand.map(([name]) => {
      const above = ancestors(name);
      const owners = WEB_PARTS.filter((wp) => above.has(wp.view));
      // The most it adds to a page holding one web part that opens it.
      let worst = { minified: 0, gzipped: 0 };
      for (const owner of owners.length > 0 ? owners : WEB_PARTS) {
        const page = pageFiles([owner]);
        const extra = total(spfx.files(name).filter((file) => !page.has(file)));
        if (extra.gzipped > worst.gzipped) worst = extra;
      }
      return [name, owners.map((wp) => wp.short).join(', ') || 'all', kb(worst.minified), kb(worst.gzipped)];
    });
    process.stdout.write('\nOn demand: fetched when first opened, beyond what a page with one web part that opens it holds\n\n');
    table(['Part', 'Opened in', 'Minified KB', 'Gzipped KB'], rowsOnDemand);
  }
} else {
  process.stdout.write('SPFx bundles not built (or built before the one-bundle layout): run `npm run package -- --only spfx` (or pass --build).\n');
}

const pageRows = WEB_PARTS.map((wp) => {
  const file = path.join(PAGES_DIST, `${wp.page}.js`);
  const size = fs.existsSync(file) ? measure(file) : undefined;
  return [wp.name, size ? kb(size.minified) : 'n/a', size ? kb(size.gzipped) : 'n/a'];
});
process.stdout.write('\nWorkbench pages (esbuild, one file per page, React and react-dom included: ~130 KB minified)\n\n');
table(['Web part', 'Minified KB', 'Gzipped KB'], pageRows);
