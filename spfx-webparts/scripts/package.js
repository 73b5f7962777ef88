#!/usr/bin/env node
'use strict';
// `npm run package [-- --only spfx]` at the root runs this: spfx-webparts/sharepoint/solution/gtm-suite.sppkg.
//   1. builds @gtm/shared (`tsc -b` at the root) when shared/dist is missing or older than its sources
//      (the SPFx build links ../shared), and its ES-module copy in shared/dist/esm, which the bundle
//      takes instead of the CommonJS one so webpack drops what the web parts do not use
//      (config/spfx-customize-webpack.js);
//   2. `npm install` inside spfx-webparts/ when node_modules is missing or older than package-lock.json
//      (SPFx has its own install, outside the root workspaces: TOOLCHAIN.md);
//   3. `heft build --clean --production` then `heft package-solution --production`.
// Heft's `build` phase does not run jest: the component tests run in the root jest (`npx jest spfx-webparts`).
// Every step fails loudly with its exit code; the end prints the package path and size.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const HERE = path.resolve(__dirname, '..');
const ROOT = path.resolve(HERE, '..');
const SPPKG = path.join(HERE, 'sharepoint', 'solution', 'gtm-suite.sppkg');

function run(label, command, args, cwd) {
  const started = Date.now();
  process.stdout.write(`spfx: ${label}\n`);
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, BROWSERSLIST_IGNORE_OLD_DATA: '1' } });
  if (r.error) fail(`${label}: could not start ${command} (${r.error.message})`);
  if (r.status !== 0) fail(`${label} failed (exit ${r.status}); see the output above.`);
  process.stdout.write(`spfx: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function fail(message) {
  process.stderr.write(`spfx package: ${message}\n`);
  process.exit(1);
}

/** Newest modification time of the files under `dir` with one of `extensions` (0 when none). */
function newestMtime(dir, extensions) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, extensions));
    else if (extensions.some((ext) => entry.name.endsWith(ext))) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const heft = path.join(HERE, 'node_modules', '@rushstack', 'heft', 'bin', 'heft');

// 1. @gtm/shared as CommonJS.
const sharedDist = path.join(ROOT, 'shared', 'dist', 'index.js');
if (!fs.existsSync(sharedDist) || newestMtime(path.join(ROOT, 'shared', 'src'), ['.ts']) > mtime(sharedDist)) {
  run('building @gtm/shared (tsc -b)', process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-b'], ROOT);
}
const sharedEsm = path.join(ROOT, 'shared', 'dist', 'esm');
if (!fs.existsSync(path.join(sharedEsm, 'index.js')) || newestMtime(path.join(ROOT, 'shared', 'src'), ['.ts']) > mtime(path.join(sharedEsm, 'index.js'))) {
  // The same sources and compiler options as shared/tsconfig.json, as ES modules, JavaScript only.
  const esmOptions = ['--module', 'es2020', '--outDir', sharedEsm, '--composite', 'false', '--incremental', 'false', '--declaration', 'false', '--declarationMap', 'false', '--sourceMap', 'false'];
  run('building @gtm/shared as ES modules (shared/dist/esm)', process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', path.join(ROOT, 'shared', 'tsconfig.json'), ...esmOptions], ROOT);
  // Its own package.json: every module of it is free of side effects (PnPjs's `import '@pnp/sp/webs'`
  // augmentations are PnPjs's modules, which keep theirs), so webpack may skip what nothing imports.
  fs.writeFileSync(path.join(sharedEsm, 'package.json'), `${JSON.stringify({ sideEffects: false }, null, 2)}\n`);
}

// 2. SPFx's own install.
const lock = path.join(HERE, 'package-lock.json');
const installed = path.join(HERE, 'node_modules', '.package-lock.json');
if (!fs.existsSync(heft) || mtime(installed) < mtime(lock) || mtime(installed) < mtime(path.join(HERE, 'package.json'))) {
  run('npm install in spfx-webparts (SPFx toolchain, about 90 s)', npm, ['install', '--no-audit', '--no-fund'], HERE);
}
if (!fs.existsSync(heft)) fail(`Heft is missing after npm install (${heft}).`);

// 3. Build and package.
run('heft build --clean --production', process.execPath, [heft, 'build', '--clean', '--production'], HERE);
run('heft package-solution --production', process.execPath, [heft, 'package-solution', '--production'], HERE);

if (!fs.existsSync(SPPKG)) fail(`package-solution finished but ${path.relative(ROOT, SPPKG)} is missing.`);
const kb = (fs.statSync(SPPKG).size / 1024).toFixed(0);
process.stdout.write(`spfx: ${path.relative(ROOT, SPPKG)} (${kb} KB)\n`);
