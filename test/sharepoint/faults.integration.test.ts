import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GTM_PRIORITIES_LIST,
  ThrottledError,
  createGraphListStore,
  fetchSiteTimeZone,
  createSpListStore,
  graphForWorkbench,
  provision,
  readAllRows,
  spForWorkbench,
  workbenchGraphUrl,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import type { ListStore } from '../../shared/src/sharepoint';
import { mulberry32 } from '../../workbench/src/seed/prng';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * Both ListStore adapters against a stand-in that throttles: PnPjs's retry behavior, configured once
 * at the root, honours Retry-After and gets every write through exactly once; throttling that outlasts
 * the retries surfaces as a ThrottledError a person can read.
 */

jest.setTimeout(120_000);

async function start(faults: string): Promise<{ server: WorkbenchServer; dataDir: string; sp: ListStore; graph: ListStore }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-faults-'));
  // Provision on a calm server first, then reopen the same data with faults switched on.
  const calm = await createWorkbenchServer({ port: 0, dataDir });
  await provision(spForWorkbench(workbenchSiteUrl(calm.url)), [GTM_PRIORITIES_LIST]);
  await calm.close();
  const server = await createWorkbenchServer({ port: 0, dataDir, faults, retryAfter: 0, random: mulberry32(7) });
  const token = ((await (await fetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
  // Six retries: a request fails only after 7 throttled answers in a row (0.3^7 ≈ 0.0002).
  const retry = { retries: 6, interval: 5 };
  return {
    server,
    dataDir,
    sp: createSpListStore(spForWorkbench(workbenchSiteUrl(server.url), retry)),
    graph: createGraphListStore(graphForWorkbench(workbenchGraphUrl(server.url), token, retry), 'root', { timeZone: () => fetchSiteTimeZone(workbenchSiteUrl(server.url)) }),
  };
}

const priority = (rank: number, api: string) => ({
  Title: `${api} priority ${rank}`,
  GtmRank: rank,
  // Owners are Person columns: a directory user of the demo tenant (the Marketing Director).
  GtmOwner: { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' },
  GtmStatus: 'Planned',
});

describe('a stand-in answering 3 requests in 10 with 429 (Retry-After: 0)', () => {
  let env: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    env = await start('429:0.3');
  });
  afterAll(async () => {
    await env.server.close();
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  });

  it('still lands 30 adds over SharePoint REST and 30 over Graph, each exactly once', async () => {
    for (const [api, store] of [['sp', env.sp], ['graph', env.graph]] as const) {
      const rows = Array.from({ length: 30 }, (_, i) => priority(i + 1, api));
      // Small writes, one request each, so the retry behavior sees many throttled requests.
      for (const row of rows) {
        const [result] = await store.add(GTM_PRIORITIES_LIST, [row]);
        if (!result?.ok) throw new Error(`${api} add failed: ${result && !result.ok ? String(result.error) : "no result"}`);
      }
    }
    const all = await readAllRows(env.sp, GTM_PRIORITIES_LIST);
    expect(all.filter((r) => String(r.values.Title).startsWith('sp '))).toHaveLength(30);
    expect(all.filter((r) => String(r.values.Title).startsWith('graph '))).toHaveLength(30);
  });
});

describe('a stand-in that throttles every request', () => {
  let env: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    env = await start('429:1');
  });
  afterAll(async () => {
    await env.server.close();
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  });

  it('gives up after the retries with a ThrottledError that says so', async () => {
    await expect(readAllRows(env.sp, GTM_PRIORITIES_LIST)).rejects.toBeInstanceOf(ThrottledError);
    await expect(readAllRows(env.graph, GTM_PRIORITIES_LIST)).rejects.toThrow(/throttl/i);
  });
});
