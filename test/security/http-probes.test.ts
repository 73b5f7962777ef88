/**
 * Issue 15, the HTTP front door: every probe replayed over raw HTTP (node:http / node:net), so Host,
 * Origin and Content-Length can be forged the way an attacker or a careless client sends them.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IN_FLIGHT } from '../../workbench/src/server/front-door/in-flight';
import { spClient, startWorkbench, type Workbench } from '../conformance/workbench';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Probe {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const MB = 1024 * 1024;
const LIST = "/sites/gtm/_api/web/lists/getbytitle('Direct%20Requests')";

let wb: Workbench;
let port: number;
let digest: string;

/** One request over a fresh connection; Host defaults to 127.0.0.1:<port> unless the probe forges it. */
function send(probe: Probe): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: probe.method ?? 'GET', path: probe.path, headers: { host: `127.0.0.1:${port}`, accept: 'application/json', ...probe.headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(probe.body);
  });
}

/** Sends headers (and `sent` bytes of a declared body) and resolves on the answer, before the rest is sent. */
function sendHeadersOnly(probe: Probe & { sent?: number }): Promise<Answer & { abort(): void }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: probe.method ?? 'POST', path: probe.path, headers: { host: `127.0.0.1:${port}`, accept: 'application/json', ...probe.headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), abort: () => req.destroy() }));
    });
    req.on('error', () => undefined); // the probe ends the connection itself
    req.flushHeaders();
    if (probe.sent) req.write(Buffer.alloc(probe.sent, 0x20));
    setTimeout(() => reject(new Error(`no answer within 3 s to ${probe.path} before its body was sent`)), 3000).unref();
  });
}

/**
 * Streams `total` bytes (chunked when `chunked`, else with a true Content-Length) with backpressure,
 * and resolves once the answer has arrived AND every byte was sent (or the server closed): so a
 * memory probe covers the whole upload, however early the server answers.
 */
function stream(probe: Probe & { total: number; chunked?: boolean }): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    let answer: Answer | undefined;
    let sent = false;
    const resolve = (a?: Answer): void => {
      if (a) answer = a;
      if (answer && sent) resolveAnswer(answer);
    };
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, accept: 'application/json', 'content-type': 'application/json', ...probe.headers };
    if (!probe.chunked) headers['content-length'] = String(probe.total);
    const req = request({ host: '127.0.0.1', port, method: probe.method ?? 'POST', path: probe.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.on('finish', () => ((sent = true), resolve()));
    req.on('close', () => ((sent = true), resolve()));
    const piece = Buffer.alloc(MB, 0x20);
    let left = probe.total;
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, piece.length);
        left -= n;
        if (!req.write(n === piece.length ? piece : piece.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

async function freshDigest(headers: Record<string, string> = {}): Promise<string> {
  const r = await send({ method: 'POST', path: '/sites/gtm/_api/contextinfo', headers });
  return (JSON.parse(r.body) as { FormDigestValue: string }).FormDigestValue;
}

async function listExists(): Promise<boolean> {
  return (await send({ path: LIST })).status === 200;
}

async function itemTitles(): Promise<string[]> {
  const r = await send({ path: `${LIST}/items?$select=Title` });
  return (JSON.parse(r.body) as { value: { Title: string }[] }).value.map((v) => v.Title);
}

beforeAll(async () => {
  wb = await startWorkbench();
  port = wb.server.port;
  const sp = spClient(wb.siteUrl);
  await sp.web.lists.add('Direct Requests', '', 100);
  await sp.web.lists.getByTitle('Direct Requests').items.add({ Title: 'first request' });
  digest = await freshDigest();
});

afterAll(async () => {
  await wb.stop();
});

describe('probe 1: X-HTTP-Method counts only on POST, and every write needs the digest', () => {
  it('GET with X-HTTP-Method: DELETE is a read: the list answers 200 and is still there', async () => {
    const r = await send({ path: LIST, headers: { 'x-http-method': 'DELETE' } });
    expect(r.status).toBe(200);
    expect(await listExists()).toBe(true);
  });

  it('GET with X-HTTP-Method: MERGE changes no item', async () => {
    await send({ path: `${LIST}/items(1)`, headers: { 'x-http-method': 'MERGE', 'if-match': '*', 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'changed by GET' }) });
    expect(await itemTitles()).toEqual(['first request']);
  });

  it('GET with X-HTTP-Method: POST creates no item and no list', async () => {
    await send({ path: `${LIST}/items`, headers: { 'x-http-method': 'POST', 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'made by GET' }) });
    await send({ path: '/sites/gtm/_api/web/lists', headers: { 'x-http-method': 'POST', 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'Made by GET', BaseTemplate: 100 }) });
    expect(await itemTitles()).toEqual(['first request']);
    expect((await send({ path: "/sites/gtm/_api/web/lists/getbytitle('Made%20by%20GET')" })).status).toBe(404);
  });

  it('POST with X-HTTP-Method: DELETE and no digest is 403, and the list stays', async () => {
    const r = await send({ method: 'POST', path: LIST, headers: { 'x-http-method': 'DELETE' } });
    expect(r.status).toBe(403);
    expect(r.body).toContain('security validation');
    expect(await listExists()).toBe(true);
  });

  it('POST with X-HTTP-Method: MERGE and the digest updates the item (204), as PnPjs sends it', async () => {
    const r = await send({ method: 'POST', path: `${LIST}/items(1)`, headers: { 'x-http-method': 'MERGE', 'if-match': '*', 'x-requestdigest': digest, 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'first request, merged' }) });
    expect(r.status).toBe(204);
    expect(await itemTitles()).toEqual(['first request, merged']);
  });

  it('a write without a digest is refused before its body is read (60 MB declared, none sent)', async () => {
    const r = await sendHeadersOnly({ path: `${LIST}/items`, headers: { 'content-type': 'application/json', 'content-length': String(60 * MB) } });
    r.abort();
    expect(r.status).toBe(403);
  });

  it('a Graph write without a bearer token is 401 before its body is read', async () => {
    const r = await sendHeadersOnly({ path: '/graph/v1.0/sites/root/lists', headers: { 'content-type': 'application/json', 'content-length': String(60 * MB) } });
    r.abort();
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
  });
});

