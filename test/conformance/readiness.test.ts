/**
 * Readiness (issue 10, item 5): a stand-in started with a start-up key answers 503 + Retry-After to
 * every other client until `markReady()`, so nothing can write before `npm start` has provisioned
 * and seeded; `/_workbench/health` says which step is running. Without a key it is ready at once.
 */
import { STARTUP_KEY_HEADER } from '../../workbench/src/server/readiness';
import { type Workbench, startWorkbench } from './workbench';

const KEY = 'start-up-key-for-this-test';

describe('a stand-in that is still starting (npm start provisioning and seeding)', () => {
  let wb: Workbench;

  beforeEach(async () => {
    wb = await startWorkbench({ startupKey: KEY });
  });

  afterEach(async () => {
    await wb.stop();
  });

  it('answers health with 503 { ready: false, step } and follows the steps it is told', async () => {
    const first = await fetch(`${wb.server.url}/_workbench/health`);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(await first.json()).toMatchObject({ ready: false, step: 'starting' });

    wb.server.setStartupStep('seeding');
    expect(await (await fetch(`${wb.server.url}/_workbench/health`)).json()).toMatchObject({ ready: false, step: 'seeding' });
  });

  it('refuses a SharePoint write from another client with 503, Retry-After 2 and SharePoint\'s error shape', async () => {
    const res = await fetch(`${wb.siteUrl}/_api/web/lists`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Risk Register', BaseTemplate: 100 }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    const body = (await res.json()) as { 'odata.error': { code: string; message: { value: string } } };
    expect(body['odata.error'].message.value).toMatch(/The workbench is starting \(starting\): retry after 2 s/);
  });

  it('refuses Graph, the dev token and the index page too, in their own shapes', async () => {
    const graph = await fetch(`${wb.graphUrl}/sites/root/lists`);
    expect(graph.status).toBe(503);
    expect(((await graph.json()) as { error: { code: string } }).error.code).toBe('serviceNotAvailable');
    expect((await fetch(`${wb.server.url}/_workbench/token`)).status).toBe(503);
    expect((await fetch(`${wb.server.url}/`)).status).toBe(503);
  });

  it('serves the start-up\'s own requests (they carry the key) while refusing everyone else', async () => {
    const own = await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', [STARTUP_KEY_HEADER]: KEY } });
    expect(own.status).toBe(200);
    const wrongKey = await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', [STARTUP_KEY_HEADER]: 'guessed' } });
    expect(wrongKey.status).toBe(503);
  });

  it('answers health 200 { ready: true } and serves every client once marked ready', async () => {
    wb.server.markReady();
    const health = await fetch(`${wb.server.url}/_workbench/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ready: true, status: 'ok' });
    expect((await fetch(`${wb.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } })).status).toBe(200);
    // A step reported after ready (a late progress call) does not make it unready again.
    wb.server.setStartupStep('seeding');
    expect((await fetch(`${wb.server.url}/_workbench/health`)).status).toBe(200);
  });
});

describe('a stand-in without a start-up key (npm run workbench, tests)', () => {
  it('is ready at once: health 200 { ready: true }', async () => {
    const wb = await startWorkbench();
    try {
      const health = await fetch(`${wb.server.url}/_workbench/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ready: true });
    } finally {
      await wb.stop();
    }
  });
});
