import type { DealRecord } from '@gtm/shared';
import { accountsKind, type AccountInput } from './accounts';
import { DEALS_KIND, type DealInput } from './deals';
import { planImport, sameRow, type ExistingItem } from './plan';

const DEAL: DealRecord = {
  id: 'HS-1', name: 'Acme', accountId: 'acme.com', amount: 1000, stage: 'open',
  ols: 'Webinar', olsDate: '2025-01-15', cs: null, csDate: null, closedAt: null,
};
const INPUT: DealInput = {
  id: 'HS-1', name: 'Acme', amount: 1000, stage: 'open', ols: 'Webinar', olsDate: '2025-01-15',
  cs: null, csDate: null, closedAt: null, accountId: 'acme.com',
};
const stored = (entity: DealRecord | null, errors: string[] = []): ExistingItem<DealRecord> => ({ itemId: 7, etag: '"2"', entity, errors });

describe('planning an import by natural key', () => {
  it('leaves a row equal to its item unchanged, so a second import writes nothing', () => {
    const plan = planImport(new Map([['HS-1', stored(DEAL)]]), [{ line: 2, key: 'HS-1', input: INPUT }], DEALS_KIND.plan);
    expect(plan).toEqual({ add: [], update: [], unchanged: 1, problems: [], notes: [] });
  });

  it('updates a changed row with the item id and ETag read, and adds a new one', () => {
    const plan = planImport(
      new Map([['HS-1', stored(DEAL)]]),
      [
        { line: 2, key: 'HS-1', input: { ...INPUT, amount: 1500 } },
        { line: 3, key: 'HS-2', input: { ...INPUT, id: 'HS-2' } },
      ],
      DEALS_KIND.plan,
    );
    expect(plan.update).toEqual([{ line: 2, key: 'HS-1', itemId: 7, etag: '"2"', entity: { ...DEAL, amount: 1500 } }]);
    expect(plan.add).toEqual([{ line: 3, key: 'HS-2', entity: { ...DEAL, id: 'HS-2' } }]);
  });

  it('keeps what a column the file lacks says on the site', () => {
    const plan = planImport(new Map([['HS-1', stored({ ...DEAL, closedAt: '2025-03-31' })]]), [{ line: 2, key: 'HS-1', input: { ...INPUT, closedAt: undefined } }], DEALS_KIND.plan);
    expect(plan.unchanged).toBe(1);
  });

  it('rejects a key twice in the file, and a key whose item on the site is invalid', () => {
    const plan = planImport(
      new Map([['HS-9', stored(null, ['GtmAmount: Invalid input'])]]),
      [
        { line: 2, key: 'HS-1', input: INPUT },
        { line: 3, key: 'HS-1', input: INPUT },
        { line: 4, key: 'HS-9', input: { ...INPUT, id: 'HS-9' } },
      ],
      DEALS_KIND.plan,
    );
    expect(plan.add).toHaveLength(1);
    expect(plan.problems.map((p) => `line ${p.line}: ${p.message}`)).toEqual([
      'line 3: the same deal id "HS-1" as line 2; keep one row per deal id (line 2 was imported)',
      'line 4: item 7 on the site has deal id "HS-9" but is not valid (GtmAmount: Invalid input); fix it on the site, then import again',
    ]);
  });

  it('compares columns whatever their order', () => {
    expect(sameRow({ a: 1, b: null }, { b: null, a: 1 })).toBe(true);
    expect(sameRow({ a: 1 }, { a: 1, b: 'x' })).toBe(false);
  });

  it('takes a person as the same when the e-mails match, whatever the name read back', () => {
    const onSite = { GtmSalesOwner: { email: 'Tom.Becker@contoso.example', displayName: 'Tom Becker', id: 12 } };
    expect(sameRow(onSite, { GtmSalesOwner: { email: 'tom.becker@contoso.example' } })).toBe(true);
    expect(sameRow(onSite, { GtmSalesOwner: { email: 'sara.lindqvist@contoso.example' } })).toBe(false);
    expect(sameRow(onSite, { GtmSalesOwner: null })).toBe(false);
  });
});

describe('planning an accounts import', () => {
  const kind = accountsKind({ today: '2025-04-01', source: 'accounts.csv' });
  const input: AccountInput = {
    name: 'Acme', domain: 'acme.com', icpFit: 5, engagementScore: 80, marketingOwner: { email: 'ana@contoso.com' },
    intentTopics: undefined, salesOwner: undefined, ols: { source: 'Webinar', date: '2025-01-15' }, cs: null, identifiedOn: null,
  };

  it('enters a new account as Identified today, with the OLS recorded as a fact', () => {
    const plan = planImport(new Map(), [{ line: 2, key: 'acme.com', input }], kind.plan);
    expect(plan.add[0]?.entity).toMatchObject({
      stage: 'identified', identifiedAt: '2025-04-01', ols: 'Webinar', olsDate: '2025-01-15', cs: null,
      stageHistory: [{ from: null, to: 'identified', at: '2025-04-01', evidence: 'Imported from the CRM export accounts.csv (line 2)' }],
    });
  });

  it('never overwrites a recorded OLS: the account is unchanged and a note asks for a correction with a reason', () => {
    const created = planImport(new Map(), [{ line: 2, key: 'acme.com', input }], kind.plan).add[0]?.entity;
    if (created === undefined) throw new Error('not created');
    const existing = new Map([['acme.com', { itemId: 3, etag: '"1"', entity: { ...created, id: '3' }, errors: [] }]]);
    const plan = planImport(existing, [{ line: 5, key: 'acme.com', input: { ...input, ols: { source: 'Trade show', date: '2025-01-10' } } }], kind.plan);
    expect(plan.unchanged).toBe(1);
    expect(plan.notes).toEqual([
      {
        line: 5,
        message:
          'acme.com: OLS (Original Lead Source) differs from the recorded fact: the file says "Trade show" (2025-01-10), the MQA file has "Webinar" (2025-01-15), which is kept; correct it in the MQA file with a reason (facts change only with a reason and an audit entry)',
      },
    ]);
  });
});
