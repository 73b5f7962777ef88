'use strict';
/**
 * `node test/bench/excel-attribute.js`: GTM.ATTRIBUTE on a 100,000-row range, as Excel passes it
 * (an array of rows), through the BUILT functions bundle (excel-addin/dist/functions.js) on a stub
 * CustomFunctions runtime — versus the pandas reference (test/bench/attribution_pandas.py) on the
 * same rows. Prints figures (best of 3) and checks both give the same credits; asserts no timings.
 *
 * The bundle comes from `node excel-addin/scripts/build.js` (npm start / npm test run it); it is
 * built here when missing. The rows come from test/bench/generate.js (seeded): bench-data/, git-ignored.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { generateTouchpoints } = require('./generate');

const ROOT = path.resolve(__dirname, '..', '..');
const ROWS = 100_000;
const RUNS = 3;
const CSV = path.join(ROOT, 'bench-data', 'touchpoints-100k.csv');
const BUNDLE = path.join(ROOT, 'excel-addin', 'dist', 'functions.js');
const PYTHON = '/usr/bin/python3';

function ensureData() {
  if (fs.existsSync(CSV)) return;
  fs.mkdirSync(path.dirname(CSV), { recursive: true });
  generateTouchpoints(CSV, ROWS);
}

/** Loads the bundle as Excel would: the CustomFunctions global first, then the script; returns the associated functions. */
function loadFunctions() {
  if (!fs.existsSync(BUNDLE)) {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'excel-addin', 'scripts', 'build.js')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the Excel add-in build failed');
  }
  const functions = new Map();
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  globalThis.CustomFunctions = {
    associate: (id, fn) => functions.set(id, fn),
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
  };
  vm.runInThisContext(fs.readFileSync(BUNDLE, 'utf8'), { filename: BUNDLE });
  return functions;
}

/** The CSV as Excel holds it after an import: text cells, the value column as numbers, blanks as "". */
function readRange() {
  return fs
    .readFileSync(CSV, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line, i) => line.split(',').map((cell, c) => (i > 0 && c === 4 && cell !== '' ? Number(cell) : cell)));
}

/** The best of `runs` timings, and the first (cold: a recalculation in a fresh Excel session). */
function bestOf(runs, fn) {
  let best = Infinity;
  let first = NaN;
  let result;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    result = fn();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (i === 0) first = seconds;
    best = Math.min(best, seconds);
  }
  return { seconds: best, first, result };
}

/** pandas in its own process: its attribute_time_decay(path) (read_csv included) timed inside Python, best of 3. */
function pandas() {
  const code = [
    'import json, sys, time',
    `sys.path.insert(0, ${JSON.stringify(__dirname)})`,
    'from attribution_pandas import attribute_time_decay',
    'best, result = float("inf"), None',
    `for _ in range(${RUNS}):`,
    '    t = time.perf_counter(); result = attribute_time_decay(sys.argv[1]); best = min(best, time.perf_counter() - t)',
    'print(json.dumps({"seconds": best, "result": result}))',
  ].join('\n');
  const started = process.hrtime.bigint();
  const run = spawnSync(PYTHON, ['-c', code, CSV], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) return { error: (run.stderr || run.error?.message || '').trim().split('\n').pop() };
  return { ...JSON.parse(run.stdout), wall };
}

function main() {
  ensureData();
  const functions = loadFunctions();
  const attribute = functions.get('ATTRIBUTE');
  const parse = bestOf(1, readRange);
  const range = parse.result;
  const gtm = bestOf(RUNS, () => attribute(range, 'time-decay'));
  const table = gtm.result;
  const journeys = new Set(range.slice(1).map((row) => row[0])).size;
  console.log(`GTM.ATTRIBUTE benchmark: ${(range.length - 1).toLocaleString('en')} touchpoint rows (${journeys.toLocaleString('en')} journeys), time-decay, half-life 7`);
  console.log(`  GTM.ATTRIBUTE (built bundle, array of rows)   ${gtm.seconds.toFixed(3)} s  best of ${RUNS}  (first call ${gtm.first.toFixed(3)} s; splitting the CSV into rows: ${parse.seconds.toFixed(3)} s, not counted)`);
  const py = pandas();
  if (py.error) {
    console.log(`  pandas reference                             not run: ${py.error} (apt-get install -y python3-pandas)`);
    return;
  }
  console.log(`  pandas attribute_time_decay (read_csv incl.) ${py.seconds.toFixed(3)} s  best of ${RUNS}  (process wall ${py.wall.toFixed(2)} s for ${RUNS} runs + imports)`);
  console.log(`  ratio GTM.ATTRIBUTE / pandas                 ${(gtm.seconds / py.seconds).toFixed(2)}`);
  const pandasCredit = new Map(py.result.channels.map((c) => [c.channel, c.credit]));
  const worst = Math.max(...table.slice(1).map(([channel, credit]) => Math.abs(credit - (pandasCredit.get(channel) ?? NaN)) / Math.max(1, Math.abs(credit))));
  const sameChannels = table.length - 1 === pandasCredit.size;
  console.log(`  same credits: ${sameChannels && worst < 1e-9 ? 'yes' : 'NO'} (${table.length - 1} channels, largest relative difference ${worst.toExponential(1)})`);
}

main();
