/**
 * GTM.ATTRIBUTE gives exactly the numbers `gtm attribute` prints for the same data: 3,000
 * generated touchpoints (the benchmark's seeded generator), the CSV text split into cells as
 * Excel would hold it, every journey model, and time-decay with half-life 14 and lookback 30.
 * Needs the built CLI (`tsc -b`, which `npm test` runs first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attribute } from './functions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateTouchpoints } = require('../../../test/bench/generate') as { generateTouchpoints(path: string, rows: number): unknown };

const ROOT = join(__dirname, '..', '..', '..');
const GTM = join(ROOT, 'workbench', 'bin', 'gtm.js');

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

let dir: string;
let csv: string;
let rows: (string | number)[][];
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' } };
  dir = mkdtempSync(join(tmpdir(), 'gtm-excel-parity-'));
  csv = join(dir, 'touchpoints.csv');
  generateTouchpoints(csv, 3000);
  // As Excel holds it: text cells, and the value column as numbers (empty cells stay "").
  rows = readFileSync(csv, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line, i) => line.split(',').map((cell, c) => (i > 0 && c === 4 && cell !== '' ? Number(cell) : cell)));
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  rmSync(dir, { recursive: true, force: true });
});

/** What `gtm attribute` prints as JSON, as the spilled table. */
function cli(args: string[]): (string | number)[][] {
  const run = spawnSync(process.execPath, [GTM, 'attribute', csv, '--format', 'json', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`gtm attribute ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { channels: { channel: string; credit: number; share: number }[] };
  return [['Channel', 'Credit', 'Share'], ...result.channels.map((c) => [c.channel, c.credit, c.share])];
}

it('the data: 3,000 touchpoint rows under a header of the five columns', () => {
  expect(rows).toHaveLength(3001);
  expect(rows[0]).toEqual(['journey_id', 'channel', 'touched_at', 'converted_at', 'value']);
});

it.each(['time-decay', 'first-touch', 'last-touch', 'linear', 'u-shaped', 'markov'])('%s: the same channels, credits and shares as the CLI, to the last bit', (model) => {
  const table = attribute(rows, model);
  expect(table.length).toBeGreaterThan(8); // 8 channels and the header
  expect(table).toEqual(cli(['--model', model]));
});

it('time-decay with half-life 14 and lookback 30: the same as `--half-life 14 --lookback 30`', () => {
  expect(attribute(rows, 'time-decay', 14, 30)).toEqual(cli(['--model', 'time-decay', '--half-life', '14', '--lookback', '30']));
});
