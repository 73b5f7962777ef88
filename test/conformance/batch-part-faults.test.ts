/**
 * `--faults` inside `$batch`: each part draws its own 429/503, as Graph documents ("Requests in a
 * batch are evaluated individually against throttling limits … it fails with a status code of 429 …
 * The batch itself succeeds with a status code of 200", Graph "Throttling guidance", "Throttling and
 * batching"). The faulted part answers 429 with Retry-After and is not applied; the others are.
 * Before this, only whole requests were faulted: every part of a batch that got through landed.
 */
import { devToken, spClient, startWorkbench, type Workbench } from './workbench';

let wb: Workbench;
/** The draws the stand-in makes next (one per request, then one per batch part); 0.99 = no fault. */
let draws: number[] = [];

beforeEach(async () => {
  draws = [];
  wb = await startWorkbench({ faults: '429:0.5', retryAfter: 2, random: () => draws.shift() ?? 0.99 });
});

afterEach(async () => {
  await wb.stop();
});

describe('a SharePoint $batch of 3 adds whose second part draws a 429', () => {
  it('answers that part 429 with Retry-After: 2 and applies the other two (the list holds 2 items, not 3)', async () => {
    const sp = spClient(wb.siteUrl, { retries: 1 });
    await sp.web.lists.add('Risk Register');
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Risk Register');
    const outcomes = [1, 2, 3].map((n) =>
      list.items.add({ Title: `Risk ${n}` }).then(
        () => 'added',
        (error: { status?: number; response?: Response }) => `${error.status ?? 0} retry-after ${error.response?.headers.get('retry-after') ?? '-'}`,
      ),
    );
    // The batch request itself, then its three parts.
    draws = [0.99, 0.99, 0.1, 0.99];
    await execute();
    expect(await Promise.all(outcomes)).toEqual(['added', '429 retry-after 2', 'added']);
    const titles = (await sp.web.lists.getByTitle('Risk Register').items.select('Title')<{ Title: string }[]>()).map((r) => r.Title);
    expect(titles).toEqual(['Risk 1', 'Risk 3']);
  });
});

describe('a Graph JSON $batch of 3 adds whose third part draws a 429', () => {
  it('answers 200 with that part 429 and a Retry-After header, and applies the other two', async () => {
    await spClient(wb.siteUrl, { retries: 1 }).web.lists.add('Risk Register');
    const token = await devToken(wb.server.url);
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const lists = (await (await fetch(`${wb.graphUrl}/sites/root/lists`, { headers: auth })).json()) as { value: { id: string; displayName: string }[] };
    const listId = lists.value.find((l) => l.displayName === 'Risk Register')?.id;
    const requests = [1, 2, 3].map((n) => ({
      id: String(n),
      method: 'POST',
      url: `/sites/root/lists/${listId}/items`,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: `Risk ${n}` } },
    }));
    draws = [0.99, 0.99, 0.99, 0.1];
    const res = await fetch(`${wb.graphUrl}/$batch`, { method: 'POST', headers: auth, body: JSON.stringify({ requests }) });
    expect(res.status).toBe(200);
    const { responses } = (await res.json()) as { responses: { id: string; status: number; headers?: Record<string, string> }[] };
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect([1, 2, 3].map((n) => byId.get(String(n))?.status)).toEqual([201, 201, 429]);
    const headers = Object.fromEntries(Object.entries(byId.get('3')?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    expect(headers['retry-after']).toBe('2');
    const items = (await (await fetch(`${wb.graphUrl}/sites/root/lists/${listId}/items?expand=fields`, { headers: auth })).json()) as {
      value: { fields: { Title: string } }[];
    };
    expect(items.value.map((i) => i.fields.Title)).toEqual(['Risk 1', 'Risk 2']);
  });
});
