import type { SPFI } from '@pnp/sp';
import type { ListSchema } from '../lists/list-schema';
import { ConflictError, ThrottledError } from './errors';
import { readAllRows } from './list-store';
import { spForWorkbench } from './pnp-setup';
import { createSpListStore } from './sp-list-store';

/**
 * Unit tests with PnPjs's `send` observer replaced by an in-memory SharePoint (as PnPjs's own
 * tests do); the same store runs over real HTTP against the workbench in test/sharepoint.
 */

const SITE = 'https://contoso.sharepoint.com/sites/gtm';
const LIST: ListSchema = {
  title: 'Things',
  description: '',
  urlName: 'Things',
  fields: [
    { name: 'GtmStatus', displayName: 'Status', type: 'choice', choices: ['Open', 'Done'], indexed: true },
    { name: 'GtmKpi', displayName: 'KPI', type: 'lookup', lookupList: 'GTM KPIs' },
  ],
  views: [],
};

interface Stored {
  Title: string;
  GtmStatus: string | null;
  GtmKpiId: number | null;
  version: number;
}

class FakeSharePoint {
  items = new Map<number, Stored>();
  nextId = 1;
  requests: string[] = [];
  throttle = 0;
  pageSize = 2;

  seed(count: number): void {
    for (let i = 0; i < count; i++) this.items.set(this.nextId++, { Title: `Item ${i + 1}`, GtmStatus: 'Open', GtmKpiId: null, version: 1 });
  }

  json(id: number): Record<string, unknown> {
    const item = this.items.get(id);
    if (!item) throw new Error('no item');
    return { 'odata.etag': `"${item.version}"`, Id: id, Title: item.Title, GtmStatus: item.GtmStatus, GtmKpiId: item.GtmKpiId };
  }

  send = async (url: string, init: { method?: string; body?: unknown; headers?: unknown }): Promise<Response> => {
    const method = init.method ?? 'GET';
    this.requests.push(`${method} ${url.replace(SITE, '')}`);
    if (this.throttle > 0) {
      this.throttle--;
      return new Response('{}', { status: 429, headers: { 'Retry-After': '0' } });
    }
    if (url.endsWith('/_api/contextinfo')) {
      return Response.json({ FormDigestValue: '0xABC,01 Jan 2025 00:00:00 -0000', FormDigestTimeoutSeconds: 1800 });
    }
    if (url.endsWith('/_api/$batch')) return this.batch(String(init.body));
    return this.handle(method, url, {}, undefined);
  };

