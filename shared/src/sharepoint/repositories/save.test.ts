import type { Risk } from '../../domain/risk/risk';
import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { ListStoreError, ThrottledError } from '../store/errors';
import { createMemoryListStore } from '../store/memory-list-store';
import { createDealRepository, createKpiMeasurementRepository, createRiskRepository } from './entity-repositories';

const RISK: Risk = {
  id: 'new',
  title: 'Partner certification lapses',
  category: 'channel-or-partner-dependency',
  owner: { email: 'ana@contoso.com', displayName: 'Ana' },
  inherent: { likelihood: 3, impact: 4 },
  residual: { likelihood: 2, impact: 3 },
  mitigationActions: [],
  monitoringKpiIds: [],
  status: 'open',
  lastReviewedAt: null,
};

/** A store holding one risk (item 1, ETag "1,1"), and its repository. */
async function oneRisk() {
  const store = createMemoryListStore();
  const risks = createRiskRepository(store);
  const added = await risks.saveNew(RISK);
  if (added.kind !== 'saved') throw new Error(`seeding failed: ${added.kind}`);
  return { store, risks, stored: { itemId: added.itemId, etag: added.etag, entity: added.entity } };
}

describe('Repository.saveNew: one typed result for an add', () => {
  it('answers saved with item id 1, ETag "1,1" and the risk as stored (its id is now "1")', async () => {
    const risks = createRiskRepository(createMemoryListStore());
    await expect(risks.saveNew(RISK)).resolves.toEqual({ kind: 'saved', itemId: 1, etag: '"1,1"', entity: { ...RISK, id: '1' } });
  });

  it('keeps a natural id as it is: a deal stays "HS-1001" on item 1', async () => {
    const deals = createDealRepository(createMemoryListStore());
    const deal = { id: 'HS-1001', name: 'Acme', accountId: 'acme.com', amount: 48000, stage: 'won' as const, ols: 'Webinar', olsDate: '2025-01-15', cs: null, csDate: null, closedAt: '2025-03-31' };
    const result = await deals.saveNew(deal);
    expect(result).toMatchObject({ kind: 'saved', itemId: 1, entity: { id: 'HS-1001' } });
  });

  it('answers failed with what to do when the list is missing (404): ask a site owner to create the lists', async () => {
    const store = createMemoryListStore();
    store.removeList('Risk Register');
    const result = await createRiskRepository(store).saveNew(RISK);
    expect(result).toMatchObject({
      kind: 'failed',
      message: 'The Risk Register list is not on this site. Ask a site owner to create the GTM lists, then save again.',
    });
    expect(result.kind === 'failed' && result.error.status).toBe(404);
  });

  it('answers failed, sending nothing, when the entity cannot be a row: a measurement of KPI "x"', async () => {
    const store = createMemoryListStore();
    const result = await createKpiMeasurementRepository(store).saveNew({ kpiId: 'x', cycle: '2026-12-07', value: 3 });
    expect(result).toMatchObject({
      kind: 'failed',
      message: 'Not saved to the GTM KPI Measurements: A measurement’s kpiId must be a list item id, not "x". Correct it and save again.',
    });
    expect(store.calls.add).toBe(0);
  });

  it('answers failed, sending nothing, for a 300-character title: shorten it by 45 (a single line of text holds 255)', async () => {
    const store = createMemoryListStore();
    const result = await createRiskRepository(store).saveNew({ ...RISK, title: 'x'.repeat(300) });
    expect(result.kind === 'failed' && result.message).toMatch(/^Not saved to the Risk Register: .*300 characters; SharePoint holds at most 255 — shorten it by 45\.$/);
    expect(store.rows(RISK_REGISTER_LIST)).toHaveLength(0);
  });

  it('answers conflict for a second measurement of KPI 3 for the cycle of 7 Dec 2026, with the 1,250,000 already there', async () => {
    const measurements = createKpiMeasurementRepository(createMemoryListStore());
    await measurements.saveNew({ kpiId: '3', cycle: '2026-11-16', value: 1_100_000 });
    const first = await measurements.saveNew({ kpiId: '3', cycle: '2026-12-07', value: 1_250_000 });
    const second = await measurements.saveNew({ kpiId: '3', cycle: '2026-12-07', value: 1_350_000 });
    expect(first).toMatchObject({ kind: 'saved', itemId: 2 });
    expect(second).toEqual({ kind: 'conflict', itemId: 2, theirs: { kpiId: '3', cycle: '2026-12-07', value: 1_250_000 }, etag: '"2,1"' });
    expect((await measurements.read()).items).toHaveLength(2);
  });
});

