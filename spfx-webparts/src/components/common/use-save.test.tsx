/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import type { Action, StoredItem } from '@gtm/shared';
import { GTM_ACTIONS_LIST, ListStoreError, closeAction, createActionRepository, createMemoryListStore } from '@gtm/shared';
import type { Change } from './use-save';
import { useSave } from './use-save';

setIconOptions({ disableWarnings: true });

const DECK: Action = { id: '', title: 'Send the revised pricing deck', owner: { email: 'ana@contoso.example' }, dueDate: '2026-12-04', status: 'open', reviewId: '2' };

const done: Change<Action> = (current) => {
  const closed = closeAction(current, 'done');
  return closed.ok ? { ok: true, value: closed.action } : closed;
};

/** One action on screen, as the view holds it, with a button that marks it done through the hook. */
function Probe({ initial, repository, events }: { initial: StoredItem<Action>; repository: ReturnType<typeof createActionRepository>; events: string[] }) {
  const [held, setHeld] = React.useState(initial);
  const saver = useSave<Action>({
    repository,
    describe: (a) => ({ title: a.title, status: a.status }),
    fieldLabels: { title: 'Action', status: 'Status' },
    onStored: (stored, how) => {
      events.push(`${how} ${stored.entity.status} ${stored.etag}`);
      setHeld(stored);
    },
    onGone: (itemId) => events.push(`gone ${itemId}`),
  });
  return (
    <div>
      <output data-testid="held">{`${held.entity.title} · ${held.entity.status} · ${held.etag}`}</output>
      <output data-testid="error">{saver.error ?? ''}</output>
      <button onClick={() => void saver.saveChanges(held, done).then((o) => events.push(`outcome ${o.kind}`))}>Mark done</button>
      {saver.conflictDialog}
    </div>
  );
}

async function setUp() {
  const store = createMemoryListStore();
  const repository = createActionRepository(store);
  const added = await repository.saveNew(DECK);
  if (added.kind !== 'saved') throw new Error('seeding failed');
  const events: string[] = [];
  render(<Probe initial={{ itemId: added.itemId, etag: added.etag, entity: added.entity }} repository={repository} events={events} />);
  return { store, events, user: userEvent.setup() };
}

const statusOf = (store: ReturnType<typeof createMemoryListStore>) => store.rows(GTM_ACTIONS_LIST)[0]?.values.GtmStatus;

describe('useSave: every write of a web part, one typed result', () => {
  it('saves with the ETag read ("1,1") and holds the new one ("1,2")', async () => {
    const { store, events, user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(screen.getByTestId('held')).toHaveTextContent('Send the revised pricing deck · done · "1,2"'));
    expect(statusOf(store)).toBe('Done');
    expect(events).toEqual(['saved done "1,2"', 'outcome saved']);
  });

  it('on a stale ETag shows both versions; "Apply mine again" re-runs the change on theirs, keeping their new title', async () => {
    const { store, events, user } = await setUp();
    store.touch(GTM_ACTIONS_LIST, 1, { Title: 'Send the pricing deck to EMEA Sales' });
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByRole('rowheader', { name: 'Action' }).closest('tr')).toHaveTextContent('Send the revised pricing deckSend the pricing deck to EMEA Sales');
    expect(statusOf(store)).toBe('Open');
    await user.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await waitFor(() => expect(screen.getByTestId('held')).toHaveTextContent('Send the pricing deck to EMEA Sales · done · "1,3"'));
    expect(events).toEqual(['outcome conflict', 'saved done "1,3"']);
  });

  it('"Apply mine again" over theirs already Dropped is refused by the rule: the view holds theirs and says why', async () => {
    const { store, user } = await setUp();
    store.touch(GTM_ACTIONS_LIST, 1, { GtmStatus: 'Dropped' });
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    await user.click(await screen.findByRole('button', { name: 'Apply mine again' }));
    expect(screen.getByTestId('held')).toHaveTextContent('dropped · "1,2"');
    expect(screen.getByTestId('error')).toHaveTextContent('Action "Send the revised pricing deck" is already dropped; only an open action can be marked done');
    expect(statusOf(store)).toBe('Dropped');
  });

  it('shows a version that no longer maps by its field errors, and "Reload theirs" hands it to the view as gone', async () => {
    const { store, events, user } = await setUp();
    store.touch(GTM_ACTIONS_LIST, 1, { GtmStatus: 'Someday' });
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByRole('rowheader', { name: 'Action' }).closest('tr')).toHaveTextContent('(cannot be read: status: Invalid option');
    await user.click(screen.getByRole('button', { name: 'Reload theirs' }));
    expect(events).toEqual(['outcome conflict', 'gone 1']);
  });

  it('on a refusal (403) keeps the version held and says what to do, saving nothing', async () => {
    const { store, events, user } = await setUp();
    store.failNext(new ListStoreError('GTM Actions: Access denied.', 403));
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByTestId('error')).toHaveTextContent('You do not have permission to edit the GTM Actions. Ask a site owner for edit access, then save again.');
    expect(screen.getByTestId('held')).toHaveTextContent('open · "1,1"');
    expect(events).toEqual(['outcome failed']);
    expect(statusOf(store)).toBe('Open');
  });
});
