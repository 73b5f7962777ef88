/**
 * Issue 15, part B: long work, parsers with limits, and the CLI on hostile files. The server probes
 * go over raw HTTP (node:http), the CLI ones through `main()` in-process over files generated in a
 * temp folder. Each failed before: a heavy `$batch` held the health ping for 7.9 s, deep or long
 * `$filter`s and a 100,000-deep JSON Title answered 500 "Maximum call stack size exceeded", a huge
 * line killed `gtm attribute` with "Invalid string length", a binary file's bytes reached the terminal.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createMemoryListStore } from '@gtm/shared';
import { DEALS_KIND } from '../../workbench/src/cli/import/deals';
import { readImportFile } from '../../workbench/src/cli/import/read-file';
import { formatReport } from '../../workbench/src/cli/import/report';
import { importRows } from '../../workbench/src/cli/import/run-import';
import { main } from '../../workbench/src/cli/main';
import { UNPRINTABLE } from '../../workbench/src/cli/printable';
import { MAX_RECORD_CHARS } from '../../workbench/src/csv/csv-parser';
import { MAX_JSON_DEPTH } from '../../workbench/src/server/json-depth';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from '../../workbench/src/server/odata/filter-limits';
import { devToken, startWorkbench, type Workbench } from '../conformance/workbench';

interface Answer {
  status: number;
  body: string;
}

let wb: Workbench;
let port: number;
let digest: string;
let token: string;

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, accept: 'application/json', ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sp = (path: string): string => `/sites/gtm/_api/${path}`;
const spWrite = (method: string, path: string, body: string): Promise<Answer> =>
  send(method, sp(path), { 'content-type': 'application/json', 'x-requestdigest': digest }, body);

/** A multipart `$batch` of GET parts, as PnPjs writes one. */
function spBatch(urls: string[]): Promise<Answer> {
  const boundary = `batch_${randomUUID()}`;
  const lines: string[] = [];
  for (const url of urls) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `GET ${url} HTTP/1.1`, 'Accept: application/json;odata=nometadata', '', '');
  }
  lines.push(`--${boundary}--`, '');
  return send('POST', sp('$batch'), { 'content-type': `multipart/mixed; boundary=${boundary}`, 'x-requestdigest': digest }, lines.join('\r\n'));
}

