/**
 * End to end: spawns the built CLI (`node workbench/bin/gtm.js`) as a user would run it.
 * `npm test` builds first; on its own, run `npx tsc -b` before `npx jest test/cli`.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const GTM = join(ROOT, 'workbench', 'bin', 'gtm.js');
const dir = mkdtempSync(join(tmpdir(), 'gtm-cli-'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'workbench', 'dist', 'cli', 'main.js'))) {
    throw new Error('the CLI is not built: run `npx tsc -b` (npm test does) before these tests');
  }
});

function gtm(args: string[], options: { input?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [GTM, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, GTM_DEBUG: '', ...options.env },
    maxBuffer: 16 << 20,
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface Output {
  model: string;
  total: number;
  channels: { channel: string; credit: number; share: number }[];
}

const WORKED_EXAMPLE = [
  'journey_id,channel,touched_at,converted_at,value',
  'j1,Email,2026-03-01,2026-03-15T00:00Z,100',
  'j1,Paid search,2026-03-08,2026-03-15T00:00Z,100',
  '',
].join('\n');

describe('gtm (the built executable)', () => {
  it('attributes the worked example: Paid search 66.67, Email 33.33 of 100', () => {
    const run = gtm(['attribute', file('worked.csv', WORKED_EXAMPLE), '--model', 'time-decay', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Output;
    expect(out.total).toBe(100);
    expect(out.channels.map((c) => [c.channel, Number(c.credit.toFixed(6))])).toEqual([
      ['Paid search', 66.666667],
      ['Email', 33.333333],
    ]);
  });

  it('reads stdin when piped', () => {
    const run = gtm(['attribute', '-', '--model', 'last-touch', '--format', 'csv'], { input: WORKED_EXAMPLE });
    expect(run.stdout).toBe('channel,credit,share\nPaid search,100,1\n');
  });

  it('exits 2 with the line, column and value of a bad date, and no stack trace', () => {
    const text = `${WORKED_EXAMPLE}j2,Email,31/02/2026,2026-03-15,5\n`;
    const run = gtm(['attribute', file('bad-date.csv', text), '--model', 'linear']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'gtm: line 4: touched_at "31/02/2026" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)\n',
    );
  });

  it('exits 2 for a missing column, an unknown model and a missing file', () => {
    const missing = gtm(['attribute', file('no-touched.csv', 'journey_id,channel,converted_at\n'), '-m', 'linear']);
    expect([missing.status, missing.stderr]).toEqual([
      2,
      'gtm: missing column "touched_at" (the header has: journey_id, channel, converted_at)\n',
    ]);
    const model = gtm(['attribute', file('ok.csv', WORKED_EXAMPLE), '-m', 'w-shaped']);
    expect(model.status).toBe(2);
    expect(model.stderr).toContain('time-decay, first-touch, last-touch, linear, u-shaped, markov, ols-cs');
    const none = gtm(['attribute', join(dir, 'absent.csv'), '-m', 'linear']);
    expect([none.status, none.stderr]).toEqual([2, `gtm: cannot read ${JSON.stringify(join(dir, 'absent.csv'))}: no such file\n`]);
  });

  it('prints usage for --help and for attribute --help', () => {
    expect(gtm(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: gtm COMMAND/) });
    expect(gtm(['attribute', '--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: gtm attribute/) });
  });

  it('attributes a deals file with ols-cs as a table', () => {
    const deals = 'Deal_ID,Amount,OLS,OLS_Date,CS,CS_Date\nd1,1000,Partner,2026-01-01,Events,2026-02-01\nd2,200,,,Events,\n';
    const run = gtm(['attribute', file('deals.csv', deals), '--model', 'ols-cs']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'Channel           Credit   Share',
        'Events            600.00   50.0%',
        'Partner           500.00   41.7%',
        '(unattributed)    100.00    8.3%',
        '──────────────  ────────  ──────',
        'Total           1,200.00  100.0%',
        '',
      ].join('\n'),
    );
  });

  describe('streaming 50,000 rows across many chunks', () => {
    const DAY = 86_400_000;
    const CHANNELS = ['Paid search', 'Email', 'Social', 'Display', 'Webinar', 'Events', 'Partner, referral', 'Organic'];
    const rows = ['journey_id,channel,touched_at,converted_at,value'];
    const expected = new Map<string, number>();
    let total = 0;
    // A simple LCG keeps the data the same on every run.
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let j = 0; rows.length <= 50_000; j++) {
      const n = 1 + Math.floor(random() * 5);
      const converts = random() < 0.7;
      const convertedAt = Date.UTC(2026, 0, 1) + Math.floor(random() * 300 * DAY);
      const value = Math.round(random() * 100_000) / 100;
      const ages = Array.from({ length: n }, () => Math.floor(random() * 40 * DAY));
      const weights = ages.map((age) => 2 ** (-age / DAY / 7));
      const sum = weights.reduce((a, b) => a + b, 0);
      if (converts) total += value;
      ages.forEach((age, i) => {
        const channel = CHANNELS[Math.floor(random() * CHANNELS.length)] as string;
        const quoted = channel.includes(',') ? `"${channel}"` : channel;
        const converted = converts ? new Date(convertedAt).toISOString() : '';
        rows.push(`J${j},${quoted},${new Date(convertedAt - age).toISOString()},${converted},${converts ? value : ''}`);
        if (converts) expected.set(channel, (expected.get(channel) ?? 0) + (value * (weights[i] as number)) / sum);
      });
    }
    const text = `${rows.join('\r\n')}\r\n`;

    function check(out: Output): void {
      expect(out.total).toBeCloseTo(total, 6);
      expect(out.channels).toHaveLength(expected.size);
      for (const c of out.channels) expect(c.credit).toBeCloseTo(expected.get(c.channel) ?? NaN, 6);
    }

    it('from a file (1 MiB reads)', () => {
      const run = gtm(['attribute', file('50k.csv', text), '-m', 'time-decay', '-f', 'json']);
      expect(run.stderr).toBe('');
      check(JSON.parse(run.stdout) as Output);
    });

    it('from a pipe (64 KiB reads)', () => {
      const run = gtm(['attribute', '-m', 'time-decay', '-f', 'json'], { input: text });
      expect(run.stderr).toBe('');
      check(JSON.parse(run.stdout) as Output);
    });
  });
});
