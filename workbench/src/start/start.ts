/**
 * `npm start`: the stand-in on 127.0.0.1 with the GTM lists and, on the first run over a data
 * folder, the demo tenant. Provisioning and seeding go over HTTP through `@gtm/shared`, exactly as
 * any client would; only the marker that says "seeded" lives in the stand-in's database.
 */
import { InjectHeaders } from '@pnp/queryable';
import { createSpListStore, describeMitigationsUpgrade, describePeopleUpgrade, GTM_LISTS, localDay, type ListStore, provision, readAllRows, spForWorkbench, ThrottledError, upgradeMitigations, upgradePeople, workbenchSiteUrl } from '@gtm/shared';
import { generateDemoTenant } from '../seed';
import { newStartupKey, STARTUP_KEY_HEADER } from '../server/readiness';
import { createWorkbenchServer, type WorkbenchServer, type WorkbenchServerOptions } from '../server/server';
import { hostPageMounts, REPOSITORY_ROOT } from './host-pages';
import { readSeedState, writeSeedState } from './seed-marker';
import { type SeedCounts, seedDemoTenant } from './seed-workbench';
import { type StartProgress, StartStoppedError, startStopped } from './start-stopped';
import { type LocalFluidService, startLocalFluidService } from '../live-share/fluid-service';
import type { LiveShareService } from '../live-share/live-share-routes';

export interface StartOptions extends Pick<WorkbenchServerOptions, 'port' | 'dataDir' | 'faults' | 'latency' | 'retryAfter' | 'mounts' | 'timeZone' | 'user'> {
  /** Today as `YYYY-MM-DD`: the demo tenant's dates end here. */
  today: string;
  /** Where progress and the URLs go. */
  out: (text: string) => void;
  /** Whether `out` is a terminal (progress then updates one line in place). */
  isTty?: boolean;
  /** How long throttled requests are re-sent (`GTM_RETRY_BUDGET`; default 60 s) before start-up stops with exit 2. */
  retryBudgetMs?: number;
  /**
   * Also run the local Fluid service Live Share uses (tinylicious on 127.0.0.1, `port` 0 = a free
   * one), stopped with the server. Off by default; `npm start` turns it on at the port after its
   * own (4322). Should it not start, the workbench runs without it and says why.
   */
  liveShare?: { port: number };
}

export interface StartedWorkbench {
  server: WorkbenchServer;
  /** Items written per list, when this start seeded; null when the data folder was seeded before. */
  seeded: SeedCounts | null;
}

/** Today in the local time zone as `YYYY-MM-DD` (from @gtm/shared; re-exported for the start-up callers). */
export { localDay };

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
export function describeUrls(url: string, dataDir: string, timeZone?: { id: number; iana: string }, liveShare?: LiveShareService): string {
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
    ...(liveShare === undefined ? [] : ['endpoint' in liveShare ? `  Live Share       ${liveShare.endpoint}   (local Fluid service, tinylicious; ${url}/_workbench/live-share)` : `  Live Share       off: ${liveShare.unavailable}`]),
    ...(timeZone === undefined ? [] : [`  Time zone        ${timeZone.iana} (SharePoint zone ${timeZone.id}; ${url}/sites/gtm/_api/web/regionalsettings/timezone)`]),
    `  Data             ${dataDir}`,
    '',
  ].join('\n');
}

/**
 * Starts the stand-in (not ready: other clients get 503 + Retry-After), ensures the lists (nothing to
 * change after the first run), seeds the demo tenant once per data folder, then marks it ready and
 * prints the ready line. Returns the running server.
 */
