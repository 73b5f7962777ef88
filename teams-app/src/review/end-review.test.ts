/**
 * "End review" over in-memory GTM lists and a fake channel and calendar: it writes once, a second
 * run writes nothing more, and a throttled step keeps everything pending until the retry.
 */
import { createMemoryListStore, GTM_REVIEWS_LIST, GTM_ACTIONS_LIST, ThrottledError } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import { newProgress, pendingSteps, runEndReview } from './end-review';
import { fakeTeams } from './fake-teams.fixture';
import type { EndReviewProgress } from './end-review';
import type { ReviewBackend } from './review-backend';
import { newSession } from './review-model';
import type { ReviewSession } from './review-model';

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const place = { teamId: 'team-1', channelId: 'channel-1' };

function sessionOn7Dec(): ReviewSession {
  const session = newSession(place, '2026-12-07', [elena]);
  const item = { key: 'kpi:1', title: 'Pipeline created', link: { kind: 'kpi' as const, id: '1' } };
  return {
    ...session,
    decisions: [{ clientId: 'd1', text: 'Move 10% of the events budget to paid search', item }],
    actions: [{ clientId: 'a1', title: 'Bring a pipeline recovery plan', owner: elena, dueDate: '2026-12-21', item }],
  };
}

describe('End review on Mon 7 Dec 2026', () => {
  it('writes 1 Review, 1 action, 1 channel message and 1 event on Mon 28 Dec — and a second run adds nothing', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    const backend = createReviewGateway({ store, graph: teams, place });
    const session = sessionOn7Dec();
    let saved: EndReviewProgress = newProgress(session.key);
    const done = await runEndReview(backend, { session, kpis: [], measurements: [] }, saved, (p) => (saved = p));
    // Another device (no local progress): the Review item says what was posted and scheduled.
    const other = await runEndReview(backend, { session, kpis: [], measurements: [] }, newProgress(session.key), () => undefined);

    expect(store.rows(GTM_REVIEWS_LIST)).toHaveLength(1);
    expect(store.rows(GTM_ACTIONS_LIST).map((r) => r.values.Title)).toEqual(['Bring a pipeline recovery plan']);
    expect(teams.posts).toHaveLength(1);
    expect(teams.posts[0]).toContain('Bring a pipeline recovery plan — <b>Elena Ricci</b>, due 2026-12-21');
    expect(teams.created.map((e) => e.start)).toEqual(['2026-12-28T09:00:00']);
    expect(pendingSteps(session, done)).toEqual([]);
    expect(saved).toEqual(done);
    expect(store.rows(GTM_REVIEWS_LIST)[0]?.values).toMatchObject({ GtmSummaryMessageId: '1', GtmNextEventId: 'e1' });
    expect([other.messageId, other.eventId]).toEqual(['1', 'e1']);
  });

  it('invites the attendees to a meeting whose transactionId is the same on every run', async () => {
    const teams = fakeTeams();
    const session = sessionOn7Dec();
    for (const store of [createMemoryListStore(), createMemoryListStore()]) {
      await runEndReview(createReviewGateway({ store, graph: teams, place }), { session, kpis: [], measurements: [] }, newProgress(session.key), () => undefined);
    }
    // Two lists (nothing recorded on the second one's Review), one calendar: Graph's dedup holds.
    expect(teams.created).toHaveLength(1);
    expect(teams.created[0]?.attendees).toEqual([{ email: 'elena.ricci@contoso.example', name: 'Elena Ricci' }]);
    expect(teams.created[0]?.transactionId).toMatch(/^gtm-[0-9a-f]{32}$/);
  });

  it('after a crash between posting and noting the id, the retry notes it on the Review and posts nothing', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    const backend = createReviewGateway({ store, graph: teams, place });
    const session = sessionOn7Dec();
    let saved: EndReviewProgress = newProgress(session.key);
    // The Review item refuses the next write once, after the post: as if the tab closed there.
    const realPost = teams.postMessage;
    teams.postMessage = async (...args) => {
      const id = await realPost(...args);
      store.failNext(new ThrottledError('Saving GTM Reviews', 503, 1));
      return id;
    };
    await expect(runEndReview(backend, { session, kpis: [], measurements: [] }, saved, (p) => (saved = p))).rejects.toBeInstanceOf(ThrottledError);
    expect(pendingSteps(session, saved)).toEqual(['Note the posted summary on the Review record', 'Schedule the next review']);

    await runEndReview(backend, { session, kpis: [], measurements: [] }, saved, (p) => (saved = p));
    expect(teams.posts).toHaveLength(1);
    expect(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmSummaryMessageId).toBe('1');
  });

  it('notes the message id over a concurrent edit of the Review (412): the decisions another tab added stay', async () => {
    const store = createMemoryListStore();
    const gateway = createReviewGateway({ store, graph: fakeTeams(), place });
    const session = sessionOn7Dec();
    // Another tab edits the Review between our read and our write of the message id, once.
    const noteWrites: string[] = [];
    const backend: ReviewBackend = {
      ...gateway,
      updateReview: async (stored, review) => {
        if (review.summaryMessageId && !review.nextEventId) {
          noteWrites.push(stored.etag);
          if (noteWrites.length === 1) store.touch(GTM_REVIEWS_LIST, Number(stored.itemId), { GtmDecisions: JSON.stringify(['Move 10% of the events budget to paid search', 'Hire an SDR']) });
        }
        return gateway.updateReview(stored, review);
      },
    };
    await runEndReview(backend, { session, kpis: [], measurements: [] }, newProgress(session.key), () => undefined);
    const values = store.rows(GTM_REVIEWS_LIST)[0]?.values;
    expect(noteWrites).toHaveLength(2); // the first got 412, the second went on the newer version
    expect(values?.GtmSummaryMessageId).toBe('1');
    expect(JSON.parse(String(values?.GtmDecisions))).toEqual(['Move 10% of the events budget to paid search', 'Hire an SDR']);
  });

  it('keeps the summary and the event pending (2) when the channel throttles, then finishes on retry', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    teams.failPosts = 1;
    const backend = createReviewGateway({ store, graph: teams, place });
    const session = sessionOn7Dec();
    let saved: EndReviewProgress = newProgress(session.key);
    await expect(runEndReview(backend, { session, kpis: [], measurements: [] }, saved, (p) => (saved = p))).rejects.toBeInstanceOf(ThrottledError);
    expect(pendingSteps(session, saved)).toEqual(['Post the summary to the channel', 'Schedule the next review']);

    await runEndReview(backend, { session, kpis: [], measurements: [] }, saved, (p) => (saved = p));
    expect(pendingSteps(session, saved)).toEqual([]);
    expect(store.rows(GTM_ACTIONS_LIST)).toHaveLength(1);
    expect(teams.posts).toHaveLength(1);
  });

  it('escapes a decision that looks like HTML: "<b>x</b>" is posted as text', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    const backend = createReviewGateway({ store, graph: teams, place });
    const base = sessionOn7Dec();
    const session = { ...base, decisions: [{ ...base.decisions[0]!, text: '<b>x</b>' }] };
    await runEndReview(backend, { session, kpis: [], measurements: [] }, newProgress(session.key), () => undefined);
    expect(teams.posts[0]).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
