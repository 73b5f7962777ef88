'use strict';
/**
 * `npm run bench`: gtm attribute against an idiomatic pandas script (test/bench/attribution_pandas.py).
 *
 * Inputs, generated once by test/bench/generate.js (seeded) and reused while the generator is the same:
 *   1M rows grouped by journey and the same 1M rows shuffled (bench-data/, git-ignored, ~61 MB each),
 *   3M and 10M shuffled rows (~183 MB, ~610 MB) under the system temp dir (never in the repository).
 * Each tool runs as a spawned process, the tools taking turns: wall clock best of 3, CPU seconds
 * (user + sys) of that run, peak RSS from /usr/bin/time (the largest of the 3). The goals are on
 * wall time; the CPU ratio beside it says how much of a ratio is the machine's other load. Both
 * tools must give the same credits.
 * It prints figures and checks them against the goals of issue 16; it asserts no timings (exit 1
 * only when the credits differ or a run fails).
 *
 *   node test/bench/run.js [--sizes 1m,3m,10m] [--runs 3]
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generateTouchpoints } = require('./generate');

const ROOT = path.resolve(__dirname, '..', '..');
const SMALL_DIR = path.join(ROOT, 'bench-data');
const LARGE_DIR = path.join(os.tmpdir(), 'gtm-bench');
const GENERATOR_VERSION = '2';
const GTM = path.join(ROOT, 'workbench', 'bin', 'gtm.js');
const PANDAS = path.join(__dirname, 'attribution_pandas.py');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const MB = 1024 * 1024;

/** The goals of issue 16. */
const GOAL = { pandasRatio: 0.5, markovRatio: 1.5, rssAt10mMb: 1024 };

function options(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const sizes = value('--sizes', '1m,3m,10m')
    .split(',')
    .map((s) => Number(s.replace(/m$/i, '')) * 1_000_000);
  return { sizes, runs: Number(value('--runs', '3')) };
}

function inputFile(rows, shuffle) {
  const name = `touchpoints-${rows / 1_000_000}m${shuffle ? '-shuffled' : ''}.csv`;
  return path.join(rows <= 1_000_000 ? SMALL_DIR : LARGE_DIR, name);
}