export async function startDemoWorkbench(options: StartOptions): Promise<StartedWorkbench> {
  const { out } = options;
  const state = readSeedState(options.dataDir);
  // Only this process knows the key: its own provisioning and seeding pass, early clients wait.
  const startupKey = newStartupKey();
  let fluid: LocalFluidService | null = null;
  let liveShare: LiveShareService | undefined;
  if (options.liveShare !== undefined) {
    try {
      fluid = await startLocalFluidService({ port: options.liveShare.port });
      liveShare = { endpoint: fluid.endpoint };
    } catch (error) {
      liveShare = { unavailable: error instanceof Error ? error.message : String(error) };
    }
  }
  let started: WorkbenchServer;
  try {
    started = await createWorkbenchServer({
      liveShare,
    startupKey,
    port: options.port,
    dataDir: options.dataDir,
    host: '127.0.0.1',
    faults: options.faults,
    latency: options.latency,
    retryAfter: options.retryAfter,
    timeZone: options.timeZone,
    user: options.user,
    mounts: options.mounts ?? hostPageMounts(REPOSITORY_ROOT),
    });
  } catch (error) {
    await fluid?.close();
    throw error;
  }
  const stopFluid = fluid === null ? (): Promise<void> => Promise.resolve() : fluid.close;
  const closeServer = started.close;
  // Closing the workbench stops its Fluid service too.
  const server: WorkbenchServer = { ...started, close: () => closeServer().then(stopFluid) };
  let throttled = 0;
  const progress: StartProgress = { step: 'provisioning', changes: 0, seeded: 0, total: null };
  try {
    out(`Starting the GTM workbench on ${server.url}/ (clients get 503 until the lists are provisioned and seeded)…\n`);
    server.setStartupStep('provisioning');
    // Under --faults every throttled request and $batch part is re-sent within the budget; count them.
    const retry = { retryBudgetMs: options.retryBudgetMs, onRetry: () => void throttled++ };
    const sp = spForWorkbench(workbenchSiteUrl(server.url), retry).using(InjectHeaders({ [STARTUP_KEY_HEADER]: startupKey }));
    const changes = await provision(sp, GTM_LISTS, { log: () => void progress.changes++ });
    if (changes.length > 0) out(`Provisioned ${GTM_LISTS.length} lists (${changes.length} changes).\n`);
    // A data folder made before owners were Person columns: move them across, say what could not be.
    for (const line of describePeopleUpgrade(await upgradePeople(sp, createSpListStore(sp, retry), GTM_LISTS))) out(`${line}\n`);
    // …and before mitigations were GTM Actions: each JSON mitigation becomes an action linked to its risk, once.
    for (const line of describeMitigationsUpgrade(await upgradeMitigations(createSpListStore(sp, retry)))) out(`${line}\n`);

    let seeded: SeedCounts | null = null;
    if (state.state !== 'done') {
      server.setStartupStep('seeding');
      progress.step = 'seeding';
      const store = createSpListStore(sp, retry);
      if (state.state === 'seeding') {
        out('A previous seed was interrupted: emptying the GTM lists to seed again.\n');
        await emptyLists(store);
      } else {
        const busy = await firstListWithItems(store);
        if (busy !== null) {
          out(`Not seeding the demo tenant: ${busy} already holds items (use a new --data folder for the demo).\n`);
          server.markReady();
          out(describeUrls(server.url, options.dataDir, server.timeZone, liveShare));
          return { server, seeded: null };
        }
      }
      const tenant = generateDemoTenant({ now: options.today });
      const total =
        tenant.kpis.length + tenant.measurements.length + tenant.priorities.length + tenant.risks.length + tenant.accounts.length +
        tenant.reviews.length + tenant.actions.length + tenant.risks.reduce((n, r) => n + r.mitigationActions.length, 0) + tenant.salesWorkingList.length + tenant.directRequests.length +
        tenant.deals.length + tenant.touchpoints.length;
      progress.total = total;
      out(`Seeding the demo tenant (today ${options.today}, ${total.toLocaleString('en')} items)…\n`);
      writeSeedState(options.dataDir, { state: 'seeding', startedAt: new Date().toISOString() });
      const started = Date.now();
      const print = progressPrinter(out, options.isTty === true, total);
      const written = new Map<string, number>();
      seeded = await seedDemoTenant(store, tenant, {
        progress: (list, count, size) => {
          written.set(list, count);
          progress.seeded = [...written.values()].reduce((a, b) => a + b, 0);
          print(list, count, size);
        },
      });
      writeSeedState(options.dataDir, { state: 'done', seededAt: new Date().toISOString(), now: options.today });
      if (options.isTty === true) out('\n');
      out(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    }
    if (throttled > 0) out(`SharePoint throttled ${throttled.toLocaleString('en')} requests or $batch parts; each was sent again after its Retry-After.\n`);
    server.markReady();
    out(describeUrls(server.url, options.dataDir, server.timeZone, liveShare));
    return { server, seeded };
  } catch (error) {
    await server.close();
    if (error instanceof ThrottledError) throw new StartStoppedError(startStopped(error, progress));
    throw error;
  }
}
