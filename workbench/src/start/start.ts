/**
 * `npm start`: the stand-in on 127.0.0.1 with the GTM lists and, on the first run over a data
 * folder, the demo tenant. Provisioning and seeding go over HTTP through `@gtm/shared`, exactly as
 * any client would; only the marker that says "seeded" lives in the stand-in's database.
 */
import { createSpListStore, GTM_LISTS, localDay, type ListStore, provision, readAllRows, spForWorkbench, workbenchSiteUrl } from '@gtm/shared';
import { generateDemoTenant } from '../seed';
import { createWorkbenchServer, type WorkbenchServer, type WorkbenchServerOptions } from '../server/server';
import { hostPageMounts, REPOSITORY_ROOT } from './host-pages';
import { readSeedState, writeSeedState } from './seed-marker';
import { type SeedCounts, seedDemoTenant } from './seed-workbench';

export interface StartOptions extends Pick<WorkbenchServerOptions, 'port' | 'dataDir' | 'faults' | 'latency' | 'retryAfter' | 'mounts'> {
  /** Today as `YYYY-MM-DD`: the demo tenant's dates end here. */
  today: string;
  /** Where progress and the URLs go. */
  out: (text: string) => void;
  /** Whether `out` is a terminal (progress then updates one line in place). */
  isTty?: boolean;
}

export interface StartedWorkbench {
  server: WorkbenchServer;
  /** Items written per list, when this start seeded; null when the data folder was seeded before. */
  seeded: SeedCounts | null;
}

/** Today in the local time zone as `YYYY-MM-DD` (from @gtm/shared; re-exported for the start-up callers). */
export { localDay };

async function waitForHealth(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/_workbench/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The stand-in at ${url} did not become healthy within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first GTM list holding any item, or null when all are empty. */
async function firstListWithItems(store: ListStore): Promise<string | null> {
  for (const list of GTM_LISTS) {
    for await (const page of store.readAll(list, { top: 1 })) {
      if (page.length > 0) return list.title;
      break;
    }
  }
  return null;
}

/** Empties the GTM lists after an interrupted seed, so seeding again cannot duplicate anything. */
async function emptyLists(store: ListStore): Promise<void> {
  for (const list of GTM_LISTS) {
    const rows = await readAllRows(store, list);
    for (let start = 0; start < rows.length; start += 500) {
      const results = await store.delete(list, rows.slice(start, start + 500).map((r) => ({ id: r.id, etag: '*' })));
      const failed = results.find((r) => !r.ok);
      if (failed !== undefined && !failed.ok) throw failed.error;
    }
  }
}

function progressPrinter(out: (text: string) => void, isTty: boolean, total: number): (list: string, written: number, size: number) => void {
  const done = new Map<string, number>();
  return (list, written, size) => {
    done.set(list, written);
    const sum = [...done.values()].reduce((a, b) => a + b, 0);
    if (isTty) {
      out(`\r  ${sum.toLocaleString('en')} / ${total.toLocaleString('en')} items · ${list} ${written}/${size}\x1b[K`);
    } else if (written === size) {
      out(`  ${list}: ${size.toLocaleString('en')} items (${sum.toLocaleString('en')} / ${total.toLocaleString('en')})\n`);
    }
  };
}

/** The addresses `npm start` prints; the first line is what scripts wait for. */
export function describeUrls(url: string, dataDir: string): string {
  return [
    `GTM workbench ready at ${url}/`,
    `  Index page       ${url}/`,
    `  SharePoint site  ${url}/sites/gtm   (REST: ${url}/sites/gtm/_api/)`,
    `  Graph            ${url}/graph/v1.0/   (site: sites/root or sites/127.0.0.1:/sites/gtm)`,
    `  Dev token        ${url}/_workbench/token   (GET, loopback only: a bearer token for Graph)`,
    `  Web parts        ${url}/webparts/   (Control Plane, Risk Register, MQA file)`,
    `  Teams tab        ${url}/teams/   (standalone; fake Teams host: ${url}/teams/host.html)`,
    `  Excel            ${url}/excel/   (functions playground)`,
    `  Health           ${url}/_workbench/health`,
    `  Data             ${dataDir}`,
    '',
  ].join('\n');
}

/**
 * Starts the stand-in, waits for it to be healthy, ensures the lists (nothing to change after the
 * first run) and seeds the demo tenant once per data folder. Returns the running server.
 */
export async function startDemoWorkbench(options: StartOptions): Promise<StartedWorkbench> {
  const { out } = options;
  const state = readSeedState(options.dataDir);
  const server = await createWorkbenchServer({
    port: options.port,
    dataDir: options.dataDir,
    host: '127.0.0.1',
    faults: options.faults,
    latency: options.latency,
    retryAfter: options.retryAfter,
    mounts: options.mounts ?? hostPageMounts(REPOSITORY_ROOT),
  });
  try {
    await waitForHealth(server.url);
    const sp = spForWorkbench(workbenchSiteUrl(server.url));
    const changes = await provision(sp, GTM_LISTS);
    if (changes.length > 0) out(`Provisioned ${GTM_LISTS.length} lists (${changes.length} changes).\n`);

    let seeded: SeedCounts | null = null;
    if (state.state !== 'done') {
      const store = createSpListStore(sp);
      if (state.state === 'seeding') {
        out('A previous seed was interrupted: emptying the GTM lists to seed again.\n');
        await emptyLists(store);
      } else {
        const busy = await firstListWithItems(store);
        if (busy !== null) {
          out(`Not seeding the demo tenant: ${busy} already holds items (use a new --data folder for the demo).\n`);
          out(describeUrls(server.url, options.dataDir));
          return { server, seeded: null };
        }
      }
      const tenant = generateDemoTenant({ now: options.today });
      const total =
        tenant.kpis.length + tenant.measurements.length + tenant.priorities.length + tenant.risks.length + tenant.accounts.length +
        tenant.reviews.length + tenant.actions.length + tenant.salesWorkingList.length + tenant.directRequests.length +
        tenant.deals.length + tenant.touchpoints.length;
      out(`Seeding the demo tenant (today ${options.today}, ${total.toLocaleString('en')} items)…\n`);
      writeSeedState(options.dataDir, { state: 'seeding', startedAt: new Date().toISOString() });
      const started = Date.now();
      seeded = await seedDemoTenant(store, tenant, { progress: progressPrinter(out, options.isTty === true, total) });
      writeSeedState(options.dataDir, { state: 'done', seededAt: new Date().toISOString(), now: options.today });
      if (options.isTty === true) out('\n');
      out(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    }
    out(describeUrls(server.url, options.dataDir));
    return { server, seeded };
  } catch (error) {
    await server.close();
    throw error;
  }
}
