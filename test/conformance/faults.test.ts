import { type Workbench, spClient, startWorkbench } from './workbench';

describe('throttling faults (429/503 with Retry-After)', () => {
  let wb: Workbench;

  afterEach(async () => {
    await wb.stop();
  });

  it('gets every request through PnPjs retries at 30% 429s, applying each write once', async () => {
    // Deterministic randomness: fixed seed LCG, so the run is repeatable.
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    wb = await startWorkbench({ faults: '429:0.3', retryAfter: 0, random });
    const sp = spClient(wb.siteUrl, { retries: 10, interval: 0 });
    await sp.web.lists.add('Risk Register');
    const list = sp.web.lists.getByTitle('Risk Register');
    for (let i = 0; i < 40; i++) await list.items.add({ Title: `Risk ${i}` });
    const rows = await list.items.select('Title').top(100)<{ Title: string }[]>();
    expect(rows.map((r) => r.Title)).toEqual(Array.from({ length: 40 }, (_, i) => `Risk ${i}`));
  });

  it('surfaces a clear error when every request is throttled, with Retry-After on the 429', async () => {
    wb = await startWorkbench({ faults: '429:1', retryAfter: 0 });
    const raw = await fetch(`${wb.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('0');
    const health = await fetch(`${wb.server.url}/_workbench/health`);
    expect(health.status).toBe(200);
    const sp = spClient(wb.siteUrl, { retries: 3, interval: 0 });
    await expect(sp.web()).rejects.toThrow(/Retry count exceeded \(3\).*429/);
  });
});
