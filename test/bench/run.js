'use strict';
/**
 * `npm run bench`: gtm attribute vs an idiomatic pandas script on 1,000,000 touchpoints.
 *
 * Generates bench-data/touchpoints-1m.csv once (seeded, ~60 MB, git-ignored), builds the CLI,
 * then times each tool as a spawned process (wall clock, best of 3; peak RSS from /usr/bin/time),
 * checks both give the same credits, and prints a table. It prints figures; it asserts no timings.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { generateTouchpoints } = require('./generate');

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(ROOT, 'bench-data');
const ROWS = 1_000_000;
const GENERATOR_VERSION = '1';
const CSV = path.join(DATA_DIR, 'touchpoints-1m.csv');
const GTM = path.join(ROOT, 'workbench', 'bin', 'gtm.js');
const PANDAS = path.join(__dirname, 'attribution_pandas.py');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const RUNS = 3;

function ensureData() {
  const stamp = `${CSV}.done`;
  const want = `${GENERATOR_VERSION} ${ROWS}`;
  if (fs.existsSync(CSV) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const started = Date.now();
  const { journeys, converting, bytes } = generateTouchpoints(CSV, ROWS);
  fs.writeFileSync(stamp, want);
  console.log(
    `generated ${path.relative(ROOT, CSV)}: ${ROWS.toLocaleString('en')} touchpoints, ` +
      `${journeys.toLocaleString('en')} journeys (${converting.toLocaleString('en')} converting), ` +
      `${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

function build() {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) {
    console.log(`warning: tsc -b failed; benchmarking the existing build\n${tsc.stdout}${tsc.stderr}`);
  }
  if (!fs.existsSync(path.join(ROOT, 'workbench', 'dist', 'cli', 'main.js'))) {
    throw new Error('workbench/dist/cli/main.js is missing: run `npm run build`');
  }
}

const hasTime = fs.existsSync(TIME);

/** Runs a command once: wall seconds, peak RSS in MB (null without /usr/bin/time), stdout. */
function runOnce(command, args) {
  const [cmd, argv] = hasTime ? [TIME, ['-f', '__maxrss_kb=%M', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /__maxrss_kb=(\d+)/.exec(child.stderr ?? '');
  if (child.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
  }
  return { seconds, rssMb: match ? Number(match[1]) / 1024 : null, stdout: child.stdout };
}

/** Best wall time of `runs`; the largest peak RSS seen. */
function bestOf(runs, command, args) {
  let best = null;
  let rssMb = null;
  for (let i = 0; i < runs; i++) {
    const run = runOnce(command, args);
    if (run.rssMb !== null) rssMb = Math.max(rssMb ?? 0, run.rssMb);
    if (best === null || run.seconds < best.seconds) best = run;
  }
  return { ...best, rssMb };
}

function hasPandas() {
  if (!fs.existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

/** Same channels, credits within 1e-6 relative, same total. Returns the problems found. */
function compare(a, b) {
  const problems = [];
  const close = (x, y) => Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y), 1e-12);
  if (!close(a.total, b.total)) problems.push(`total ${a.total} vs ${b.total}`);
  const bByChannel = new Map(b.channels.map((c) => [c.channel, c]));
  for (const c of a.channels) {
    const other = bByChannel.get(c.channel);
    if (other === undefined) problems.push(`${c.channel}: missing from pandas`);
    else if (!close(c.credit, other.credit)) problems.push(`${c.channel}: ${c.credit} vs ${other.credit}`);
  }
  if (a.channels.length !== b.channels.length) problems.push(`${a.channels.length} vs ${b.channels.length} channels`);
  return problems;
}

function main() {
  const benchStarted = Date.now();
  ensureData();
  build();
  const sizeMb = fs.statSync(CSV).size / 1e6;
  console.log(`input: ${path.relative(ROOT, CSV)} (${sizeMb.toFixed(1)} MB), node ${process.version}\n`);

  const gtmArgs = [GTM, 'attribute', CSV, '--model', 'time-decay', '--format', 'json'];
  const gtm = bestOf(RUNS, process.execPath, gtmArgs);
  const rows = [['gtm attribute (time-decay)', gtm]];

  let pandas = null;
  if (hasPandas()) {
    pandas = bestOf(RUNS, PYTHON, [PANDAS, CSV, '7']);
    rows.push(['pandas (time-decay)', pandas]);
  } else {
    console.log(`pandas is not available to ${PYTHON}; install it with: apt-get install python3-pandas (skipping that row)\n`);
  }

  const markov = bestOf(RUNS, process.execPath, [GTM, 'attribute', CSV, '--model', 'markov', '--format', 'json']);
  rows.push(['gtm attribute (markov)', markov]);

  const fmtRss = (mb) => (mb === null ? 'n/a' : mb.toFixed(0));
  const table = [['tool', 'seconds (best of 3)', 'peak RSS MB', 'pandas time / this time']];
  for (const [name, run] of rows) {
    table.push([name, run.seconds.toFixed(2), fmtRss(run.rssMb), pandas ? (pandas.seconds / run.seconds).toFixed(2) : 'n/a']);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const [i, r] of table.entries()) {
    console.log(r.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }

  if (pandas) {
    const problems = compare(JSON.parse(gtm.stdout), JSON.parse(pandas.stdout));
    console.log(
      problems.length === 0
        ? '\ncredits: gtm and pandas agree on every channel (1e-6 relative)'
        : `\ncredits DIFFER between gtm and pandas:\n  ${problems.join('\n  ')}`,
    );
    if (problems.length > 0) process.exitCode = 1;
  }
  console.log(`\nbench took ${((Date.now() - benchStarted) / 1000).toFixed(0)} s`);
}

main();
