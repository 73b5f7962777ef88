/** @jest-environment jsdom */
/**
 * End review asks first: the dialog names the channel, the people invited, the next review's date
 * and time in the organizer's mailbox zone and the counts; Cancel writes nothing; confirming runs
 * it. A mailbox zone Graph refuses falls back to UTC and says so.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
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
const marco = { email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const data: AgendaData = {
  kpis: [], measurements: [], risks: [], accounts: [], actions: [], lastReview: null,
  attendeeOptions: { from: 'meeting', people: [elena, marco], note: null }, invalid: [],
};

function setup(zone: string | null) {
  const store = createMemoryListStore();
  const teams = fakeTeams();
  teams.zone = zone;
  const map = new Map<string, string>();
  const storage: OutboxStorage = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
  let id = 0;
  render(
    <ReviewMeeting
      data={data} backend={createReviewGateway({ store, graph: teams, place })} people={listPeopleSearch([])}
      today="2026-12-07" place={place} frame="sidePanel" me={elena} storage={storage} follow={followNothing}
      newId={() => `id-${++id}`} now={() => 0} pollMs={0}
    />,
  );
  return { store, teams };
}

describe('End review asks first', () => {
  it('says where it posts, whom it invites, when (09:00 in W. Europe Standard Time) and what it carries; Cancel does nothing', async () => {
    const { store, teams } = setup('W. Europe Standard Time');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(screen.queryByTestId('unsaved-captures')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'End review…' }));

    const dialog = within(await screen.findByTestId('end-review-dialog'));
    expect(await dialog.findByTestId('end-channel')).toHaveTextContent('post the summary to the channel GTM Review;');
    expect(dialog.getByTestId('end-next')).toHaveTextContent('schedule the next review on Mon 28 Dec 2026, 09:00–10:00 (W. Europe Standard Time) in your calendar as a Teams meeting, inviting 2 people:');
    expect(within(dialog.getByTestId('end-invited')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Elena Ricci', 'Marco Rossi']);
    expect(dialog.getByTestId('end-counts')).toHaveTextContent('1 decision, 0 new actions, 0 actions closed, 0 deep dives');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('end-review-dialog')).not.toBeInTheDocument();
    expect([teams.posts.length, teams.created.length]).toEqual([0, 0]);
    expect(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmReviewStatus).toBe('In progress');

    await user.click(screen.getByRole('button', { name: 'End review…' }));
    await user.click(await screen.findByRole('button', { name: 'End review and post' }));
    expect(await screen.findByTestId('review-ended')).toBeInTheDocument();
    expect([teams.posts.length, teams.created.map((e) => e.timeZone)]).toEqual([1, ['W. Europe Standard Time']]);
    expect(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmReviewStatus).toBe('Held');
  });

  it('falls back to UTC when the mailbox zone cannot be read, and says why', async () => {
    setup(null);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'End review…' }));
    const dialog = within(await screen.findByTestId('end-review-dialog'));
    expect(await dialog.findByTestId('end-next')).toHaveTextContent('Mon 28 Dec 2026, 09:00–10:00 (UTC)');
    expect(dialog.getByText(/Your mailbox time zone could not be read .*so the next review is set in UTC\./)).toBeInTheDocument();
  });
});
