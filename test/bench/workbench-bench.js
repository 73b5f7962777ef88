'use strict';
/**
 * `npm run bench` (second part): the SharePoint list data layer against the workbench stand-in.
 *
 * Starts the stand-in on a free port over a temp folder, fills a list with 30,000 items (batched
 * adds), then compares, over real loopback HTTP and counting every HTTP request the client sends:
 *   (a) reading all 30,000 items: the ListStore (`top(5000)` pages, async iteration) vs the naive
 *       read with SharePoint's default page of 100 items (`for await` over `list.items`);
 *   (b) updating 1,000 items: the ListStore (`$batch`, 100 per batch) vs one MERGE request per item;
 *   (c) the health ping's latency idle and while a `$batch` of 50 GETs of 5,000 items runs
 *       (health-under-batch.js), as a ratio.
 * Prints requests, seconds and ratios side by side. It asserts request counts (6 reads, <= 10
 * batches), never timings.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { healthUnderBatch, PARTS, TOP } = require('./health-under-batch');

const ROOT = path.resolve(__dirname, '..', '..');
const ITEMS = 30_000;
const UPDATES = 1_000;

function build() {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) console.log(`warning: tsc -b failed; benchmarking the existing build\n${tsc.stdout}${tsc.stderr}`);
}

/** A list for the benchmark only: a text, a number and an indexed choice. */
const BENCH_LIST = {
  title: 'GTM Bench Items',
  description: 'Benchmark items (npm run bench).',
  urlName: 'GtmBenchItems',
  fields: [
    { name: 'GtmValue', displayName: 'Value', type: 'number' },
    { name: 'GtmStatus', displayName: 'Status', type: 'choice', choices: ['Open', 'Done'], indexed: true },
    { name: 'GtmNote', displayName: 'Note', type: 'text' },
  ],
  views: [],
};

/** Counts the HTTP requests this process sends (PnPjs calls the global fetch). */
function countRequests() {
  const realFetch = globalThis.fetch;
  const counter = { total: 0, byKind: new Map() };
  globalThis.fetch = (input, init) => {
    counter.total += 1;
    const url = String(typeof input === 'string' || input instanceof URL ? input : input.url);
    const kind = url.includes('/$batch') ? 'batch' : url.includes('/contextinfo') ? 'contextinfo' : `${init?.method ?? 'GET'}`;
    counter.byKind.set(kind, (counter.byKind.get(kind) ?? 0) + 1);
    return realFetch(input, init);
  };
  return {
    async measure(run) {
      counter.total = 0;
      counter.byKind = new Map();
      const started = process.hrtime.bigint();
      const value = await run();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return { value, seconds, requests: counter.total, byKind: Object.fromEntries(counter.byKind) };
    },
    restore() {
      globalThis.fetch = realFetch;
    },
  };
}

