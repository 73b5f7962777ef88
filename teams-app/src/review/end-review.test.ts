/**
 * "End review" over in-memory GTM lists and a fake channel and calendar: it writes once, a second
 * run writes nothing more, and a throttled step keeps everything pending until the retry.
 */
import { createMemoryListStore, GTM_REVIEWS_LIST, GTM_ACTIONS_LIST, ThrottledError } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import type { GroupEventInput, TeamsGraph } from '../data/teams-graph';
import { newProgress, pendingSteps, runEndReview } from './end-review';
import type { EndReviewProgress } from './end-review';
import { newSession } from './review-model';
import type { ReviewSession } from './review-model';

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const place = { teamId: 'team-1', channelId: 'channel-1' };

type FakeTeams = TeamsGraph & { posts: string[]; created: GroupEventInput[]; failPosts: number };

/** A channel and a calendar in memory; `failPosts` throttles the next posts. */
function fakeTeams(): FakeTeams {
  const fake: FakeTeams = {
    posts: [], created: [], failPosts: 0,
    recentMessages: async () => fake.posts.map((html, i) => ({ id: String(i + 1), html })),
    postMessage: async (_team, _channel, html) => {
      if (fake.failPosts > 0) {
        fake.failPosts -= 1;
        throw new ThrottledError('Posting the summary to the channel', 429, 5);
      }
      fake.posts.push(html);
      return String(fake.posts.length);
    },
    events: async () => fake.created.map((e, i) => ({ id: `e${i + 1}`, transactionId: e.transactionId })),
    createEvent: async (_group, e) => {
      fake.created.push(e);
      return `e${fake.created.length}`;
    },
  };
  return fake;
}

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
    const backend = createReviewGateway({ store, graph: teams, place, groupId: 'group-1' });
    const session = sessionOn7Dec();
    let saved: EndReviewProgress = newProgress(session.key);
    const done = await runEndReview(backend, { session, kpis: [], measurements: [] }, saved, (p) => (saved = p));
    await runEndReview(backend, { session, kpis: [], measurements: [] }, newProgress(session.key), () => undefined);

    expect(store.rows(GTM_REVIEWS_LIST)).toHaveLength(1);
    expect(store.rows(GTM_ACTIONS_LIST).map((r) => r.values.Title)).toEqual(['Bring a pipeline recovery plan']);
    expect(teams.posts).toHaveLength(1);
    expect(teams.posts[0]).toContain('Bring a pipeline recovery plan — <b>Elena Ricci</b>, due 2026-12-21');
    expect(teams.created.map((e) => e.start)).toEqual(['2026-12-28T09:00:00']);
    expect(pendingSteps(session, done)).toEqual([]);
    expect(saved).toEqual(done);
  });

  it('keeps the summary and the event pending (2) when the channel throttles, then finishes on retry', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    teams.failPosts = 1;
    const backend = createReviewGateway({ store, graph: teams, place, groupId: 'group-1' });
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
    const backend = createReviewGateway({ store, graph: teams, place, groupId: 'group-1' });
    const base = sessionOn7Dec();
    const session = { ...base, decisions: [{ ...base.decisions[0]!, text: '<b>x</b>' }] };
    await runEndReview(backend, { session, kpis: [], measurements: [] }, newProgress(session.key), () => undefined);
    expect(teams.posts[0]).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
