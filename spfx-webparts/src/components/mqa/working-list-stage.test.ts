import type { MqaStage, SalesWorkingEntry, StoredItem } from '@gtm/shared';
import { MQA_STAGES } from '@gtm/shared';
import { workingListChange, workingListStageFor } from './working-list-stage';

describe('workingListStageFor: where an account stage puts its Sales working list row', () => {
  const table: [MqaStage, string | null][] = [
    ['identified', null],
    ['internal-review', null],
    ['presales-validation', null],
    ['shared-with-sales', 'shared-with-sales'],
    ['sales-accepted', 'sales-accepted'],
    ['opportunity', 'opportunity'],
    ['won', 'won'],
    ['lost', 'lost'],
    ['disqualified', 'lost'],
    ['stalled', 'stalled'],
  ];

  it('covers every one of the 10 MQA stages', () => {
    expect(table.map(([stage]) => stage)).toEqual([...MQA_STAGES]);
  });

  it.each(table)('%s → %s (null: the row stays as it is)', (stage, expected) => {
    expect(workingListStageFor(stage)).toBe(expected);
  });
});

describe('workingListChange: the update a stage move makes to the account’s row', () => {
  const row = (status: SalesWorkingEntry['status']): StoredItem<SalesWorkingEntry> => ({
    itemId: 4,
    etag: '"4,2"',
    entity: { id: '4', accountId: '7', accountName: 'Acme', sharedOn: '2026-11-04', salesOwner: null, status, notes: 'First call booked' },
  });

  it('moves the row from Shared with Sales to Sales accepted, keeping Sales’ notes', () => {
    const shared = row('shared-with-sales');
    expect(workingListChange(shared, 'sales-accepted')?.(shared.entity)).toEqual({ ok: true, value: { ...shared.entity, status: 'sales-accepted' } });
  });

  it('leaves the row alone when it already says the stage, when the stage is before the handover, or when there is no row', () => {
    expect(workingListChange(row('sales-accepted'), 'sales-accepted')).toBeNull();
    expect(workingListChange(row('sales-accepted'), 'internal-review')).toBeNull();
    expect(workingListChange(undefined, 'won')).toBeNull();
  });

  it('a hand-over gives the row the Sales owner it chose (Stalled → Shared with Sales with Noor), and a row already saying both is left alone', () => {
    const noor = { email: 'noor.haddad@contoso.example', displayName: 'Noor Haddad' };
    const stalled = row('stalled');
    expect(workingListChange(stalled, 'shared-with-sales', noor)?.(stalled.entity)).toEqual({ ok: true, value: { ...stalled.entity, status: 'shared-with-sales', salesOwner: noor } });
    const done = { ...stalled, entity: { ...stalled.entity, status: 'shared-with-sales' as const, salesOwner: { email: 'NOOR.haddad@contoso.example' } } };
    expect(workingListChange(done, 'shared-with-sales', noor)).toBeNull();
  });
});
