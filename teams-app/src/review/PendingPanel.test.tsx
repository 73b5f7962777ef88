/** @jest-environment jsdom */
/**
 * The meeting's pending panel: when the channel throttles "End review", what is still to write is
 * listed with the reason and a "Retry now"; the retry finishes the review and the panel goes away.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { createMemoryListStore, GTM_REVIEWS_LIST, listPeopleSearch } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import { fakeTeams } from './fake-teams.fixture';
import type { OutboxStorage } from './local-outbox';
import type { AgendaData } from './review-backend';
import { ReviewMeeting } from './ReviewMeeting';
import { followNothing } from './review-sync';

setIconOptions({ disableWarnings: true });

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const noData: AgendaData = { kpis: [], measurements: [], risks: [], accounts: [], actions: [], lastReview: null, attendeeOptions: { from: 'circle', people: [elena], note: null }, invalid: [] };

function memoryStorage(): OutboxStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('the pending panel of End review', () => {
  it('shows "2 pending" with the throttling reason, then disappears after Retry now', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    teams.failPosts = 1;
    const storage = memoryStorage();
    let id = 0;
    render(
      <ReviewMeeting
        data={noData}
        backend={createReviewGateway({ store, graph: teams, place })}
        people={listPeopleSearch([])}
        today="2026-12-07"
        place={place}
        frame="sidePanel"
        me={elena}
        storage={storage}
        follow={followNothing}
        newId={() => `id-${++id}`}
        now={() => 0}
      />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'End review…' }));
    await user.click(await screen.findByRole('button', { name: 'End review and post' }));

    // The Review is held; the summary (throttled) and the next review (after it) are pending.
    expect(await screen.findByText('2 pending')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Posting the summary to the channel');
    expect(screen.getByRole('alert')).toHaveTextContent('Everything is kept on this device and retried.');
    const steps = within(screen.getByRole('list', { name: 'Pending steps' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(['Post the summary to the channel', 'Schedule the next review']);
    // The review is held and the next one planned before the post.
    expect(store.rows(GTM_REVIEWS_LIST).map((r) => r.values.GtmReviewStatus)).toEqual(['Held', 'Planned']);
    expect(JSON.parse(storage.map.get('gtm-review-outbox:gtm-review:team-1:channel-1:2026-12-07') ?? '{}').progress.messageId).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Retry now' }));

    expect(await screen.findByTestId('review-ended')).toHaveTextContent('next review on 2026-12-28');
    expect(screen.queryByTestId('pending-count')).not.toBeInTheDocument();
    expect([teams.posts.length, teams.created.length]).toEqual([1, 1]);
  });
});