function fmt(n, digits = 2) {
  return n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main() {
  build();
  require('@pnp/sp/webs');
  require('@pnp/sp/lists');
  require('@pnp/sp/items');
  const { createWorkbenchServer } = require(path.join(ROOT, 'workbench', 'dist', 'server', 'server.js'));
  const shared = require('@gtm/shared');
  const { createSpListStore, provision, spForWorkbench, workbenchSiteUrl } = shared;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-bench-'));
  const server = await createWorkbenchServer({ port: 0, dataDir, host: '127.0.0.1' });
  const counter = countRequests();
  try {
    const sp = spForWorkbench(workbenchSiteUrl(server.url));
    const store = createSpListStore(sp);
    await provision(sp, [BENCH_LIST]);
    await sp.web.lists.getByTitle(BENCH_LIST.title).items.top(1)(); // warm up (and fetch the digest)

    const rows = Array.from({ length: ITEMS }, (_, i) => ({
      Title: `Item ${i + 1}`,
      GtmValue: i,
      GtmStatus: i % 2 === 0 ? 'Open' : 'Done',
      GtmNote: `Note for item ${i + 1}`,
    }));
    const fill = await counter.measure(async () => {
      const results = await store.add(BENCH_LIST, rows);
      if (results.some((r) => !r.ok)) throw new Error('filling the list failed');
      return results;
    });
    console.log(
      `\nworkbench: filled "${BENCH_LIST.title}" with ${ITEMS.toLocaleString('en')} items in ${fmt(fill.seconds)} s ` +
        `(${fill.requests} requests, ${JSON.stringify(fill.byKind)})`,
    );

    // (a) Reading every item.
    const fast = await counter.measure(async () => {
      let n = 0;
      for await (const page of store.readAll(BENCH_LIST)) n += page.length;
      return n;
    });
    const slow = await counter.measure(async () => {
      let n = 0;
      for await (const page of sp.web.lists.getByTitle(BENCH_LIST.title).items) n += page.length;
      return n;
    });
    if (fast.value !== ITEMS || slow.value !== ITEMS) throw new Error(`read ${fast.value} and ${slow.value} items, expected ${ITEMS}`);

    // (b) Updating 1,000 items: read their ETags once (not counted), then both ways.
    const firstRows = [];
    for await (const page of store.readAll(BENCH_LIST, { top: 5000 })) {
      firstRows.push(...page);
      if (firstRows.length >= 2 * UPDATES) break;
    }
    const batchedSet = firstRows.slice(0, UPDATES);
    const singleSet = firstRows.slice(UPDATES, 2 * UPDATES);
    const batched = await counter.measure(async () => {
      const results = await store.update(
        BENCH_LIST,
        batchedSet.map((r) => ({ id: r.id, etag: r.etag, changes: { GtmStatus: 'Done', GtmValue: -r.id } })),
      );
      if (results.some((r) => !r.ok)) throw new Error('a batched update failed');
    });
    const items = sp.web.lists.getByTitle(BENCH_LIST.title).items;
    const single = await counter.measure(async () => {
      for (const r of singleSet) await items.getById(r.id).update({ GtmStatus: 'Done', GtmValue: -r.id }, r.etag);
    });

    // (c) A health ping while one heavy $batch runs (not counted: raw fetch of its own).
    counter.restore();
    const contextInfo = await fetch(`${workbenchSiteUrl(server.url)}/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json' } });
    const digest = (await contextInfo.json()).FormDigestValue;
    const health = await healthUnderBatch({ baseUrl: server.url, siteUrl: workbenchSiteUrl(server.url), listTitle: BENCH_LIST.title, digest });

    const table = [
      ['', 'requests', 'seconds', 'items/s'],
      [`read ${ITEMS.toLocaleString('en')}: ListStore top(5000)`, String(fast.requests), fmt(fast.seconds), fmt(ITEMS / fast.seconds, 0)],
      [`read ${ITEMS.toLocaleString('en')}: default pages of 100`, String(slow.requests), fmt(slow.seconds), fmt(ITEMS / slow.seconds, 0)],
      ['  ratio (naive / ListStore)', `${fmt(slow.requests / fast.requests, 1)}×`, `${fmt(slow.seconds / fast.seconds, 1)}×`, ''],
      [`update ${UPDATES.toLocaleString('en')}: ListStore $batch`, String(batched.requests), fmt(batched.seconds), fmt(UPDATES / batched.seconds, 0)],
      [`update ${UPDATES.toLocaleString('en')}: one request per item`, String(single.requests), fmt(single.seconds), fmt(UPDATES / single.seconds, 0)],
      ['  ratio (naive / ListStore)', `${fmt(single.requests / batched.requests, 1)}×`, `${fmt(single.seconds / batched.seconds, 1)}×`, ''],
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
    console.log('');
    for (const [i, r] of table.entries()) {
      console.log(r.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  '));
      if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    console.log(
      `\nhealth ping idle ${fmt(health.idleMs, 1)} ms; during a $batch of ${PARTS} GETs of ${TOP.toLocaleString('en')} items ` +
        `(${fmt(health.batchSeconds)} s, ${fmt(health.batchBytes / 1e6, 1)} MB) ${fmt(health.busyMs, 1)} ms median, ${fmt(health.maxBusyMs, 1)} ms worst ` +
        `over ${health.pings} pings: ${fmt(health.busyMs / health.idleMs, 1)}× idle (median), ${fmt(health.maxBusyMs / health.idleMs, 1)}× (worst)`,
    );
    console.log(
      `\nrequests counted at the client's fetch, over loopback HTTP to the stand-in (SQLite, WAL, synchronous=FULL);` +
        `\nthe batched update ran ${JSON.stringify(batched.byKind)}, the naive read ${JSON.stringify(slow.byKind)}.`,
    );

    const problems = [];
    if (fast.requests !== 6) problems.push(`reading ${ITEMS} items took ${fast.requests} requests, expected 6`);
    if (health.pings < 2) problems.push(`only ${health.pings} health ping(s) answered while the heavy $batch ran: it starves other requests`);
    if (batched.requests > 10) problems.push(`updating ${UPDATES} items took ${batched.requests} requests, expected at most 10`);
    if (problems.length > 0) {
      console.log(`\nFAILED: ${problems.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    counter.restore();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
