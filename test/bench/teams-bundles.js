#!/usr/bin/env node
'use strict';
// `node test/bench/teams-bundles.js [--no-build]`: the JavaScript each Teams page loads, minified and
// gzipped (zlib level 9, as webpart-bundles.js), from a fresh `teams-app/scripts/build-web.js`
// (its metafiles in teams-app/build/meta/). Prints, never asserts.
//   up front     the page's entry and every chunk it imports statically: what runs before the
//                first draw ("Connecting to Teams…"); the goal (issue 16) is ≤ 400 KB
//   + view       and then, fetched at once in parallel, connecting to Teams and the page's view
//                (the review, or the configuration page): everything its first screen needs
//   + forms      the capture forms, which the side panel and the channel tab draw, the stage not
//   sign-in      MSAL, fetched on the first Graph call inside Teams (the workbench never loads it)
// A chunk two rows share is counted once in each row's total (rows are cumulative, not sums).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'teams-app', 'build', 'web');
const META = path.join(ROOT, 'teams-app', 'build', 'meta');
const GOAL_KB = 400;

if (!process.argv.includes('--no-build') || !fs.existsSync(path.join(META, 'index.json'))) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'teams-app', 'scripts', 'build-web.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`teams-bundles: the Teams build failed (exit ${r.status}).\n`);
    process.exit(1);
  }
}

/** The metafile's outputs, keyed by path relative to ROOT (as esbuild writes them with absWorkingDir ROOT). */
const metaOf = (page) => JSON.parse(fs.readFileSync(path.join(META, `${page}.json`), 'utf8'));

/** `file` and every chunk it imports statically, as a set of output paths. */
function staticClosure(meta, file, into = new Set()) {
  if (into.has(file) || !meta.outputs[file]) return into;
  into.add(file);
  for (const imported of meta.outputs[file].imports) if (imported.kind === 'import-statement') staticClosure(meta, imported.path, into);
  return into;
}

/** The output chunk a dynamic `import()` of `source` became (its metafile `entryPoint`). */
function chunkFor(meta, source) {
  const found = Object.entries(meta.outputs).find(([file, info]) => file.endsWith('.js') && info.entryPoint !== undefined && source.test(info.entryPoint));
  if (!found) throw new Error(`teams-bundles: no chunk for ${source} in the metafile (was it renamed?)`);
  return found[0];
}

const sizes = new Map();
function measure(file) {
  if (!sizes.has(file)) {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    sizes.set(file, { minified: bytes.length, gzipped: zlib.gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
}
const total = (files) => [...files].reduce((sum, f) => ({ minified: sum.minified + measure(f).minified, gzipped: sum.gzipped + measure(f).gzipped }), { minified: 0, gzipped: 0 });
const union = (...sets) => new Set(sets.flatMap((s) => [...s]));

const rows = [];
function pageRows(page, steps) {
  const meta = metaOf(page);
  let loaded = staticClosure(meta, path.relative(ROOT, path.join(WEB, `${page}.js`)));
  const upFront = total(loaded);
  rows.push({ page: `${page}.html`, what: 'up front (before the first draw)', ...upFront, files: loaded.size, goal: `≤ ${GOAL_KB} KB`, met: upFront.minified <= GOAL_KB * 1024 });
  for (const { what, sources, cumulative = true } of steps) {
    const chunks = union(...sources.map((s) => staticClosure(meta, chunkFor(meta, s))));
    const files = cumulative ? union(loaded, chunks) : new Set([...chunks].filter((f) => !loaded.has(f)));
    if (cumulative) loaded = files;
    rows.push({ page: '', what, ...total(files), files: files.size, goal: '', met: null });
  }
}

const CONNECT = /teams-app\/src\/host\/connect-host\.ts$/;
const MSAL = /@azure\/msal-browser\/dist\/index\.mjs$/;
pageRows('index', [
  { what: '+ connecting, the review: the stage', sources: [CONNECT, /teams-app\/src\/review-page\.tsx$/] },
  { what: '+ capture forms: side panel, channel tab', sources: [/teams-app\/src\/review\/CaptureForms\.tsx$/] },
  { what: 'sign-in inside Teams (MSAL), on demand', sources: [MSAL], cumulative: false },
]);
pageRows('config', [
  { what: '+ connecting, the configuration page', sources: [CONNECT, /teams-app\/src\/config-page\.tsx$/] },
  { what: 'sign-in inside Teams (MSAL), on demand', sources: [MSAL], cumulative: false },
]);

const kb = (n) => (n / 1024).toFixed(1);
const header = ['Page', 'Loads', 'Files', 'Minified KB', 'Gzipped KB', 'Goal (minified)'];
const cells = rows.map((r) => [r.page, r.what, String(r.files), kb(r.minified), kb(r.gzipped), r.goal ? `${r.goal} ${r.met ? 'met' : 'NOT met'}` : '']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const numeric = (i) => i >= 2 && i <= 4;
const line = (c) => `| ${c.map((x, i) => (numeric(i) ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ')} |`;
process.stdout.write('Teams tab JavaScript per page (teams-app/build/web, minified; gzipped at level 9)\n');
process.stdout.write(`${line(header)}\n| ${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |\n`);
for (const c of cells) process.stdout.write(`${line(c)}\n`);
