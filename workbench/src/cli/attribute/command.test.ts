import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../main';

/** Runs `gtm attribute argv…` in-process; `stdin` undefined means a terminal (nothing piped). */
async function gtm(argv: string[], options: { stdin?: string | Readable; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin instanceof Readable ? options.stdin : Readable.from([Buffer.from(options.stdin ?? '')]);
  const code = await main(['attribute', ...argv], {
    stdin,
    stdinIsTty: options.stdin === undefined,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'gtm-attribute-'));
let files = 0;
function csvFile(text: string): string {
  const path = join(dir, `input-${++files}.csv`);
  writeFileSync(path, text);
  return path;
}

/** One journey converting on 15 March for 100: Email 14 days before (weight ¼), Paid search 7 days before (½). */
const WORKED_EXAMPLE = [
  'journey_id,channel,touched_at,converted_at,value',
  'j1,Email,2026-03-01,2026-03-15T00:00:00Z,100',
  'j1,Paid search,2026-03-08,2026-03-15T00:00:00Z,100',
  '',
].join('\n');

function json(stdout: string): { model: string; total: number; channels: { channel: string; credit: number; share: number }[] } {
  return JSON.parse(stdout) as ReturnType<typeof json>;
}

describe('gtm attribute', () => {
  describe('the worked example (time-decay, half-life 7)', () => {
    it('gives Paid search 2/3 and Email 1/3 of 100 as json', async () => {
      const run = await gtm([csvFile(WORKED_EXAMPLE), '--model', 'time-decay', '--format', 'json']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const out = json(run.stdout);
      expect(Object.keys(out)).toEqual(['model', 'total', 'channels']);
      expect(out.model).toBe('time-decay');
      expect(out.total).toBe(100);
      expect(out.channels.map((c) => c.channel)).toEqual(['Paid search', 'Email']);
      expect(Object.keys(out.channels[0] ?? {})).toEqual(['channel', 'credit', 'share']);
      expect(out.channels[0]?.credit).toBeCloseTo(66.6666667, 6);
      expect(out.channels[0]?.share).toBeCloseTo(2 / 3, 9);
      expect(out.channels[1]?.credit).toBeCloseTo(33.3333333, 6);
    });

    it('prints channel,credit,share rows as csv', async () => {
      const run = await gtm([csvFile(WORKED_EXAMPLE), '--model', 'time-decay', '--format', 'csv']);
      const [head, ...rows] = run.stdout.trimEnd().split('\n');
      expect(head).toBe('channel,credit,share');
      expect(rows.map((r) => r.split(',').map((f, i) => (i === 0 ? f : Number(Number(f).toFixed(6)))))).toEqual([
        ['Paid search', 66.666667, 0.666667],
        ['Email', 33.333333, 0.333333],
      ]);
    });

    it('prints an aligned table with a total by default', async () => {
      const run = await gtm([csvFile(WORKED_EXAMPLE), '--model', 'time-decay']);
      expect(run.stdout).toBe(
        [
          'Channel      Credit   Share',
          'Paid search   66.67   66.7%',
          'Email         33.33   33.3%',
          '───────────  ──────  ──────',
          'Total        100.00  100.0%',
          '',
        ].join('\n'),
      );
    });

    it('reads the same file from stdin with - or no file', async () => {
      const fromFile = await gtm([csvFile(WORKED_EXAMPLE), '-m', 'linear', '-f', 'json']);
      expect((await gtm(['-', '-m', 'linear', '-f', 'json'], { stdin: WORKED_EXAMPLE })).stdout).toBe(fromFile.stdout);
      expect((await gtm(['-m', 'linear', '-f', 'json'], { stdin: WORKED_EXAMPLE })).stdout).toBe(fromFile.stdout);
    });

    it('uses --half-life: with 14 days the weights are 1/√2 and 1/2', async () => {
      const out = json((await gtm([csvFile(WORKED_EXAMPLE), '-m', 'time-decay', '--half-life', '14', '-f', 'json'])).stdout);
      const paid = 1 / (1 + Math.SQRT1_2); // weights ½ (14 days) and 1/√2 (7 days)
      expect(out.channels[0]?.credit).toBeCloseTo(100 * paid, 9);
    });

    it('uses --lookback: with 10 days only Paid search counts', async () => {
      const out = json((await gtm([csvFile(WORKED_EXAMPLE), '-m', 'time-decay', '--lookback', '10', '-f', 'json'])).stdout);
      expect(out.channels).toEqual([{ channel: 'Paid search', credit: 100, share: 1 }]);
    });
  });

  describe('reading the CSV', () => {
    it('matches headers in any case and order, ignores extra columns, a BOM and CRLF', async () => {
      const text =
        '\uFEFFNotes, Converted_At ,CHANNEL,Journey_Id,Touched_At,Value,Owner\r\n' +
        'x,2026-03-15,Email,j1,2026-03-01,100,ann\r\n' +
        'y,2026-03-15,Paid search,j1,2026-03-08,,bob\r\n';
      const run = await gtm([csvFile(text), '-m', 'time-decay', '-f', 'json']);
      expect(run.code).toBe(0);
      expect(json(run.stdout).channels.map((c) => [c.channel, Math.round(c.credit * 1000) / 1000])).toEqual([
        ['Paid search', 66.667],
        ['Email', 33.333],
      ]);
    });

    it('reads quoted fields with commas, doubled quotes and line breaks', async () => {
      const text = [
        'journey_id,channel,touched_at,converted_at,value,note',
        '"j,1","Events, ""Spring"" fair",2026-03-01,2026-03-15,50,"two',
        'lines"',
        'j2,Email,2026-03-01,2026-03-15,50,',
      ].join('\n');
      const out = json((await gtm([csvFile(text), '-m', 'first-touch', '-f', 'json'])).stdout);
      expect(out.channels.map((c) => [c.channel, c.credit])).toEqual([
        ['Email', 50],
        ['Events, "Spring" fair', 50],
      ]);
    });

    it('counts a journey without a value as 1 and one without a conversion as nothing', async () => {
      const text = ['journey_id,channel,touched_at,converted_at', 'a,Email,2026-03-01,2026-03-02', 'b,Social,2026-03-01,', ''].join('\n');
      const out = json((await gtm([csvFile(text), '-m', 'linear', '-f', 'json'])).stdout);
      expect(out.total).toBe(1);
      expect(out.channels).toEqual([{ channel: 'Email', credit: 1, share: 1 }]);
    });

    it('reads an ols-cs deals file', async () => {
      const text = [
        'deal_id,amount,ols,ols_date,cs,cs_date',
        'd1,1000,Webinar,2026-01-10,Paid search,2026-02-01',
        'd2,500,Email,2026-01-05T10:00:00Z,Email,2026-01-20',
      ].join('\n');
      const run = await gtm([csvFile(text), '--model', 'ols-cs', '--format', 'json']);
      expect(run.code).toBe(0);
      const out = json(run.stdout);
      expect(out.model).toBe('ols-cs');
      expect(out.total).toBe(1500);
      expect(out.channels.reduce((sum, c) => sum + c.credit, 0)).toBeCloseTo(1500, 9);
    });

    it('gives an empty result for a header without rows', async () => {
      const run = await gtm([csvFile('journey_id,channel,touched_at,converted_at\n'), '-m', 'linear', '-f', 'json']);
      expect(run.stdout).toBe('{"model":"linear","total":0,"channels":[]}\n');
    });
  });

  describe('bad input: exit 2 and a message naming the line, column and value', () => {
    const header = 'journey_id,channel,touched_at,converted_at,value';

    it('names an impossible date', async () => {
      const text = [header, 'j1,Email,2026-03-01,2026-03-15,100', 'j1,Email,31/02/2026,2026-03-15,100'].join('\n');
      const run = await gtm([csvFile(text), '-m', 'time-decay']);
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: 'gtm: line 3: touched_at "31/02/2026" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)\n',
      });
    });

    it('says a local time needs a zone', async () => {
      const run = await gtm([csvFile(`${header}\nj1,Email,2026-03-01T09:00:00,2026-03-15,1\n`), '-m', 'linear']);
      expect(run.stderr).toMatch(/^gtm: line 2: touched_at "2026-03-01T09:00:00" has no time zone \(add Z for UTC/);
    });

    it.each([
      ['2026-02-31', 'converted_at "2026-02-31" is not a date'],
      ['2026-13-01', 'converted_at "2026-13-01" is not a date'],
    ])('rejects converted_at %s', async (date, message) => {
      const run = await gtm([csvFile(`${header}\nj1,Email,2026-01-01,${date},1\n`), '-m', 'linear']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`line 2: ${message}`);
    });

    it('names a value that is not a number', async () => {
      const run = await gtm([csvFile(`${header}\nj1,Email,2026-03-01,2026-03-15,$100\n`), '-m', 'linear']);
      expect(run.stderr).toBe('gtm: line 2: value "$100" is not a number\n');
    });

    it('reports the line a multi-line record starts on', async () => {
      const text = `${header},note\nj1,Email,2026-03-01,2026-03-15,1,"a\nb"\nj1,Email,2026-03-40,2026-03-15,1,"c\nd"\n`;
      expect((await gtm([csvFile(text), '-m', 'linear'])).stderr).toMatch(/^gtm: line 4: touched_at "2026-03-40"/);
    });

    it('names a missing column and lists the header', async () => {
      const run = await gtm([csvFile('journey_id,channel,when,converted_at\nj1,Email,2026-03-01,\n'), '-m', 'linear']);
      expect(run).toMatchObject({
        code: 2,
        stderr: 'gtm: missing column "touched_at" (the header has: journey_id, channel, when, converted_at)\n',
      });
    });

    it('suggests ols-cs for a deals file given to a journey model', async () => {
      const run = await gtm([csvFile('deal_id,amount,ols,ols_date,cs,cs_date\n'), '-m', 'linear']);
      expect(run.stderr).toContain('this looks like a deals file: use --model ols-cs');
    });

    it('names the line and journey of a conflicting conversion time', async () => {
      const text = [header, 'j1,Email,2026-03-01,2026-03-15,100', 'j2,Email,2026-03-01,,', 'j1,Social,2026-03-02,2026-03-16,100'].join('\n');
      const run = await gtm([csvFile(text), '-m', 'linear']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^gtm: line 4: journey "j1" has two conversion times/);
    });

    it('names a short row', async () => {
      const run = await gtm([csvFile(`${header}\nj1,Email\n`), '-m', 'linear']);
      expect(run.stderr).toBe('gtm: line 2: the row has 2 fields but the header has 5\n');
    });

    it('names an unclosed quote', async () => {
      const run = await gtm([csvFile(`${header}\nj1,"Email,2026-03-01,2026-03-15,1\n`), '-m', 'linear']);
      expect(run).toMatchObject({ code: 2, stderr: 'gtm: line 2: a quoted field is never closed (missing ")\n' });
    });

    it('names a negative deal amount', async () => {
      const run = await gtm([csvFile('deal_id,amount,ols,ols_date,cs,cs_date\nd1,-5,a,,b,\n'), '-m', 'ols-cs']);
      expect(run).toMatchObject({
        code: 2,
        stderr: 'gtm: line 2: amount "-5" is negative (an amount must be 0 or more; pass --allow-refunds to credit refunds)\n',
      });
    });

    it('names a negative journey value with its line, in every journey model, and credits nothing', async () => {
      // A journey of +50 and one of −100 used to give both channels −25 in Markov.
      const refund = csvFile(`${header}\nj1,Email,2026-03-01,2026-03-15,50\nj2,Ads,2026-03-02,2026-03-15,-100\n`);
      for (const model of ['markov', 'linear', 'time-decay']) {
        const run = await gtm([refund, '-m', model]);
        expect(run).toMatchObject({
          code: 2,
          stdout: '',
          stderr: 'gtm: line 3: value "-100" is negative (a value must be 0 or more; pass --allow-refunds to credit refunds)\n',
        });
      }
    });

    it('with --allow-refunds credits a refund as it is: +50 and −100 on one channel each give 50 and −100 in linear', async () => {
      const refund = csvFile(`${header}\nj1,Email,2026-03-01,2026-03-15,50\nj2,Ads,2026-03-02,2026-03-15,-100\n`);
      const run = await gtm([refund, '-m', 'linear', '--allow-refunds', '--format', 'json']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(json(run.stdout).channels.map((c) => [c.channel, c.credit])).toEqual([['Email', 50], ['Ads', -100]]);
    });

    it('with --allow-refunds takes a negative deal amount', async () => {
      const run = await gtm([csvFile('deal_id,amount,ols,ols_date,cs,cs_date\nd1,-5,a,,b,\n'), '-m', 'ols-cs', '--allow-refunds']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
    });

    it('says so when the input is empty', async () => {
      const run = await gtm([csvFile(''), '-m', 'linear']);
      expect(run.stderr).toBe('gtm: the input is empty (expected a header: journey_id,channel,touched_at,converted_at[,value])\n');
    });

    it('says so when the file does not exist', async () => {
      const run = await gtm([join(dir, 'nope.csv'), '-m', 'linear']);
      expect(run).toMatchObject({ code: 2, stderr: `gtm: cannot read ${JSON.stringify(join(dir, 'nope.csv'))}: no such file\n` });
    });

    it('says so when the file is a directory', async () => {
      expect((await gtm([dir, '-m', 'linear'])).stderr).toContain('it is a directory, not a file');
    });
  });

  describe('--skip-invalid', () => {
    it('skips bad rows, counts them on stderr with the first five, and credits the rest', async () => {
      const rows = ['journey_id,channel,touched_at,converted_at,value', 'ok,Email,2026-03-01,2026-03-15,10'];
      for (let i = 0; i < 7; i++) rows.push(`bad${i},Email,2026-03-3${i + 2},2026-03-15,10`);
      rows.push('ok,Social,2026-03-02,2026-03-15,10');
      const run = await gtm([csvFile(rows.join('\n')), '-m', 'linear', '-f', 'json', '--skip-invalid']);
      expect(run.code).toBe(0);
      expect(json(run.stdout).channels).toEqual([
        { channel: 'Email', credit: 5, share: 0.5 },
        { channel: 'Social', credit: 5, share: 0.5 },
      ]);
      expect(run.stderr).toBe(
        [
          'gtm: skipped 7 invalid rows:',
          '  line 3: touched_at "2026-03-32" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)',
          '  line 4: touched_at "2026-03-33" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)',
          '  line 5: touched_at "2026-03-34" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)',
          '  line 6: touched_at "2026-03-35" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)',
          '  line 7: touched_at "2026-03-36" is not a date (use ISO 8601, e.g. 2026-02-28 or 2026-02-28T09:00:00Z)',
          '  … and 2 more',
          '',
        ].join('\n'),
      );
    });

    it('skips a conflicting row and keeps its journey as it was', async () => {
      const text = [
        'journey_id,channel,touched_at,converted_at,value',
        'j1,Email,2026-03-01,2026-03-15,100',
        'j1,Social,2026-03-02,,100',
      ].join('\n');
      const run = await gtm([csvFile(text), '-m', 'linear', '-f', 'json', '--skip-invalid']);
      expect(json(run.stdout).channels).toEqual([{ channel: 'Email', credit: 100, share: 1 }]);
      expect(run.stderr).toMatch(/^gtm: skipped 1 invalid row:\n {2}line 3: journey "j1" has two conversion times/);
    });

    it('still stops at a missing column', async () => {
      expect((await gtm([csvFile('journey_id\n'), '-m', 'linear', '--skip-invalid'])).code).toBe(2);
    });
  });

  describe('bad arguments: exit 2 and the valid values', () => {
    it.each([
      [['-m', 'last-click'], 'gtm: unknown model "last-click" (use one of: time-decay, first-touch, last-touch, linear, u-shaped, markov, ols-cs)'],
      [[], 'gtm: missing --model (one of: time-decay, first-touch, last-touch, linear, u-shaped, markov, ols-cs)'],
      [['-m', 'time-decay', '--half-life', '0'], 'gtm: --half-life must be a number of days greater than 0, got "0" (e.g. --half-life 7)'],
      [['-m', 'time-decay', '--half-life', 'week'], 'gtm: --half-life must be a number of days greater than 0, got "week" (e.g. --half-life 7)'],
      [['-m', 'time-decay', '--half-life=-1'], 'gtm: --half-life must be a number of days greater than 0, got "-1" (e.g. --half-life 7)'],
      [['-m', 'linear', '--lookback', 'x'], 'gtm: --lookback must be a number of days 0 or more, got "x" (e.g. --lookback 30)'],
      [['-m', 'linear', '--format', 'xml'], 'gtm: unknown format "xml" (use one of: table, csv, json)'],
      [['-m', 'linear', '--colour'], "gtm: Unknown option '--colour'"],
    ])('%j', async (args, message) => {
      const run = await gtm([csvFile(WORKED_EXAMPLE), ...args]);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n(see gtm attribute --help)\n` });
    });

    it('asks for input when nothing is piped and no file is given', async () => {
      const run = await gtm(['-m', 'linear']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no input: give a CSV file, or pipe one into stdin');
    });

    it('prints its usage with --help', async () => {
      const run = await gtm(['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: gtm attribute/);
    });
  });

  describe('an unexpected failure', () => {
    const failing = (): Readable =>
      new Readable({
        read() {
          this.destroy(new Error('disk on fire'));
        },
      });

    it('exits 1 with a short message and no stack', async () => {
      const run = await gtm(['-m', 'linear'], { stdin: failing() });
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: 'gtm: internal error: disk on fire\n(run again with GTM_DEBUG=1 to see where)\n',
      });
    });

    it('shows the stack with GTM_DEBUG=1', async () => {
      const run = await gtm(['-m', 'linear'], { stdin: failing(), env: { GTM_DEBUG: '1' } });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^gtm: internal error\nError: disk on fire\n\s+at /);
    });
  });
});
