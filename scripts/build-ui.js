#!/usr/bin/env node
'use strict';
// `npm run build:ui`: the browser builds the workbench serves (npm start runs it, npm test too):
// the web part pages, the Teams tab and the Excel add-in. Each surface owns its build script;
// this runs them in turn and stops at the first failure.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const STEPS = [
  ['SharePoint web part pages', 'workbench/pages/build.js'],
  ['Teams tab', 'teams-app/scripts/build-web.js'],
  ['Excel add-in', 'excel-addin/scripts/build.js'],
];

const quiet = process.argv.includes('--quiet');
for (const [name, script] of STEPS) {
  const file = path.join(ROOT, script);
  if (!existsSync(file)) {
    process.stderr.write(`build:ui: ${script} is missing (${name}).\n`);
    process.exit(1);
  }
  const started = Date.now();
  const r = spawnSync(process.execPath, [file], { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`build:ui: the ${name} build failed (${script}, exit ${r.status}).\n`);
    process.exit(r.status || 1);
  }
  if (!quiet) process.stdout.write(`build:ui: ${name} built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