describe('probe 2: only loopback names of this port are answered; foreign Origins get no token, digest or write', () => {
  const evil = (): Record<string, string> => ({ host: 'evil.example:4477' });

  it.each([
    ['GET', '/_workbench/token'],
    ['POST', '/sites/gtm/_api/contextinfo'],
    ['GET', '/sites/gtm/_api/web/lists'],
    ['GET', '/graph/v1.0/sites/root'],
    ['GET', '/_workbench/health'],
    ['GET', '/'],
  ])('%s %s with Host evil.example:4477 is 421 and names the hosts it answers for', async (method, path) => {
    const r = await send({ method, path, headers: evil() });
    expect(r.status).toBe(421);
    expect(r.body).toContain(`127.0.0.1:${port}`);
    expect(r.body).not.toContain('FormDigestValue');
    expect(r.body).not.toContain('token');
  });

  it('another port on 127.0.0.1 is another authority: 421', async () => {
    expect((await send({ path: '/_workbench/health', headers: { host: `127.0.0.1:${port + 1}` } })).status).toBe(421);
  });

  it('a request without Host (HTTP/1.0 over a raw socket) is 400', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('GET /_workbench/health HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
      socket.on('close', () => resolve(text));
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
  });

  it.each(['127.0.0.1', 'localhost', '[::1]'])('Host %s:<port> is answered, and contextinfo builds SiteFullUrl from it', async (name) => {
    const r = await send({ method: 'POST', path: '/sites/gtm/_api/contextinfo', headers: { host: `${name}:${port}` } });
    expect(r.status).toBe(200);
    expect((JSON.parse(r.body) as { SiteFullUrl: string }).SiteFullUrl).toBe(`http://${name}:${port}/sites/gtm`);
  });

  it('a next link echoes the allowed host it was asked on', async () => {
    const sp = spClient(wb.siteUrl);
    await sp.web.lists.getByTitle('Direct Requests').items.add({ Title: 'second request' });
    const r = await send({ path: `${LIST}/items?$top=1`, headers: { host: `localhost:${port}` } });
    expect((JSON.parse(r.body) as { 'odata.nextLink': string })['odata.nextLink'].startsWith(`http://localhost:${port}/sites/gtm/_api/`)).toBe(true);
  });

  it('a foreign Origin gets no dev token, no digest and no write (403); reads carry no CORS header', async () => {
    const origin = { origin: 'http://evil.example:4477' };
    expect((await send({ path: '/_workbench/token', headers: origin })).status).toBe(403);
    const info = await send({ method: 'POST', path: '/sites/gtm/_api/contextinfo', headers: origin });
    expect(info.status).toBe(403);
    expect(info.body).not.toContain('FormDigestValue');
    const write = await send({ method: 'POST', path: `${LIST}/items`, headers: { ...origin, 'x-requestdigest': digest, 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'from evil' }) });
    expect(write.status).toBe(403);
    expect(JSON.parse(write.body)).toHaveProperty(['odata.error', 'message', 'value']);
    expect(await itemTitles()).not.toContain('from evil');
    const read = await send({ path: `${LIST}/items`, headers: origin });
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send({ method: 'OPTIONS', path: `${LIST}/items`, headers: { ...origin, 'access-control-request-method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('Origin: null (a sandboxed frame) is foreign too', async () => {
    expect((await send({ method: 'POST', path: '/sites/gtm/_api/contextinfo', headers: { origin: 'null' } })).status).toBe(403);
  });

  it('Live Share: a foreign Origin or Host cannot read the Fluid service, take a meeting container or give itself a role', async () => {
    const meeting = '/_workbench/live-share/meetings/m1';
    const evil = { origin: 'http://evil.example:4477' };
    expect((await send({ path: '/_workbench/live-share', headers: evil })).status).toBe(403);
    expect((await send({ method: 'PUT', path: `${meeting}/container`, headers: { ...evil, 'content-type': 'application/json' }, body: JSON.stringify({ containerId: 'c1' }) })).status).toBe(403);
    expect((await send({ method: 'PUT', path: `${meeting}/clients/x1`, headers: { ...evil, 'content-type': 'application/json' }, body: JSON.stringify({ roles: ['Organizer'] }) })).status).toBe(403);
    expect((await send({ method: 'PUT', path: `${meeting}/clients/x1`, headers: { origin: 'null', 'content-type': 'application/json' }, body: JSON.stringify({ roles: ['Organizer'] }) })).status).toBe(403);
    expect((await send({ path: `${meeting}/container`, headers: { host: `evil.example:${port}` } })).status).toBeGreaterThanOrEqual(400);
    // Nothing was taken: the meeting still has no container, the client no role.
    const own = { origin: `http://127.0.0.1:${port}` };
    expect(JSON.parse((await send({ path: `${meeting}/container`, headers: own })).body)).toMatchObject({ containerState: 'NotFound', shouldCreate: true });
    expect(JSON.parse((await send({ path: `${meeting}/clients/x1`, headers: own })).body)).toEqual({ roles: null });
    // And a malformed role is refused even from the page itself.
    expect((await send({ method: 'PUT', path: `${meeting}/clients/x1`, headers: { ...own, 'content-type': 'application/json' }, body: JSON.stringify({ roles: ['<b>Owner</b>'] }) })).status).toBe(400);

    // A user whose name has a control character, or that is not an object, is refused too.
    const put = (user: unknown) => send({ method: 'PUT', path: `${meeting}/clients/x2`, headers: { ...own, 'content-type': 'application/json' }, body: JSON.stringify({ roles: ['Attendee'], user }) });
    expect((await put({ userId: 'u1', displayName: 'Anna\u0007Berg' })).status).toBe(400);
    expect((await put('Anna Berg')).status).toBe(400);
    expect((await put({ userId: 'u1', displayName: 'Anna Berg' })).status).toBe(200);
    expect(JSON.parse((await send({ path: `${meeting}/clients/x2`, headers: own })).body)).toEqual({ roles: ['Attendee'], userId: 'u1', displayName: 'Anna Berg' });
    // A malformed escape in the path is a 404, not a 500 (decodeURIComponent throws on it).
    expect((await send({ path: '/_workbench/live-share/meetings/%zz/container', headers: own })).status).toBe(404);
  });

  it("the workbench's own pages (Origin http://127.0.0.1:<port> or localhost) may write", async () => {
    const d = await freshDigest({ origin: `http://localhost:${port}` });
    const r = await send({ method: 'POST', path: `${LIST}/items`, headers: { origin: `http://127.0.0.1:${port}`, 'x-requestdigest': d, 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'from the page' }) });
    expect(r.status).toBe(201);
  });
});

describe('probe 3 and 8: bodies are bounded per route, before and while streaming', () => {
  it('10 parallel 60 MB POSTs without a digest are all 403 and raise RSS by under 50 MB', async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const answers = await Promise.all(Array.from({ length: 10 }, () => stream({ path: `${LIST}/items`, total: 60 * MB })));
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(403));
    expect((peak - before) / MB).toBeLessThan(50);
  }, 60_000);

  it('a 70 MB $batch with a digest is 413 in SharePoint error JSON, not a connection reset', async () => {
    const r = await stream({ path: '/sites/gtm/_api/$batch', total: 70 * MB, headers: { 'x-requestdigest': digest, 'content-type': 'multipart/mixed; boundary=batch_x' } });
    expect(r.status).toBe(413);
    const e = JSON.parse(r.body) as { 'odata.error': { code: string; message: { lang: string; value: string } } };
    expect(e['odata.error'].message.lang).toBe('en-US');
    expect(e['odata.error'].message.value).toContain('33554432 bytes (32 MB)');
  }, 30_000);

  it('an item POST declaring 3 MB is 413 at once (the 2 MB item limit), nothing sent', async () => {
    const r = await sendHeadersOnly({ path: `${LIST}/items`, headers: { 'x-requestdigest': digest, 'content-type': 'application/json', 'content-length': String(3 * MB) } });
    r.abort();
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toHaveProperty(['odata.error', 'message', 'value']);
  });

  it('a chunked item POST of 3 MB (no Content-Length) is 413 once 2 MB have streamed', async () => {
    const r = await stream({ path: `${LIST}/items`, total: 3 * MB, chunked: true, headers: { 'x-requestdigest': digest } });
    expect(r.status).toBe(413);
    expect((JSON.parse(r.body) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toContain('2097152 bytes (2 MB)');
  });

  it('a Graph POST of 5 MB is 413 in Graph error JSON', async () => {
    const token = (JSON.parse((await send({ path: '/_workbench/token' })).body) as { token: string }).token;
    const r = await stream({ path: '/graph/v1.0/sites/root/lists', total: 5 * MB, headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(413);
    const e = JSON.parse(r.body) as { error: { code: string; message: string } };
    expect(e.error.code).toBe('requestEntityTooLarge');
    expect(e.error.message).toContain('4194304 bytes (4 MB)');
  });

  it('a 10 MB $batch is under its limit: not 413', async () => {
    const r = await stream({ path: '/sites/gtm/_api/$batch', total: 10 * MB, headers: { 'x-requestdigest': digest, 'content-type': 'multipart/mixed; boundary=batch_x' } });
    expect(r.status).not.toBe(413);
  });

  it(`beyond ${MAX_IN_FLIGHT} requests in flight the next one is 503 with Retry-After, and is served once they finish`, async () => {
    const held = await Promise.all(
      Array.from({ length: MAX_IN_FLIGHT }, () => {
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: `${LIST}/items`, headers: { host: `127.0.0.1:${port}`, 'x-requestdigest': digest, 'content-type': 'application/json', 'content-length': '100' }, agent: false });
        req.on('error', () => undefined);
        req.write('{"Title":');
        return new Promise<typeof req>((resolve) => req.on('socket', (s) => s.on('connect', () => setTimeout(() => resolve(req), 20))));
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const busy = await send({ path: `${LIST}/items` });
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('1');
    expect(JSON.parse(busy.body)).toHaveProperty(['odata.error', 'message', 'value']);
    for (const req of held) req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await send({ path: `${LIST}/items` })).status).toBe(200);
  }, 30_000);
});

describe('probe 8: $top=0', () => {
  it('SharePoint REST answers an empty page for $top=0 (OData: up to 0 items)', async () => {
    const r = await send({ path: `${LIST}/items?$top=0` });
    expect(r.status).toBe(200);
    expect((JSON.parse(r.body) as { value: unknown[] }).value).toEqual([]);
  });

  it('Graph answers 400 for $top=0', async () => {
    const token = (JSON.parse((await send({ path: '/_workbench/token' })).body) as { token: string }).token;
    const lists = JSON.parse((await send({ path: '/graph/v1.0/sites/root/lists', headers: { authorization: `Bearer ${token}` } })).body) as { value: { id: string; displayName: string }[] };
    const id = lists.value.find((l) => l.displayName === 'Direct Requests')?.id ?? '';
    const r = await send({ path: `/graph/v1.0/sites/root/lists/${id}/items?$top=0`, headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(400);
  });
});

describe('probe 6: static files only inside the mount, symbolic links resolved', () => {
  let folder: string;
  let pages: Workbench;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'gtm-mount-'));
    mkdirSync(join(folder, 'site'));
    writeFileSync(join(folder, 'site', 'index.html'), '<p>page</p>');
    symlinkSync('/etc/passwd', join(folder, 'site', 'passwd'));
    symlinkSync('/etc', join(folder, 'site', 'etc'));
    symlinkSync(join(folder, 'site', 'index.html'), join(folder, 'site', 'alias.html'));
    pages = await startWorkbench({ mounts: [{ prefix: '/pages/', dir: join(folder, 'site') }] });
  });

  afterAll(async () => {
    await pages.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const get = (path: string): Promise<Answer> => {
    const saved = port;
    port = pages.server.port;
    return send({ path }).finally(() => (port = saved));
  };

  it('a link to /etc/passwd inside the mount is 404', async () => {
    const r = await get('/pages/passwd');
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('root:');
  });

  it('a linked folder leading out of the mount is 404', async () => {
    expect((await get('/pages/etc/passwd')).status).toBe(404);
  });

  it('a file, and a link to a file inside the mount, are served', async () => {
    expect((await get('/pages/index.html')).body).toBe('<p>page</p>');
    expect((await get('/pages/alias.html')).status).toBe(200);
  });
});
