#!/usr/bin/env node
'use strict';
// `npm start`: builds what it needs (tsc -b and the host pages, a few seconds), then runs the
// workbench with the demo tenant (workbench/dist/start/main.js). `--no-build` skips the build.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const argv = process.argv.slice(2);
const build = !argv.includes('--no-build');
const args = argv.filter((a) => a !== '--no-build');

if (build && !args.includes('--help') && !args.includes('-h')) {
  process.stdout.write('Building (tsc -b)…\n');
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) {
    process.stderr.write(`${tsc.stdout}${tsc.stderr}The build failed (above); fix it, or run with --no-build to use the last build.\n`);
    process.exit(1);
  }
  process.stdout.write('Building the host pages (npm run build:ui)…\n');
  const ui = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-ui.js'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (ui.status !== 0) {
    process.stderr.write('The host pages did not build (above); fix it, or run with --no-build to use the last build.\n');
    process.exit(1);
  }
}

let start;
try {
  start = require('../dist/start/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/start/main.js')) {
    process.stderr.write('The workbench is not built yet: run `npm run build` at the repository root.\n');
    process.exit(1);
  }
  throw error;
}
start.run(args).catch((error) => {
  process.stderr.write(`npm start: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(1);
});