  handle(method: string, url: string, headers: Record<string, string>, body: string | undefined): Response {
    const u = new URL(url);
    const byId = /items\((\d+)\)$/.exec(u.pathname);
    if (method === 'GET' && byId) {
      const id = Number(byId[1]);
      return this.items.has(id) ? Response.json(this.json(id)) : Response.json({ 'odata.error': { message: { value: 'Item does not exist' } } }, { status: 404 });
    }
    if (method === 'GET') {
      const top = Number(u.searchParams.get('$top') ?? '100');
      const after = Number(/p_ID=(\d+)/.exec(u.searchParams.get('$skiptoken') ?? '')?.[1] ?? '0');
      const ids = [...this.items.keys()].filter((id) => id > after).slice(0, Math.min(top, this.pageSize));
      const value = ids.map((id) => this.json(id));
      const last = ids[ids.length - 1];
      const more = last !== undefined && [...this.items.keys()].some((id) => id > last);
      const next = new URL(u);
      next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${last}`);
      return Response.json(more ? { value, 'odata.nextLink': next.toString() } : { value });
    }
    if (method === 'POST') {
      const values = JSON.parse(body ?? '{}') as Partial<Stored>;
      const id = this.nextId++;
      this.items.set(id, { Title: values.Title ?? '', GtmStatus: values.GtmStatus ?? null, GtmKpiId: values.GtmKpiId ?? null, version: 1 });
      return Response.json(this.json(id), { status: 201 });
    }
    const id = Number(byId?.[1]);
    const item = this.items.get(id);
    if (!item) return new Response('{}', { status: 404 });
    const ifMatch = headers['if-match'];
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== `"${item.version}"`) {
      return Response.json({ 'odata.error': { message: { value: 'The version of the item has changed' } } }, { status: 412 });
    }
    if (method === 'DELETE') {
      this.items.delete(id);
      return new Response(null, { status: 200 });
    }
    Object.assign(item, JSON.parse(body ?? '{}'), { version: item.version + 1 });
    return new Response(null, { status: 204, headers: { ETag: `"${item.version}"` } });
  }

  async batch(body: string): Promise<Response> {
    const parts = body.split(/^--(?:batch|changeset)_[^\n]*\n/m);
    const out: string[] = [];
    for (const part of parts) {
      const lines = part.split('\n');
      const start = lines.findIndex((l) => /^(GET|POST|MERGE|PATCH|DELETE|PUT) \S+ HTTP\/1\.1$/.test(l));
      if (start < 0) continue;
      const [method = '', url = ''] = (lines[start] ?? '').split(' ');
      const headers: Record<string, string> = {};
      let i = start + 1;
      for (; i < lines.length && (lines[i] ?? '') !== ''; i++) {
        const [k = '', ...v] = (lines[i] ?? '').split(':');
        headers[k.trim().toLowerCase()] = v.join(':').trim();
      }
      const requestBody = lines.slice(i + 1).join('\n').trim();
      const response = this.handle(method, url, headers, requestBody === '' ? undefined : requestBody);
      const text = await response.text();
      const etag = response.headers.get('ETag');
      out.push(
        `--batchresponse_1\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n` +
          `HTTP/1.1 ${response.status} X\nContent-Type: application/json\n${etag ? `ETag: ${etag}\n` : ''}\n${text}\n`,
      );
    }
    return new Response(`${out.join('')}--batchresponse_1--\n`, { status: 200, headers: { 'Content-Type': 'multipart/mixed' } });
  }
}

/**
 * `send: 'replaced'` swaps PnPjs's send observer for the fake; `send: 'fetch'` keeps PnPjs's
 * BrowserFetchWithRetry (to test its retries) and stubs the global fetch it calls instead.
 */
function setup(options: { retries?: number; send?: 'replaced' | 'fetch' } = {}): { fake: FakeSharePoint; sp: SPFI } {
  const fake = new FakeSharePoint();
  const sp = spForWorkbench(SITE, { retries: options.retries ?? 3, interval: 1 });
  if (options.send === 'fetch') {
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => fake.send(String(url), init ?? {}));
  } else {
    sp.using((instance) => {
      instance.on.send.replace(async (url: string | URL, init: RequestInit) => fake.send(url.toString(), init));
      return instance;
    });
  }
  return { fake, sp };
}

afterEach(() => jest.restoreAllMocks());

describe('the SharePoint REST list store (send replaced)', () => {
  it('reads 5 items as 3 pages of 2, 2 and 1, selecting only Id, Title, Created and the schema columns', async () => {
    const { fake, sp } = setup();
    fake.seed(5);
    const pages: number[] = [];
    for await (const page of createSpListStore(sp).readAll(LIST)) pages.push(page.length);
    expect(pages).toEqual([2, 2, 1]);
    expect(fake.requests).toHaveLength(3);
    expect(decodeURIComponent(fake.requests[0] ?? '')).toContain('$select=Id,Title,Created,GtmStatus,GtmKpiId');
    expect(decodeURIComponent(fake.requests[0] ?? '')).toContain('$top=5000');
  });

  it('maps a lookup id back under the lookup name and keeps the ETag', async () => {
    const { fake, sp } = setup();
    fake.items.set(7, { Title: 'Pipeline', GtmStatus: 'Done', GtmKpiId: 3, version: 4 });
    expect(await createSpListStore(sp).get(LIST, 7)).toEqual({
      id: 7,
      etag: '"4"',
      values: { Title: 'Pipeline', GtmStatus: 'Done', GtmKpi: 3 },
    });
    expect(await createSpListStore(sp).get(LIST, 8)).toBeNull();
  });

  it('adds 250 items in 3 $batch requests of at most 100, plus one contextinfo for the digest', async () => {
    const { fake, sp } = setup();
    const rows = Array.from({ length: 250 }, (_, i) => ({ Title: `Row ${i + 1}`, GtmStatus: 'Open', GtmKpi: 1 }));
    const results = await createSpListStore(sp).add(LIST, rows);
    expect(results.filter((r) => r.ok)).toHaveLength(250);
    expect(results[249]).toEqual({ ok: true, id: 250, etag: '"1"' });
    expect(fake.items.get(250)?.GtmKpiId).toBe(1);
    expect(fake.requests.filter((r) => r.endsWith('/_api/$batch'))).toHaveLength(3);
    expect(fake.requests.filter((r) => r.endsWith('/_api/contextinfo')).length).toBeLessThanOrEqual(1);
  });

  it('answers a stale ETag with a ConflictError holding the server item, and applies the others', async () => {
    const { fake, sp } = setup();
    fake.seed(3);
    fake.items.set(2, { Title: 'Changed by Ana', GtmStatus: 'Done', GtmKpiId: null, version: 5 });
    const results = await createSpListStore(sp).update(LIST, [
      { id: 1, etag: '"1"', changes: { GtmStatus: 'Done' } },
      { id: 2, etag: '"1"', changes: { GtmStatus: 'Open' } },
      { id: 3, etag: '"1"', changes: { Title: "O'Brien" } },
    ]);
    expect(results[0]).toEqual({ ok: true, id: 1, etag: '"2"' });
    expect(results[2]).toEqual({ ok: true, id: 3, etag: '"2"' });
    const conflict = results[1];
    expect(conflict?.ok).toBe(false);
    const error = conflict && !conflict.ok ? conflict.error : null;
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual({
      id: 2,
      etag: '"5"',
      values: { Title: 'Changed by Ana', GtmStatus: 'Done', GtmKpi: null },
    });
    expect(fake.items.get(2)?.GtmStatus).toBe('Done');
  });

  it('deletes with the ETag, and refuses to delete an item whose ETag is stale', async () => {
    const { fake, sp } = setup();
    fake.seed(2);
    const results = await createSpListStore(sp).delete(LIST, [
      { id: 1, etag: '"1"' },
      { id: 2, etag: '"9"' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    const stale = results[1];
    expect(stale && !stale.ok && stale.error instanceof ConflictError ? stale.error.current?.etag : null).toBe('"1"');
    expect([...fake.items.keys()]).toEqual([2]);
  });

  it('retries a 429 (Retry-After: 0) and succeeds when the third attempt gets through', async () => {
    const { fake, sp } = setup({ retries: 3, send: 'fetch' });
    fake.seed(1);
    fake.throttle = 2;
    expect(await readAllRows(createSpListStore(sp), LIST)).toHaveLength(1);
    expect(fake.requests).toHaveLength(3);
  });

  it('surfaces throttling that outlasts the retries as a ThrottledError with a clear message', async () => {
    const { fake, sp } = setup({ retries: 2, send: 'fetch' });
    fake.seed(1);
    fake.throttle = 10;
    const reading = readAllRows(createSpListStore(sp), LIST);
    await expect(reading).rejects.toBeInstanceOf(ThrottledError);
    await expect(readAllRows(createSpListStore(sp), LIST)).rejects.toThrow(/Reading Things: SharePoint is throttling requests \(429/);
  });
});
