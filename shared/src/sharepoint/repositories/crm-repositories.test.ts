import type { DealRecord } from '../../domain/deal/deal';
import type { Touchpoint } from '../../domain/touchpoint/touchpoint';
import { toDealRow } from '../rows/deal-row';
import type { SalesWorkingEntry } from '../rows/sales-working-row';
import { toSpInstant, touchKeyOf } from '../rows/touchpoint-row';
import { memoryStore } from './memory-store.fixture';
import { createDealRepository, createSalesWorkingRepository, createTouchpointRepository } from './entity-repositories';

const DEAL: DealRecord = {
  id: 'HS-1001',
  name: 'Acme platform',
  accountId: 'acme.com',
  amount: 48000,
  stage: 'won',
  ols: 'Webinar',
  olsDate: '2025-01-15',
  cs: 'Sales outreach',
  csDate: '2025-02-20',
  closedAt: '2025-03-31',
};

describe('the deal repository', () => {
  it('writes a deal keyed by its CRM id, and reads it back equal with item id 7 and its ETag', async () => {
    const store = memoryStore([]);
    await createDealRepository(store).add([DEAL]);
    const values = store.written[0] ?? {};
    expect(values).toEqual({
      Title: 'Acme platform',
      GtmDealId: 'HS-1001',
      GtmAmount: 48000,
      GtmOls: 'Webinar',
      GtmOlsDate: '2025-01-15',
      GtmCs: 'Sales outreach',
      GtmCsDate: '2025-02-20',
      GtmStage: 'Won',
      GtmCloseDate: '2025-03-31',
      GtmAccountDomain: 'acme.com',
    });
    const read = await createDealRepository(memoryStore([{ id: 7, etag: '"3"', values }])).readStored();
    expect(read).toEqual({ items: [{ itemId: 7, etag: '"3"', entity: DEAL }], invalid: [] });
  });

  it('reports a stage that is not Open, Won or Lost', async () => {
    const store = memoryStore([{ id: 8, etag: '"1"', values: { ...toDealRow(DEAL), GtmStage: 'Maybe' } }]);
    const read = await createDealRepository(store).read();
    expect(read.invalid).toEqual([{ id: 8, errors: ['stage: Invalid option: expected one of "open"|"won"|"lost"'] }]);
  });
});

describe('the touchpoint repository', () => {
  const touch: Touchpoint = {
    id: '1',
    journeyId: 'j-42',
    channel: 'Webinar',
    touchedAt: '2025-03-03T09:30:00Z',
    convertedAt: '2025-03-10T16:00:00Z',
    value: 250,
  };

  it('keys a touch as journey|channel|instant to the second: j-42|Webinar|2025-03-03T09:30:00Z', () => {
    expect(touchKeyOf({ ...touch, touchedAt: '2025-03-03T10:30:00.250+01:00' })).toBe('j-42|Webinar|2025-03-03T09:30:00Z');
    expect(toSpInstant('2025-03-03T09:30:00.999Z')).toBe('2025-03-03T09:30:00Z');
  });

  it('writes the key with the touch and reads it back equal', async () => {
    const store = memoryStore([]);
    await createTouchpointRepository(store).add([touch]);
    const values = store.written[0] ?? {};
    expect(values).toMatchObject({ GtmTouchKey: 'j-42|Webinar|2025-03-03T09:30:00Z', GtmValue: 250, GtmLeadId: null });
    const read = await createTouchpointRepository(memoryStore([{ id: 1, etag: '"1"', values }])).read();
    expect(read.items).toEqual([touch]);
  });
});

describe('the Sales working list repository', () => {
  it('writes the account as a lookup id and the status as its label, and reads it back equal', async () => {
    const entry: SalesWorkingEntry = {
      id: '1',
      accountId: '12',
      accountName: 'Acme',
      sharedOn: '2025-03-03',
      salesOwner: { email: 'sam@contoso.com', displayName: 'Sam' },
      status: 'sales-accepted',
      notes: 'Call booked',
    };
    const store = memoryStore([]);
    await createSalesWorkingRepository(store).add([entry]);
    const values = store.written[0] ?? {};
    expect(values).toMatchObject({ GtmAccount: 12, GtmSalesStatus: 'Sales accepted', GtmSharedOn: '2025-03-03' });
    const read = await createSalesWorkingRepository(memoryStore([{ id: 1, etag: '"1"', values }])).read();
    expect(read.items).toEqual([entry]);
  });
});
