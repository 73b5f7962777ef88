/**
 * Issue 10, item 5: a client that writes while `npm start` provisions and seeds used to make the seed
 * skip ("Risk Register already holds items"). Now it gets 503 + Retry-After until the ready line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoTenant } from '../seed';
import { startDemoWorkbench } from './start';

jest.setTimeout(60_000);

const TODAY = '2026-11-22';

interface Probe {
  health: { status: number; body: unknown };
  write: { status: number; retryAfter: string | null };
}

/** What an impatient client sees: the health answer and an attempt to add a Risk Register item. */
async function probe(url: string): Promise<Probe> {
  const health = await fetch(`${url}/_workbench/health`);
  const write = await fetch(`${url}/sites/gtm/_api/web/lists/getByTitle('Risk Register')/items`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-RequestDigest': 'any' },
    body: JSON.stringify({ Title: 'Written before the seed' }),
  });
  return {
    health: { status: health.status, body: await health.json() },
    write: { status: write.status, retryAfter: write.headers.get('retry-after') },
  };
}

describe('npm start readiness', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtm-start-ready-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses an early writer with 503 during seeding, seeds all 30 risks, and is ready only after the ready line', async () => {
    let output = '';
    let url: string | undefined;
    let during: Promise<Probe> | undefined;
    let readyLineSeenBeforeReturn = false;
    const { server, seeded } = await startDemoWorkbench({
      port: 0,
      dataDir,
      today: TODAY,
      out: (text) => {
        output += text;
        url ??= /Starting the GTM workbench on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
        // Fire while the seed is running (it takes seconds; the probe takes milliseconds).
        if (during === undefined && url !== undefined && text.startsWith('Seeding the demo tenant')) during = probe(url);
        if (text.startsWith('GTM workbench ready at')) readyLineSeenBeforeReturn = true;
      },
    });
    try {
      expect(during).toBeDefined();
      const early = await (during as Promise<Probe>);
      expect(early.health).toEqual({ status: 503, body: { ready: false, step: 'seeding', timeZone: expect.any(String) as unknown, liveShare: { unavailable: expect.any(String) as unknown } } });
      expect(early.write).toEqual({ status: 503, retryAfter: '2' });

      expect(seeded?.['Risk Register']).toBe(generateDemoTenant({ now: TODAY }).risks.length);
      expect(readyLineSeenBeforeReturn).toBe(true);
      const after = await fetch(`${server.url}/_workbench/health`);
      expect(after.status).toBe(200);
      expect(await after.json()).toMatchObject({ ready: true });
    } finally {
      await server.close();
    }
  });
});
