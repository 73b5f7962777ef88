import type { Risk } from '../../domain/risk/risk';
import { memoryStore } from './memory-store.fixture';
import { createActionRepository, createRiskRepository } from './entity-repositories';

const ANA_RISK: Risk = {
  id: '1',
  title: "O'Brien's channel leaves",
  category: 'channel-or-partner-dependency',
  owner: { email: 'ana@contoso.com', displayName: 'Ana' },
  inherent: { likelihood: 4, impact: 5 },
  residual: { likelihood: 2, impact: 4 },
  mitigationActions: [{ title: 'Second partner', owner: { email: 'bo@contoso.com' }, dueDate: '2025-04-01', status: 'open' }],
  monitoringKpiIds: ['3'],
  status: 'mitigating',
  lastReviewedAt: '2025-03-03',
};

describe('the repositories', () => {
  it('write a risk as labelled columns and JSON notes, and read it back equal but for its mitigations (GTM Actions items, joined by risk-mitigations)', async () => {
    const store = memoryStore([]);
    const risks = createRiskRepository(store);
    await risks.add([ANA_RISK]);
    const values = store.written[0] ?? {};
    expect(values).toMatchObject({
      Title: "O'Brien's channel leaves",
      GtmCategory: 'Channel or partner dependency',
      GtmOwner: { email: 'ana@contoso.com', displayName: 'Ana' },
      GtmStatus: 'Mitigating',
      GtmLastReviewed: '2025-03-03',
      GtmMonitoringKpiIds: '["3"]',
    });
    // The legacy note is not written: a risk's mitigations are GTM Actions items.
    expect(values).not.toHaveProperty('GtmMitigations');
    const roundTrip = memoryStore([{ id: 1, etag: '"1"', values: { ...values, GtmDescription: null } }]);
    const read = await createRiskRepository(roundTrip).read();
    expect(read).toEqual({ items: [{ ...ANA_RISK, mitigationActions: [] }], invalid: [], etags: new Map([['1', '"1"']]) });
  });

  it('report 2 invalid rows of 3 with their ids and field errors, and still return the valid one', async () => {
    const good = { Title: 'Send the deck', GtmOwner: { email: 'ana@contoso.com', id: 7 }, GtmDueDate: '2025-03-10T00:00:00Z', GtmStatus: 'Open', GtmReview: 4, GtmLinkKind: null, GtmLinkId: null };
    const store = memoryStore([
      { id: 1, etag: '"1"', values: good },
      { id: 2, etag: '"1"', values: { ...good, GtmOwner: null } },
      { id: 3, etag: '"1"', values: { ...good, GtmStatus: 'Someday', GtmOwner: { email: 'not-an-email', id: 8 } } },
    ]);
    const read = await createActionRepository(store).read();
    expect(read.items).toEqual([
      { id: '1', title: 'Send the deck', owner: { email: 'ana@contoso.com' }, dueDate: '2025-03-10', status: 'open', reviewId: '4' },
    ]);
    expect(read.invalid).toEqual([
      { id: 2, errors: ['GtmOwner: Invalid input: expected object, received null'] },
      { id: 3, errors: ['owner.email: Invalid email address', 'status: Invalid option: expected one of "open"|"done"|"dropped"'] },
    ]);
  });

  it('report a JSON note that is not JSON on its column', async () => {
    const store = memoryStore([{ id: 9, etag: '"1"', values: { ...Object.fromEntries(Object.entries(ANA_RISK)), GtmMonitoringKpiIds: '{oops' } }]);
    const read = await createRiskRepository(store).read();
    expect(read.invalid[0]?.errors).toContain('GtmMonitoringKpiIds: not valid JSON');
  });
});
