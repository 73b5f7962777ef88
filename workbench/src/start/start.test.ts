import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createActionRepository,
  createDealRepository,
  createDirectRequestRepository,
  createKpiMeasurementRepository,
  createKpiRepository,
  createReviewRepository,
  createRiskRepository,
  createSalesWorkingRepository,
  createSpListStore,
  createTouchpointRepository,
  GTM_LISTS,
  readAllRows,
  spForWorkbench,
  workbenchSiteUrl,
} from '@gtm/shared';
import { generateDemoTenant } from '../seed';
import { writeSeedState } from './seed-marker';
import { startDemoWorkbench } from './start';

jest.setTimeout(60_000);

const TODAY = '2026-11-22';

async function counts(url: string): Promise<Record<string, number>> {
  const store = createSpListStore(spForWorkbench(workbenchSiteUrl(url)));
  const out: Record<string, number> = {};
  for (const list of GTM_LISTS) out[list.title] = (await readAllRows(store, list)).length;
  return out;
}

describe('startDemoWorkbench', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtm-start-unit-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  let seededCounts: Record<string, number>;

  it('seeds every list through the repositories, with every reference resolved to an item id', async () => {
    let output = '';
    const { server, seeded } = await startDemoWorkbench({ port: 0, dataDir, today: TODAY, out: (t) => (output += t) });
    try {
      const tenant = generateDemoTenant({ now: TODAY });
      expect(seeded).toMatchObject({ 'GTM KPIs': tenant.kpis.length, 'GTM Touchpoints': tenant.touchpoints.length, 'GTM Deals': 300, 'MQA File': 200 });
      expect(output).toContain(`GTM workbench ready at ${server.url}/\n`);

      const store = createSpListStore(spForWorkbench(workbenchSiteUrl(server.url)));
      const kpis = await createKpiRepository(store).read();
      const measurements = await createKpiMeasurementRepository(store).read();
      const reviews = await createReviewRepository(store).read();
      const actions = await createActionRepository(store).read();
      const working = await createSalesWorkingRepository(store).read();
      const requests = await createDirectRequestRepository(store).read();
      const deals = await createDealRepository(store).read();
      const touchpoints = await createTouchpointRepository(store).read();
      for (const read of [kpis, measurements, reviews, actions, working, requests, deals, touchpoints]) expect(read.invalid).toEqual([]);

      const kpiIds = new Set(kpis.items.map((k) => k.id));
      expect(measurements.items.every((m) => kpiIds.has(m.kpiId))).toBe(true);
      const reviewIds = new Set(reviews.items.map((r) => r.id));
      // A review's actions name their review; a risk's mitigations are actions in no review, linked to the risk.
      const [inReviews, mitigations] = [actions.items.filter((a) => a.reviewId !== undefined), actions.items.filter((a) => a.reviewId === undefined)];
      expect(inReviews.every((a) => reviewIds.has(a.reviewId ?? ''))).toBe(true);
      expect(inReviews).toHaveLength(tenant.actions.length);
      expect(mitigations).toHaveLength(tenant.risks.reduce((n, r) => n + r.mitigationActions.length, 0));
      const riskIds = new Set((await createRiskRepository(store).read()).items.map((r) => r.id));
      expect(mitigations.every((a) => a.link?.kind === 'risk' && riskIds.has(a.link.id))).toBe(true);
      const actionIds = new Set(inReviews.map((a) => a.id));
      expect(reviews.items.flatMap((r) => r.actionIds).sort()).toEqual([...actionIds].sort());
      expect(reviews.items.flatMap((r) => r.kpiSnapshot).every((s) => kpiIds.has(s.kpiId))).toBe(true);
      expect(working.items.length).toBe(tenant.salesWorkingList.length);
      seededCounts = await counts(server.url);
    } finally {
      await server.close();
    }
  });

  it('empties the lists and seeds again after an interrupted seed, so nothing is duplicated', async () => {
    writeSeedState(dataDir, { state: 'seeding', startedAt: '2026-11-22T08:00:00Z' });
    let output = '';
    const { server, seeded } = await startDemoWorkbench({ port: 0, dataDir, today: TODAY, out: (t) => (output += t) });
    try {
      expect(output).toMatch(/A previous seed was interrupted/);
      expect(seeded).not.toBeNull();
      expect(await counts(server.url)).toEqual(seededCounts);
    } finally {
      await server.close();
    }
  });

  it('does not seed over lists it did not seed', async () => {
    const other = mkdtempSync(join(tmpdir(), 'gtm-start-unit-'));
    try {
      const first = await startDemoWorkbench({ port: 0, dataDir: other, today: TODAY, out: () => undefined });
      await first.server.close();
      writeSeedState(other, { state: 'none' });
      let output = '';
      const again = await startDemoWorkbench({ port: 0, dataDir: other, today: TODAY, out: (t) => (output += t) });
      await again.server.close();
      expect(again.seeded).toBeNull();
      expect(output).toMatch(/Not seeding the demo tenant: GTM KPIs already holds items/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