describe('Repository.saveChanges: one typed result for an update with the ETag read', () => {
  it('answers saved with the new ETag ("1,1" → "1,2") and the entity written', async () => {
    const { risks, stored } = await oneRisk();
    const closed = { ...stored.entity, status: 'closed' as const };
    await expect(risks.saveChanges({ ...stored, entity: closed })).resolves.toEqual({ kind: 'saved', itemId: 1, etag: '"1,2"', entity: closed });
  });

  it('answers conflict on a stale ETag (HTTP 412) with their risk already mapped and their ETag, overwriting nothing', async () => {
    const { store, risks, stored } = await oneRisk();
    store.touch(RISK_REGISTER_LIST, 1, { Title: 'Partner certification lapses in EMEA' });
    const result = await risks.saveChanges({ ...stored, entity: { ...stored.entity, status: 'closed' } });
    expect(result).toEqual({
      kind: 'conflict',
      itemId: 1,
      theirs: { ...stored.entity, title: 'Partner certification lapses in EMEA' },
      etag: '"1,2"',
    });
    expect(store.rows(RISK_REGISTER_LIST)[0]?.values.GtmStatus).toBe('Open');
  });

  it('answers conflict with theirs null and no ETag when someone deleted the item', async () => {
    const { risks, stored } = await oneRisk();
    await risks.delete([{ id: '1', etag: stored.etag }]);
    await expect(risks.saveChanges(stored)).resolves.toEqual({ kind: 'conflict', itemId: 1, theirs: null, etag: null });
  });

  it('answers conflict with their ETag and the field errors when their version no longer maps to a risk', async () => {
    const { store, risks, stored } = await oneRisk();
    store.touch(RISK_REGISTER_LIST, 1, { GtmStatus: 'Someday' });
    const result = await risks.saveChanges(stored);
    expect(result).toEqual({
      kind: 'conflict',
      itemId: 1,
      theirs: null,
      etag: '"1,2"',
      invalid: ['status: Invalid option: expected one of "open"|"mitigating"|"accepted"|"closed"'],
    });
  });

  it('answers failed, saying to wait, when SharePoint is still throttling after the retries (429)', async () => {
    const { store, risks, stored } = await oneRisk();
    store.failNext(new ThrottledError('Updating Risk Register', 429, 30));
    const result = await risks.saveChanges(stored);
    expect(result).toMatchObject({
      kind: 'failed',
      message: 'Updating Risk Register: SharePoint is throttling requests (429 Too Many Requests) and still was after retrying (it asked to wait 30 s); try again in a minute',
    });
  });

  it('answers failed, naming the refused value, when SharePoint rejects the change (400)', async () => {
    const { store, risks, stored } = await oneRisk();
    store.failNext(new ListStoreError('Updating Risk Register: The length of field "Title" exceeds 255 characters.', 400));
    await expect(risks.saveChanges(stored)).resolves.toMatchObject({
      kind: 'failed',
      message:
        'SharePoint refused the change to the Risk Register (Updating Risk Register: The length of field "Title" exceeds 255 characters). Correct that value and save again.',
    });
  });

  it('answers failed, pointing to a site owner, without edit permission (403)', async () => {
    const { store, risks, stored } = await oneRisk();
    store.failNext(new ListStoreError('Risk Register: Access denied.', 403));
    await expect(risks.saveChanges(stored)).resolves.toMatchObject({
      kind: 'failed',
      message: 'You do not have permission to edit the Risk Register. Ask a site owner for edit access, then save again.',
    });
  });

  it('answers failed instead of throwing when the store itself throws (a lost connection)', async () => {
    const { stored } = await oneRisk();
    const throwing = createRiskRepository({
      ...createMemoryListStore(),
      update: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(throwing.saveChanges(stored)).resolves.toMatchObject({
      kind: 'failed',
      message: 'The Risk Register could not be saved (Saving to Risk Register: Failed to fetch). Check the connection and save again.',
    });
  });
});