/** Generates the file unless a stamp says this generator version already wrote it. */
function ensureData(rows, shuffle) {
  const file = inputFile(rows, shuffle);
  const stamp = `${file}.done`;
  const want = `${GENERATOR_VERSION} ${rows} ${shuffle ? 'shuffled' : 'grouped'}`;
  if (fs.existsSync(file) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const started = Date.now();
  const { journeys, converting, bytes } = generateTouchpoints(file, rows, { shuffle });
  fs.writeFileSync(stamp, want);
  console.log(
    `generated ${file}: ${rows.toLocaleString('en')} touchpoints${shuffle ? ' (shuffled)' : ''}, ` +
      `${journeys.toLocaleString('en')} journeys (${converting.toLocaleString('en')} converting), ` +
      `${(bytes / 1e6).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return file;
}

function build() {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) console.log(`warning: tsc -b failed; benchmarking the existing build\n${tsc.stdout}${tsc.stderr}`);
  if (!fs.existsSync(path.join(ROOT, 'workbench', 'dist', 'cli', 'main.js'))) {
    throw new Error('workbench/dist/cli/main.js is missing: run `npm run build`');
  }
}

const hasTime = fs.existsSync(TIME);

/** Runs a command once: wall seconds, CPU seconds and peak RSS in MB (null without /usr/bin/time), stdout. */
function runOnce(command, args) {
  const [cmd, argv] = hasTime ? [TIME, ['-f', '__time=%M %U %S', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
  const match = /__time=(\d+) ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
  return {
    seconds,
    cpu: match ? Number(match[2]) + Number(match[3]) : null,
    rssMb: match ? (Number(match[1]) * 1024) / MB : null,
    stdout: child.stdout,
  };
}

/**
 * Runs each job `runs` times, taking turns (gtm, pandas, Markov, gtm, …) so that a machine shared
 * with other work loads them alike. Per job: the best wall time (with that run's CPU time) and the
 * largest peak RSS seen.
 */
function bestOfTurns(runs, jobs) {
  const results = jobs.map(() => ({ best: null, rssMb: null }));
  for (let i = 0; i < runs; i++) {
    jobs.forEach(([command, args], k) => {
      const run = runOnce(command, args);
      const r = results[k];
      if (run.rssMb !== null) r.rssMb = Math.max(r.rssMb ?? 0, run.rssMb);
      if (r.best === null || run.seconds < r.best.seconds) r.best = run;
    });
  }
  return results.map((r) => ({ ...r.best, rssMb: r.rssMb }));
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

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, k) => (k === 0 ? String(cell).padEnd(widths[k]) : String(cell).padStart(widths[k]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
const fmt = (n, digits = 2) => (n === null || n === undefined ? 'n/a' : n.toFixed(digits));
const millions = (rows) => `${rows / 1_000_000}M`;
/** Wall-clock ratio, and the CPU-time ratio (steadier on a loaded machine) in parentheses. */
const ratios = (a, b) => (b ? `${fmt(a.seconds / b.seconds)} (${a.cpu && b.cpu ? fmt(a.cpu / b.cpu) : 'n/a'})` : 'n/a');

function main() {
  const { sizes, runs } = options(process.argv.slice(2));
  const benchStarted = Date.now();
  console.log(`gtm attribute vs pandas: node ${process.version}, ${os.cpus().length} CPUs, load average ${load()} at the start`);
  build();
  const pandasOk = hasPandas();
  if (!pandasOk) console.log(`pandas is not available to ${PYTHON}; install it with: apt-get install python3-pandas (skipping its rows)`);

  const gtm = (file, model) => [process.execPath, [GTM, 'attribute', file, '--model', model, '--format', 'json']];
  const pandas = (file) => [PYTHON, [PANDAS, file, '7']];
  /** Time decay by gtm and pandas (null without pandas), and the given extra gtm models, taking turns. */
  const measure = (file, models = []) => {
    const jobs = [gtm(file, 'time-decay'), ...(pandasOk ? [pandas(file)] : []), ...models.map((m) => gtm(file, m))];
    const [td, ...rest] = bestOfTurns(runs, jobs);
    const py = pandasOk ? rest.shift() : null;
    return { td, py, extra: rest };
  };
  const problems = [];
  const check = (label, a, b) => {
    if (a && b) for (const p of compare(JSON.parse(a.stdout), JSON.parse(b.stdout))) problems.push(`${label}: ${p}`);
  };

  // 1M rows: grouped and shuffled, time decay against pandas, Markov against time decay.
  const one = 1_000_000;
  const measured = [];
  for (const shuffle of [false, true]) {
    const file = ensureData(one, shuffle);
    const order = shuffle ? 'shuffled' : 'grouped';
    const { td, py, extra } = measure(file, ['markov']);
    const [markov] = extra;
    check(`1M ${order}`, td, py);
    measured.push({ order, td, py, markov });
  }

  const table = [['input', 'tool', `seconds (best of ${runs})`, 'CPU s', 'peak RSS MB', 'gtm / pandas (CPU)']];
  for (const { order, td, py, markov } of measured) {
    table.push([`1M ${order}`, 'gtm time-decay', fmt(td.seconds), fmt(td.cpu), fmt(td.rssMb, 0), ratios(td, py)]);
    if (py) table.push(['', 'pandas time-decay', fmt(py.seconds), fmt(py.cpu), fmt(py.rssMb, 0), '']);
    table.push(['', 'gtm markov', fmt(markov.seconds), fmt(markov.cpu), fmt(markov.rssMb, 0), `${fmt(markov.seconds / td.seconds)} × time-decay`]);
  }

  // Memory as the file grows: shuffled rows at each size.
  const growth = [];
  for (const rows of sizes) {
    const entry = measured.find((m) => m.order === 'shuffled');
    if (rows === one && entry) {
      growth.push({ rows, td: entry.td, py: entry.py });
      continue;
    }
    const file = ensureData(rows, true);
    const { td, py } = measure(file);
    check(`${millions(rows)} shuffled`, td, py);
    growth.push({ rows, td, py });
    table.push([`${millions(rows)} shuffled`, 'gtm time-decay', fmt(td.seconds), fmt(td.cpu), fmt(td.rssMb, 0), ratios(td, py)]);
    if (py) table.push(['', 'pandas time-decay', fmt(py.seconds), fmt(py.cpu), fmt(py.rssMb, 0), '']);
  }
  console.log('');
  printTable(table);

  // The rows of issue 16's table, measured above, each against its goal.
  const [grouped, shuffled] = measured;
  const ratio = (m) => (m.py ? m.td.seconds / m.py.seconds : null);
  const met = (ok) => (ok === null ? 'n/a' : ok ? 'yes' : 'NO');
  const goals = [['issue 16', 'measured', 'goal', 'met']];
  for (const m of [grouped, shuffled]) {
    const r = ratio(m);
    goals.push([
      `time-decay, 1M rows ${m.order}`,
      m.py ? `${fmt(m.td.seconds)} s vs pandas ${fmt(m.py.seconds)} s (${fmt(r)}×; CPU ${fmt(m.td.cpu / m.py.cpu)}×)` : `${fmt(m.td.seconds)} s`,
      `≤ ${GOAL.pandasRatio}× pandas`,
      met(r === null ? null : r <= GOAL.pandasRatio),
    ]);
  }
  for (const m of [grouped, shuffled]) {
    const r = m.markov.seconds / m.td.seconds;
    goals.push([`Markov, 1M rows ${m.order}`, `${fmt(m.markov.seconds)} s (${fmt(r)}× time-decay)`, `≤ ${GOAL.markovRatio}× time-decay`, met(r <= GOAL.markovRatio)]);
  }
  const rss = growth.map((g) => `${fmt(g.td.rssMb, 0)} MB at ${millions(g.rows)}`).join(', ');
  const pyRss = growth.every((g) => g.py) ? `; pandas ${growth.map((g) => `${fmt(g.py.rssMb, 0)}`).join(' / ')} MB` : '';
  const largest = growth[growth.length - 1];
  const tenM = growth.find((g) => g.rows === 10_000_000);
  goals.push([
    'memory, shuffled rows',
    `${rss}${pyRss}`,
    `≤ ${GOAL.rssAt10mMb} MB at 10M, finishes`,
    tenM ? met(tenM.td.rssMb !== null && tenM.td.rssMb <= GOAL.rssAt10mMb) : 'n/a (no 10M run)',
  ]);
  if (growth.length > 1) {
    const first = growth[0];
    const perMillion = (largest.td.rssMb - first.td.rssMb) / ((largest.rows - first.rows) / 1e6);
    goals.push(['', `+${fmt(perMillion, 0)} MB per 1M rows (${millions(first.rows)} → ${millions(largest.rows)}), ${fmt(largest.td.seconds)} s at ${millions(largest.rows)}`, '', '']);
  }
  console.log('');
  printTable(goals);

  console.log(
    problems.length === 0
      ? `\ncredits: gtm and pandas agree on every channel of every input (1e-6 relative)`
      : `\ncredits DIFFER between gtm and pandas:\n  ${problems.join('\n  ')}`,
  );
  if (problems.length > 0) process.exitCode = 1;
  console.log(`\nbench took ${((Date.now() - benchStarted) / 1000).toFixed(0)} s; load average ${load()} at the end`);
}

main();
