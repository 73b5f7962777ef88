#!/usr/bin/env node
'use strict';
// `node test/bench/webpart-bundles.js [--build]`: the size of each web part's production bundle,
// minified and gzipped (zlib, level 9), as a table. Prints, never asserts.
//   SPFx bundles:        spfx-webparts/dist/<bundle>_<hash>.js   (`npm run package -- --only spfx`; --build runs it)
//   Workbench pages:     workbench/dist/webparts/<page>.js       (built by workbench/pages/build.js when missing)
// React and react-dom are SharePoint's (externals) in the SPFx bundles but bundled in the pages.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..', '..');
const SPFX_DIST = path.join(ROOT, 'spfx-webparts', 'dist');
const PAGES_DIST = path.join(ROOT, 'workbench', 'dist', 'webparts');
const WEB_PARTS = [
  { name: 'GTM Control Plane', spfx: 'gtm-control-plane-web-part', page: 'control-plane' },
  { name: 'Risk Register', spfx: 'gtm-risk-register-web-part', page: 'risk-register' },
  { name: 'MQA file', spfx: 'gtm-mqa-file-web-part', page: 'mqa-file' },
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

/** The newest `<prefix>_<hash>.js` in dist (a rebuild leaves one per bundle after --clean). */
function spfxBundle(prefix) {
  if (!fs.existsSync(SPFX_DIST)) return undefined;
  const files = fs.readdirSync(SPFX_DIST).filter((f) => f.startsWith(`${prefix}_`) && f.endsWith('.js'));
  files.sort((a, b) => fs.statSync(path.join(SPFX_DIST, b)).mtimeMs - fs.statSync(path.join(SPFX_DIST, a)).mtimeMs);
  return files[0] ? path.join(SPFX_DIST, files[0]) : undefined;
}

function measure(file) {
  if (!file || !fs.existsSync(file)) return undefined;
  const bytes = fs.readFileSync(file);
  return { minified: bytes.length, gzipped: zlib.gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => (n === undefined ? 'n/a' : (n / 1024).toFixed(1));
const rows = [];
for (const wp of WEB_PARTS) {
  const spfx = measure(spfxBundle(wp.spfx));
  const page = measure(path.join(PAGES_DIST, `${wp.page}.js`));
  rows.push([wp.name, 'SPFx (.sppkg)', kb(spfx?.minified), kb(spfx?.gzipped)]);
  rows.push([wp.name, 'workbench page', kb(page?.minified), kb(page?.gzipped)]);
}

const header = ['Web part', 'Bundle', 'Minified KB', 'Gzipped KB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
process.stdout.write(`${line(header)}\n| ${widths.map((w, i) => (i >= 2 ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
if (!spfxBundle(WEB_PARTS[0].spfx)) process.stdout.write('\nSPFx bundles not built: run `npm run package -- --only spfx` (or pass --build).\n');
process.stdout.write('\nSPFx bundles get React and react-dom from SharePoint; the workbench pages bundle them (~130 KB minified).\n');