const spMessage = (a: Answer): string => (JSON.parse(a.body) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value;
const graphMessage = (a: Answer): string => (JSON.parse(a.body) as { error: { message: string } }).error.message;
const idChain = (n: number, field = 'ID'): string => Array.from({ length: n }, (_, i) => `${field} eq ${i + 1}`).join(' or ');
const nested = (levels: number, inner: string): string => `${'('.repeat(levels)}${inner}${')'.repeat(levels)}`;

beforeAll(async () => {
  wb = await startWorkbench();
  port = wb.server.port;
  const info = await send('POST', sp('contextinfo'));
  digest = (JSON.parse(info.body) as { FormDigestValue: string }).FormDigestValue;
  token = await devToken(wb.server.url);
  const list = await spWrite('POST', 'web/lists', JSON.stringify({ Title: 'Probe Items', BaseTemplate: 100 }));
  expect(list.status).toBe(201);
  // 300 items, 100 per $batch of POSTs: enough for every part of a heavy batch to take a while.
  for (let b = 0; b < 3; b++) {
    const boundary = `batch_${randomUUID()}`;
    const cs = `changeset_${randomUUID()}`;
    const lines = [`--${boundary}`, `Content-Type: multipart/mixed; boundary=${cs}`, ''];
    for (let i = 0; i < 100; i++) {
      lines.push(`--${cs}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
      lines.push(`POST ${wb.siteUrl}/_api/web/lists/getbytitle('Probe%20Items')/items HTTP/1.1`, 'Content-Type: application/json', '', JSON.stringify({ Title: `Item ${b * 100 + i + 1}` }), '');
    }
    lines.push(`--${cs}--`, `--${boundary}--`, '');
    const filled = await send('POST', sp('$batch'), { 'content-type': `multipart/mixed; boundary=${boundary}`, 'x-requestdigest': digest }, lines.join('\r\n'));
    expect(filled.status).toBe(200);
  }
}, 60_000);

afterAll(async () => {
  await wb.stop();
});

describe('probe 4: a heavy $batch does not block everyone else', () => {
  it('answers a health ping while a batch of 60 GETs of 300 items runs, and every part of the batch', async () => {
    const items = `${wb.siteUrl}/_api/web/lists/getbytitle('Probe%20Items')/items?$top=5000`;
    let done = false;
    const batch = spBatch(Array.from({ length: 60 }, () => items)).finally(() => {
      done = true;
    });
    await new Promise((r) => setImmediate(r));
    let pings = 0;
    while (!done) {
      const health = await send('GET', '/_workbench/health');
      expect(health.status).toBe(200);
      pings++;
    }
    const answer = await batch;
    expect(answer.status).toBe(200);
    expect(answer.body.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(60);
    // One synchronous transaction answered at most one ping (sent before the batch was read) and held
    // the next one until the whole batch was done: 2 at most. Yielding between parts answers dozens.
    expect(pings).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('keeps the parts of a batch independent: a failing part does not undo the one before it', async () => {
    const boundary = `batch_${randomUUID()}`;
    const cs = `changeset_${randomUUID()}`;
    const part = (title: string): string[] => [
      `--${cs}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${wb.siteUrl}/_api/web/lists/getbytitle('Probe%20Items')/items HTTP/1.1`,
      'Content-Type: application/json',
      '',
      title,
      '',
    ];
    const body = [`--${boundary}`, `Content-Type: multipart/mixed; boundary=${cs}`, '', ...part('{"Title":"Independent part"}'), ...part('{"NoSuchField":1}'), `--${cs}--`, `--${boundary}--`, ''].join('\r\n');
    const answer = await send('POST', sp('$batch'), { 'content-type': `multipart/mixed; boundary=${boundary}`, 'x-requestdigest': digest }, body);
    expect(answer.body).toMatch(/HTTP\/1\.1 201 Created[\s\S]*HTTP\/1\.1 400 Bad Request/);
    const found = await send('GET', sp(`web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent("Title eq 'Independent part'")}`));
    expect((JSON.parse(found.body) as { value: unknown[] }).value).toHaveLength(1);
  });
});

describe('probe 5: deep or long $filter, deep JSON', () => {
  it(`answers 400 in SharePoint's shape, not 500, for ${MAX_FILTER_DEPTH + 1} nested parentheses`, async () => {
    const a = await send('GET', sp(`web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent(nested(MAX_FILTER_DEPTH + 1, 'ID eq 1'))}`));
    expect(a.status).toBe(400);
    expect(spMessage(a)).toMatch(/nests more than 100 levels/);
  });

  it(`still takes ${MAX_FILTER_DEPTH} nested parentheses`, async () => {
    const a = await send('GET', sp(`web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent(nested(MAX_FILTER_DEPTH, 'ID eq 1'))}`));
    expect(a.status).toBe(200);
    expect((JSON.parse(a.body) as { value: unknown[] }).value).toHaveLength(1);
  });

  it('answers 400 for 5,000 nested parentheses (inside $batch too), naming the limit', async () => {
    const deep = nested(5000, 'ID eq 1');
    const direct = await send('GET', sp(`web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent(deep)}`));
    expect(direct.status).toBe(400);
    expect(spMessage(direct)).toContain(`the limit is ${MAX_FILTER_LENGTH.toLocaleString('en-US')}`);
    const batched = await spBatch([`${wb.siteUrl}/_api/web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent(deep)}`]);
    expect(batched.status).toBe(200);
    expect(batched.body).toContain('HTTP/1.1 400 Bad Request');
    expect(batched.body).not.toContain('Maximum call stack');
  });

  it('refuses a flat chain of 20,000 "ID eq n or …" inside $batch with a 400 that says how to split it, as SharePoint refuses long queries', async () => {
    const batched = await spBatch([`${wb.siteUrl}/_api/web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent(idChain(20_000))}`]);
    expect(batched.status).toBe(200);
    expect(batched.body).toContain('HTTP/1.1 400 Bad Request');
    expect(batched.body).toMatch(/Split a long id set into several requests of about 140 'ID eq n' terms/);
  });

  it('takes an id set of 140 terms, the size the message advises', async () => {
    const a = await send('GET', sp(`web/lists/getbytitle('Probe%20Items')/items?$filter=${encodeURIComponent(idChain(140))}&$top=500`));
    expect(a.status).toBe(200);
    expect((JSON.parse(a.body) as { value: unknown[] }).value).toHaveLength(140);
  });

  it("answers 400 in Graph's shape for 3,000 nested parentheses and for 101", async () => {
    for (const levels of [3000, MAX_FILTER_DEPTH + 1]) {
      const a = await send('GET', `/graph/v1.0/sites/root/lists?$filter=${encodeURIComponent(nested(levels, "displayName eq 'x'"))}`, { authorization: `Bearer ${token}` });
      expect(a.status).toBe(400);
      expect(graphMessage(a)).toMatch(/\$filter/);
    }
  });

  it(`answers 400 for a Title that is an array nested 100,000 deep, and for one nested ${MAX_JSON_DEPTH + 1} deep`, async () => {
    for (const depth of [100_000, MAX_JSON_DEPTH + 1]) {
      const body = `{"Title":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const a = await spWrite('POST', "web/lists/getbytitle('Probe%20Items')/items", body);
      expect(a.status).toBe(400);
      expect(spMessage(a)).toContain(`the limit is ${MAX_JSON_DEPTH}`);
    }
  });

  it('answers 400 for a deep JSON body on Graph items and in a Graph $batch', async () => {
    const deep = `{"fields":{"Title":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const item = await send('POST', "/graph/v1.0/sites/root/lists/Probe%20Items/items", { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, deep);
    expect(item.status).toBe(400);
    const batch = await send('POST', '/graph/v1.0/$batch', { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, `{"requests":[{"id":"1","method":"POST","url":"/sites/root/lists","body":${deep}}]}`);
    expect(batch.status).toBe(400);
    expect(graphMessage(batch)).toContain(`the limit is ${MAX_JSON_DEPTH}`);
  });
});

describe('probes 7 and 8: the CLI on hostile files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gtm-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function gtm(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdin: Readable.from([]), stdinIsTty: true, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
    return { code, stdout, stderr };
  }

  /** A touchpoints file whose third line is `chars` characters long, written to disk in 1 MiB pieces. */
  function longLineFile(name: string, chars: number): string {
    const path = join(dir, name);
    const fd = openSync(path, 'w');
    writeSync(fd, 'journey_id,channel,touched_at,converted_at\nj1,web,2026-01-05T10:00:00Z,\n');
    const piece = 'x'.repeat(1 << 20);
    for (let left = chars; left > 0; left -= piece.length) writeSync(fd, left >= piece.length ? piece : piece.slice(0, left));
    writeSync(fd, '\n');
    closeSync(fd);
    return path;
  }

  it('gtm attribute stops at a line one character over 1 MiB: exit 2, naming the file, the line and the limit', async () => {
    const path = longLineFile('just-over.csv', MAX_RECORD_CHARS + 1);
    const run = await gtm(['attribute', path, '--model', 'linear']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gtm: cannot read ${JSON.stringify(path)}: line 3: the line is longer than 1,048,576 characters (1 MiB), the most one CSV record may have; is this a CSV export?\n`);
  });

  it('gtm import says the same for the same file, and keeps memory low on a 50 MB line', async () => {
    const path = longLineFile('fifty-mb.csv', 50 * (1 << 20));
    const before = process.memoryUsage().rss;
    const run = await gtm(['import', 'touchpoints', path, '--dry-run']);
    const grown = process.memoryUsage().rss - before;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read "${path}": line 3: the line is longer than 1,048,576 characters (1 MiB)`);
    // Holding the line whole would take 50 MB or more (100 MB as a JS string): the reader stops at 1 MiB.
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  }, 30_000);

  it('calls a file with NUL bytes binary and prints no control character from it', async () => {
    const path = join(dir, 'picture.csv');
    writeFileSync(path, Buffer.from('a,b\u0000\u0001\u001b[31m,c\n\u0000\u0000', 'latin1'));
    for (const argv of [['attribute', path, '--model', 'linear'], ['import', 'accounts', path, '--dry-run']]) {
      const run = await gtm(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`gtm: cannot read ${JSON.stringify(path)}: looks like a binary file, not CSV (it holds NUL bytes); export the data as CSV (UTF-8) and try again\n`);
    }
  });

  it('escapes a control character of a text file in its messages (\\u001b, not ESC)', async () => {
    const path = join(dir, 'escape.csv');
    writeFileSync(path, 'journey_id,chan\u001b[31mnel\n');
    const run = await gtm(['attribute', path, '--model', 'linear']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('chan\\u001b[31mnel');
    expect(run.stderr.match(UNPRINTABLE)).toBeNull();
  });

  it('answers --half-life -1 with the range, as --half-life 0 is answered, not "argument is ambiguous"', async () => {
    const negative = await gtm(['attribute', 'x.csv', '--model', 'time-decay', '--half-life', '-1']);
    const zero = await gtm(['attribute', 'x.csv', '--model', 'time-decay', '--half-life', '0']);
    expect(negative).toEqual({ code: 2, stdout: '', stderr: 'gtm: --half-life must be a number of days greater than 0, got "-1" (e.g. --half-life 7)\n(see gtm attribute --help)\n' });
    expect(zero.stderr).toBe(negative.stderr.replace('"-1"', '"0"'));
  });

  it('import --dry-run never says "the other rows are in": it says they would land and nothing was written, as its summary does', async () => {
    const csv = ['Record ID,Deal Name,Amount', 'HS-1,Acme renewal,48000', 'HS-2,Contoso,lots', 'HS-3,Fabrikam,12000', ''].join('\n');
    const file = await readImportFile(Readable.from([csv]), DEALS_KIND);
    const report = await importRows(DEALS_KIND, createMemoryListStore(), file, { dryRun: true });
    const text = formatReport(report, 'text', 'deals.csv');
    expect(text).not.toContain('the other rows are in');
    expect(text).toContain('1 row rejected in deals.csv (fix them and import the file again; the other rows would land; nothing was written):');
    expect(text).toMatch(/\ndry run: would import 2 deals .*; nothing was written\n$/);
  });
});
