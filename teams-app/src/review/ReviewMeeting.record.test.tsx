/** @jest-environment jsdom */
/**
 * The meeting over SharePoint in jsdom: a capture whose write is throttled is shown, listed as not
 * saved with the reason and "Retry now", and stored on the retry; a review planned for another day
 * is asked about before anything is recorded, and "Not today" records nothing; a channel tab opened
 * to look starts no review (and so moves no cycle) until something is captured.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { createMemoryListStore, GTM_REVIEWS_LIST, listPeopleSearch, ThrottledError } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import { fakeTeams } from './fake-teams.fixture';
import type { OutboxStorage } from './local-outbox';
import type { AgendaData, ReviewBackend } from './review-backend';
import { ReviewMeeting } from './ReviewMeeting';
import { followNothing } from './review-sync';

setIconOptions({ disableWarnings: true });

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const data: AgendaData = {
  kpis: [], measurements: [], risks: [], accounts: [], actions: [], lastReview: null,
  attendeeOptions: { from: 'circle', people: [elena], note: null }, invalid: [],
};

function meeting(backend: ReviewBackend, today = '2026-12-07', frame: 'sidePanel' | 'content' = 'sidePanel', map = new Map<string, string>()) {
  const storage: OutboxStorage = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
  let id = 0;
  render(
    <ReviewMeeting
      data={data} backend={backend} people={listPeopleSearch([])} today={today} place={place} frame={frame} me={elena}
      storage={storage} follow={followNothing} newId={() => `id-${++id}`} now={() => 0} pollMs={0}
    />,
  );
}

describe('a capture SharePoint does not take at once', () => {
  it('is shown, listed as not saved with the reason, and stored by "Retry now"', async () => {
    const store = createMemoryListStore();
    meeting(createReviewGateway({ store, graph: fakeTeams(), place }));
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    // The read of the Review item before the write is throttled (the backoff would retry after 2 s).
    store.failNext(new ThrottledError('Reading GTM Reviews', 429, 30), 1);
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(within(screen.getByTestId('captured')).getByText('Decision: Keep the targets')).toBeInTheDocument();
    const unsaved = await screen.findByText('1 not saved to SharePoint yet');
    const bar = within(unsaved.closest('[data-testid="unsaved-captures"]') as HTMLElement);
    expect(bar.getByRole('alert')).toHaveTextContent('Reading GTM Reviews');
    expect(bar.getByRole('list', { name: 'Not saved yet' })).toHaveTextContent('Decision “Keep the targets”');
    expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmDecisions))).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(screen.queryByTestId('unsaved-captures')).not.toBeInTheDocument());
    expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmDecisions))).toEqual(['Keep the targets']);
  });
});

describe('a review planned for another day', () => {
  it('asks before recording anything; "Not today" records nothing and says when it opens', async () => {
    const store = createMemoryListStore();
    const backend = createReviewGateway({ store, graph: fakeTeams(), place });
    await backend.addReview({ id: '', date: '2026-11-30', status: 'held', attendees: [elena], decisions: [], actionIds: [], kpiSnapshot: [] });
    await backend.addReview({ id: '', date: '2026-12-21', status: 'planned', attendees: [elena], decisions: [], actionIds: [], kpiSnapshot: [] });
    meeting(backend);
    const ask = await screen.findByTestId('hold-planned');
    // Fluent's MessageBar draws its text a moment after the bar itself (DelayedRender, for screen readers).
    await waitFor(() => expect(ask).toHaveTextContent('Hold the review planned for Mon 21 Dec 2026 today (Mon 7 Dec 2026)?'));
    expect(screen.queryByRole('textbox', { name: 'Decision' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Not today' }));
    await waitFor(() => expect(screen.getByTestId('hold-planned')).toHaveTextContent('Nothing is recorded today: the review planned for Mon 21 Dec 2026 opens on that day.'));
    expect(store.rows(GTM_REVIEWS_LIST).map((r) => [r.values.GtmReviewDate, r.values.GtmReviewStatus])).toEqual([['2026-11-30', 'Held'], ['2026-12-21', 'Planned']]);
  });
});

describe('the channel tab, outside the meeting', () => {
  it('starts no review when opened; the first decision starts it (In progress) and is stored', async () => {
    const store = createMemoryListStore();
    meeting(createReviewGateway({ store, graph: fakeTeams(), place }), '2026-12-07', 'content');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    expect(store.rows(GTM_REVIEWS_LIST)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(store.rows(GTM_REVIEWS_LIST).map((r) => r.values.GtmReviewStatus)).toEqual(['In progress']));
    await waitFor(() => expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmDecisions))).toEqual(['Keep the targets']));
    expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmAttendees))).toEqual([elena]);
  });
});

describe('a device that was in the review with an older version', () => {
  it('writes the decision the old version kept in the outbox to SharePoint, once, and keeps it no longer', async () => {
    const store = createMemoryListStore();
    const key = 'gtm-review:team-1:channel-1:2026-12-07';
    const item = { key: 'section:kpi-review', title: 'KPI review', section: { key: 'kpi-review', title: 'KPI review' } };
    const map = new Map([[`gtm-review-outbox:${key}`, JSON.stringify({
      session: { key, date: '2026-12-07', attendees: [elena], decisions: [{ clientId: 'old-1', text: 'Keep the targets', item }], actions: [], doneActionIds: [], deepDives: [] },
      progress: { key, started: false, reviewItemId: null, savedActions: {}, reviewLinked: false, doneMarked: [], messageId: null, messageRecorded: false, eventId: null, eventRecorded: false },
    })]]);
    meeting(createReviewGateway({ store, graph: fakeTeams(), place }), '2026-12-07', 'sidePanel', map);
    await waitFor(() => expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmDecisions ?? '[]'))).toEqual(['Keep the targets']));
    expect(within(screen.getByTestId('captured')).getByText('Decision: Keep the targets')).toBeInTheDocument();
    expect(map.get(`gtm-review-outbox:${key}`)).not.toContain('Keep the targets');
  });
});
