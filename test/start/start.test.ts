/**
 * End to end: `npm start` as a user runs it (`node workbench/bin/start.js`, built code), on a free
 * port over a temp data folder: it prints the URL, serves the demo tenant over SharePoint REST and
 * Graph, stops on Ctrl-C, and a second start over the same folder seeds nothing again.
 * `npm test` builds first; on its own, run `npx tsc -b` before `npx jest test/start`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createGraphListStore,
  fetchSiteTimeZone,
  createKpiRepository,
  createQualifiedAccountRepository,
  createRiskRepository,
  createSpListStore,
  graphForWorkbench,
  spForWorkbench,
  workbenchGraphUrl,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import { ROOT, START, requireBuiltWorkbench, itemCounts } from './start-support';

jest.setTimeout(60_000);

const dataDir = mkdtempSync(join(tmpdir(), 'gtm-start-'));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Spawns `npm start`'s script and resolves with the URL it prints once ready. */
function start(): Promise<Started> {
  const child = spawn(process.execPath, [START, '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, GTM_PORT: '0', GTM_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 45 s:\n${output}`)), 45_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /GTM workbench ready at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolvePromise) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', (code) => resolvePromise(code));
    started.child.kill('SIGINT');
  });
}

beforeAll(requireBuiltWorkbench);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  let firstCounts: Record<string, number>;

  it('seeds the demo tenant on the first run and serves it over SharePoint REST and Graph', async () => {
    const started = await start();
    try {
      expect(started.output()).toMatch(/Seeding the demo tenant \(today \d{4}-\d{2}-\d{2}, [\d,]+ items\)/);
      expect(started.output()).toContain(`SharePoint site  ${started.url}/sites/gtm`);
      expect(started.output()).toContain(`Dev token        ${started.url}/_workbench/token`);
      expect((await fetch(`${started.url}/_workbench/health`)).status).toBe(200);

      const sp = createSpListStore(spForWorkbench(workbenchSiteUrl(started.url)));
      const kpis = await createKpiRepository(sp).read();
      expect(kpis.invalid).toEqual([]);
      expect(kpis.items.length).toBeGreaterThanOrEqual(18);
      expect(kpis.items.length).toBeLessThanOrEqual(25);

      const token = ((await (await fetch(`${started.url}/_workbench/token`)).json()) as { token: string }).token;
      const graph = createGraphListStore(graphForWorkbench(workbenchGraphUrl(started.url), token), 'root', { timeZone: () => fetchSiteTimeZone(workbenchSiteUrl(started.url)) });
      const risks = await createRiskRepository(graph).read();
      expect(risks.invalid).toEqual([]);
      expect(risks.items).toHaveLength(30);
      // Monitoring KPIs point at KPI items that exist.
      const kpiIds = new Set(kpis.items.map((k) => k.id));
      expect(risks.items.flatMap((r) => r.monitoringKpiIds).every((id) => kpiIds.has(id))).toBe(true);

      const accounts = await createQualifiedAccountRepository(sp).read();
      expect(accounts.invalid).toEqual([]);
      expect(accounts.items).toHaveLength(200);

      firstCounts = await itemCounts(started.url);
      expect(firstCounts['GTM Touchpoints']).toBeGreaterThan(2_500);
      expect(firstCounts['GTM Deals']).toBe(300);

      const index = await (await fetch(`${started.url}/`)).text();
      expect(index).toContain('<td>Risk Register</td><td>30</td>');
    } finally {
      expect(await stop(started)).toBe(0);
    }
  });

  it('seeds nothing the second time over the same data folder', async () => {
    const started = await start();
    try {
      expect(started.output()).not.toMatch(/Seeding|Provisioned/);
      expect(await itemCounts(started.url)).toEqual(firstCounts);
    } finally {
      expect(await stop(started)).toBe(0);
    }
  });
});
