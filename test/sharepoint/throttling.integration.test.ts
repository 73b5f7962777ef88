import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GTM_PRIORITIES_LIST,
  ThrottledError,
  createGraphListStore,
  createSpListStore,
  graphForWorkbench,
  provision,
  readAllRows,
  spForWorkbench,
  workbenchGraphUrl,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import type { ListStore, RetryEvent } from '../../shared/src/sharepoint';
import { mulberry32 } from '../../workbench/src/seed/prng';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * Both ListStore adapters against a stand-in that throttles 4 requests in 10 — whole requests and
 * each `$batch` part on its own (`--faults 429:0.3,503:0.1`, Retry-After 0 to keep it fast): with a
 * time budget instead of three retries every batch write lands exactly once and every read
 * succeeds; a throttle that outlasts the budget ends in a ThrottledError that says how long it
 * waited. (Microsoft: "Avoid getting throttled or blocked in SharePoint Online"; Graph "Throttling
 * guidance", "Throttling and batching".)
 */

jest.setTimeout(120_000);

interface Env {
  server: WorkbenchServer;
  dataDir: string;
  sp: ListStore;
  graph: ListStore;
  retries: RetryEvent[];
}

async function start(faults: string, retryBudgetMs = 60_000): Promise<Env> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-throttling-'));
  const calm = await createWorkbenchServer({ port: 0, dataDir });
  await provision(spForWorkbench(workbenchSiteUrl(calm.url)), [GTM_PRIORITIES_LIST]);
  await calm.close();
  const server = await createWorkbenchServer({ port: 0, dataDir, faults, retryAfter: 0, random: mulberry32(11) });
  const token = ((await (await fetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
  const retries: RetryEvent[] = [];
  const policy = { retryBudgetMs, onRetry: (event: RetryEvent) => retries.push(event) };
  return {
    server,
    dataDir,
    retries,
    sp: createSpListStore(spForWorkbench(workbenchSiteUrl(server.url), policy), policy),
    graph: createGraphListStore(graphForWorkbench(workbenchGraphUrl(server.url), token, policy), 'root', { ...policy, timeZone: 'UTC' }),
  };
}

async function stop(env: Env): Promise<void> {
  await env.server.close();
  fs.rmSync(env.dataDir, { recursive: true, force: true });
}

const priority = (rank: number, api: string) => ({
  Title: `${api} priority ${rank}`,
  GtmRank: rank,
  // Owners are Person columns: a directory user of the demo tenant (the Marketing Director).
  GtmOwner: { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' },
  GtmStatus: 'Planned',
});

describe('a stand-in throttling 30% of requests and parts with 429 and 10% with 503 (Retry-After: 0)', () => {
  let env: Env;
  beforeAll(async () => {
    env = await start('429:0.3,503:0.1');
  });
  afterAll(() => stop(env));

  it('lands 300 adds in one call over SharePoint $batch and 300 over Graph $batch, each exactly once', async () => {
    for (const [api, store] of [['sp', env.sp], ['graph', env.graph]] as const) {
      const rows = Array.from({ length: 300 }, (_, i) => priority(i + 1, api));
      const results = await store.add(GTM_PRIORITIES_LIST, rows);
      expect(results.filter((r) => !r.ok)).toEqual([]);
    }
    const all = await readAllRows(env.sp, GTM_PRIORITIES_LIST);
    const titles = all.map((r) => String(r.values.Title));
    expect(titles.filter((t) => t.startsWith('sp '))).toHaveLength(300);
    expect(titles.filter((t) => t.startsWith('graph '))).toHaveLength(300);
    expect(new Set(titles).size).toBe(600);
    // Parts were throttled and re-sent alone (not the whole batch again).
    expect(env.retries.some((r) => /throttled parts of a \$batch \(Adding to GTM Priorities\)/.test(r.what))).toBe(true);
  });

  it('applies each of 300 updates once: every item moves from version 1 to version 2, not 3', async () => {
    const rows = (await readAllRows(env.sp, GTM_PRIORITIES_LIST)).filter((r) => String(r.values.Title).startsWith('sp '));
    const results = await env.sp.update(
      GTM_PRIORITIES_LIST,
      rows.map((r) => ({ id: r.id, etag: r.etag, changes: { GtmStatus: 'In progress' } })),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const after = (await readAllRows(env.sp, GTM_PRIORITIES_LIST)).filter((r) => String(r.values.Title).startsWith('sp '));
    expect(new Set(after.map((r) => r.etag))).toEqual(new Set(['"2"']));
  });

  it('reads the 600 items 5 times in a row over each API, every time', async () => {
    for (let run = 0; run < 5; run++) {
      expect(await readAllRows(env.sp, GTM_PRIORITIES_LIST)).toHaveLength(600);
      expect(await readAllRows(env.graph, GTM_PRIORITIES_LIST)).toHaveLength(600);
    }
  });
});

describe('a stand-in that throttles every request, with a budget of 300 ms', () => {
  let env: Env;
  beforeAll(async () => {
    env = await start('429:1', 300);
  });
  afterAll(() => stop(env));

  it('gives up with a ThrottledError that names the operation and how long it kept retrying', async () => {
    const error: unknown = await readAllRows(env.sp, GTM_PRIORITIES_LIST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).waitedMs).toEqual(expect.any(Number));
    expect((error as Error).message).toMatch(/^Reading GTM Priorities: SharePoint is throttling requests \(429 Too Many Requests\) and still was after retrying for [\d.]+ s/);
    await expect(readAllRows(env.graph, GTM_PRIORITIES_LIST)).rejects.toBeInstanceOf(ThrottledError);
  });

  it('reports every add as not written, and writes none of them', async () => {
    const results = await env.sp.add(GTM_PRIORITIES_LIST, [priority(1, 'late'), priority(2, 'late')]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.name))).toEqual(['ThrottledError', 'ThrottledError']);
    await env.server.close();
    const calm = await createWorkbenchServer({ port: 0, dataDir: env.dataDir });
    try {
      expect(await readAllRows(createSpListStore(spForWorkbench(workbenchSiteUrl(calm.url))), GTM_PRIORITIES_LIST)).toEqual([]);
    } finally {
      await calm.close();
      env.server = { ...env.server, close: async () => undefined };
    }
  });
});
