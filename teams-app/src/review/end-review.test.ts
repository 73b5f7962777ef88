/**
 * "End review" over in-memory GTM lists and a fake channel and calendar, on a review whose
 * captures are already stored: it holds the Review item once, posts once, schedules once; a second
 * run writes nothing more, and a throttled step keeps the rest pending until the retry.
 */
import type { Kpi } from '@gtm/shared';
import { createKpiMeasurementRepository, createMemoryListStore, GTM_REVIEWS_LIST, GTM_ACTIONS_LIST, ThrottledError } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import { newProgress, pendingSteps, runEndReview } from './end-review';
import type { EndReviewInput, EndReviewProgress } from './end-review';
import { fakeTeams } from './fake-teams.fixture';
import type { EndReviewTarget, ReviewBackend } from './review-backend';
import { changeReview, openReview, recordChanges, refreshReview, saveAction } from './review-record';

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const guest = { email: 'pat@partner-agency.example', displayName: 'Pat (agency)' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const item = { key: 'kpi:1', title: 'Pipeline created', link: { kind: 'kpi' as const, id: '1' }, section: { key: 'kpi-review', title: 'KPI review' } };
const target: EndReviewTarget = { channelName: 'GTM Review', timeZone: 'W. Europe Standard Time', start: '09:00', end: '10:00', timeZoneNote: null };
const pipeline: Kpi = {
  id: '1', title: 'Pipeline created', area: 'pipeline-generation', owner: elena, unit: 'currency', direction: 'higher',
  target: 1_200_000, amberThreshold: 1_000_000, redThreshold: 800_000,
};
const winRate: Kpi = { ...pipeline, id: '2', title: 'Win rate', unit: 'percent', target: 25, amberThreshold: 22, redThreshold: 18 };

/** The review of Mon 7 Dec 2026 as the meeting left it: 1 decision and 1 action stored as captured. */
async function heldMeeting(backend: ReviewBackend, attendees = [elena]): Promise<EndReviewInput> {
  const open = await openReview(backend, place, '2026-12-07', attendees);
  const itemId = open.stored.itemId;
  await changeReview(backend, itemId, recordChanges.decision({ clientId: 'd1', text: 'Move 10% of the events budget to paid search', item }));
  await saveAction(backend, itemId, { clientId: 'a1', title: 'Bring a pipeline recovery plan', owner: elena, dueDate: '2026-12-21', item });
  const { session } = await refreshReview(backend, place, itemId);
  return {
    reviewItemId: itemId, session, target, actions: [],
    kpis: [pipeline, winRate],
  };
}

/** The actuals reported for the review of 7 Dec: the pipeline at €705,000, the win rate at 16.7%. */
async function measurements(store: ReturnType<typeof createMemoryListStore>): Promise<void> {
  await createKpiMeasurementRepository(store).add([{ kpiId: '1', cycle: '2026-12-07', value: 705_000 }, { kpiId: '2', cycle: '2026-12-07', value: 16.7 }]);
}

describe('End review on Mon 7 Dec 2026', () => {
  it('holds 1 Review (snapshot, status Held), posts 1 message and creates 1 event on Mon 28 Dec at 09:00 in the organizer’s zone — and a second run adds nothing', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    const backend = createReviewGateway({ store, graph: teams, place });
    await measurements(store);
    const input = await heldMeeting(backend);
    let saved: EndReviewProgress = newProgress(input.session.key);
    const done = await runEndReview(backend, input, saved, (p) => (saved = p));
    // Another device (no local progress): the Review item says what was posted and scheduled.
    const other = await runEndReview(backend, input, newProgress(input.session.key), () => undefined);

    // The review held, and the next one planned 21 days later: the cycle's one truth.
    expect(store.rows(GTM_REVIEWS_LIST).map((r) => [r.values.GtmReviewDate, r.values.GtmReviewStatus])).toEqual([['2026-12-07', 'Held'], ['2026-12-28', 'Planned']]);
    expect(store.rows(GTM_ACTIONS_LIST).map((r) => r.values.Title)).toEqual(['Bring a pipeline recovery plan']);
    expect(teams.posts).toHaveLength(1);
    expect(teams.created.map((e) => [e.start, e.timeZone])).toEqual([['2026-12-28T09:00:00', 'W. Europe Standard Time']]);
    expect(pendingSteps(done)).toEqual([]);
    expect(saved).toEqual(done);
    const values = store.rows(GTM_REVIEWS_LIST)[0]?.values;
    expect(values).toMatchObject({ GtmReviewStatus: 'Held', GtmSummaryMessageId: '1', GtmNextEventId: 'e1' });
    expect(JSON.parse(String(values?.GtmKpiSnapshot))).toEqual([
      { kpiId: '1', title: 'Pipeline created', value: 705_000, target: 1_200_000, status: 'off-track' },
      { kpiId: '2', title: 'Win rate', value: 16.7, target: 25, status: 'off-track' },
    ]);
    expect([other.messageId, other.eventId]).toEqual(['1', 'e1']);
  });

  it('saves no capture: the decision and the action were in SharePoint before End review ran', async () => {
    const store = createMemoryListStore();
    const backend = createReviewGateway({ store, graph: fakeTeams(), place });
    await measurements(store);
    await heldMeeting(backend);
    const values = store.rows(GTM_REVIEWS_LIST)[0]?.values;
    expect(values?.GtmReviewStatus).toBe('In progress');
    expect(JSON.parse(String(values?.GtmDecisions))).toEqual(['Move 10% of the events budget to paid search']);
    expect(store.rows(GTM_ACTIONS_LIST)).toHaveLength(1);
  });

  it('invites the attendees to a meeting whose transactionId is the same on every run', async () => {
    const teams = fakeTeams();
    for (const store of [createMemoryListStore(), createMemoryListStore()]) {
      const backend = createReviewGateway({ store, graph: teams, place });
      await measurements(store);
      await runEndReview(backend, await heldMeeting(backend), newProgress('k'), () => undefined);
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
    await measurements(store);
    const input = await heldMeeting(backend);
    let saved: EndReviewProgress = newProgress(input.session.key);
    // The Review item refuses the next write once, after the post: as if the tab closed there.
    const realPost = teams.postMessage;
    teams.postMessage = async (...args) => {
      const id = await realPost(...args);
      store.failNext(new ThrottledError('Saving GTM Reviews', 503, 1));
      return id;
    };
    await expect(runEndReview(backend, input, saved, (p) => (saved = p))).rejects.toBeInstanceOf(ThrottledError);
    expect(pendingSteps(saved)).toEqual(['Note the posted summary on the Review record', 'Schedule the next review']);

    await runEndReview(backend, input, saved, (p) => (saved = p));
    expect(teams.posts).toHaveLength(1);
    expect(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmSummaryMessageId).toBe('1');
  });

  it('notes the message id over a concurrent edit of the Review (412): the decision another attendee added stays', async () => {
    const store = createMemoryListStore();
    const gateway = createReviewGateway({ store, graph: fakeTeams(), place });
    await measurements(store);
    const input = await heldMeeting(gateway);
    const noteWrites: string[] = [];
    const backend: ReviewBackend = {
      ...gateway,
      updateReview: async (stored, review) => {
        if (review.summaryMessageId && !review.nextEventId) {
          noteWrites.push(stored.etag);
          // Another attendee captures a decision between our read and our write, once.
          if (noteWrites.length === 1) await changeReview(gateway, stored.itemId, recordChanges.decision({ clientId: 'd2', text: 'Hire an SDR', item }));
        }
        return gateway.updateReview(stored, review);
      },
    };
    await runEndReview(backend, input, newProgress(input.session.key), () => undefined);
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
    await measurements(store);
    const input = await heldMeeting(backend);
    let saved: EndReviewProgress = newProgress(input.session.key);
    await expect(runEndReview(backend, input, saved, (p) => (saved = p))).rejects.toBeInstanceOf(ThrottledError);
    expect(pendingSteps(saved)).toEqual(['Post the summary to the channel', 'Schedule the next review']);

    await runEndReview(backend, input, saved, (p) => (saved = p));
    expect(pendingSteps(saved)).toEqual([]);
    expect(teams.posts).toHaveLength(1);
  });

  it('refuses to hold a review nobody attends, saying what to do', async () => {
    const store = createMemoryListStore();
    const backend = createReviewGateway({ store, graph: fakeTeams(), place });
    await measurements(store);
    const input = await heldMeeting(backend, []);
    await expect(runEndReview(backend, input, newProgress(input.session.key), () => undefined)).rejects.toThrow('Tick at least one attendee');
  });
});

describe('the summary people read', () => {
  it('formats values as the tab does, @mentions a directory owner, names a guest, lists closed actions and deep dives, escapes text', async () => {
    const store = createMemoryListStore();
    const teams = fakeTeams();
    teams.directory['elena.ricci@contoso.example'] = { id: 'u-elena', displayName: 'Elena Ricci' };
    const backend = createReviewGateway({ store, graph: teams, place });
    await measurements(store);
    const input = await heldMeeting(backend, [elena, guest]);
    const itemId = input.reviewItemId;
    await saveAction(backend, itemId, { clientId: 'a2', title: 'Brief the agency', owner: guest, dueDate: '2026-12-14', item });
    await changeReview(backend, itemId, recordChanges.decision({ clientId: 'd3', text: '<b>x</b>', item: { key: 'section:risks', title: 'Risks' } }));
    await changeReview(backend, itemId, recordChanges.closed('7', true));
    await changeReview(backend, itemId, recordChanges.deepDive('Partner pricing', elena));
    const { session } = await refreshReview(backend, place, itemId);
    const closedAction = { id: '7', title: 'Refresh the battlecards', owner: elena, dueDate: '2026-12-01', status: 'open' as const };
    await runEndReview(backend, { ...input, session, actions: [closedAction] }, newProgress(session.key), () => undefined);

    const [message] = teams.messages;
    expect(message?.html).toContain('<h2>GTM Review Mon 7 Dec 2026</h2>');
    expect(message?.html).toContain('<td>Pipeline created</td><td>€705,000</td><td>€1,200,000</td><td>Off track</td>');
    expect(message?.html).toContain('<td>Win rate</td><td>16.7%</td><td>25%</td><td>Off track</td>');
    expect(message?.html).toContain('Bring a pipeline recovery plan — <at id="0">Elena Ricci</at>, due Mon 21 Dec 2026');
    expect(message?.html).toContain('Brief the agency — <b>Pat (agency)</b>, due Mon 14 Dec 2026');
    expect(message?.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(message?.html).toContain('<h3>Closed in the meeting</h3><ul><li>Refresh the battlecards — Elena Ricci</li></ul>');
    expect(message?.html).toContain('Partner pricing <i>(proposed by Elena Ricci)</i>');
    expect(message?.html).toContain('Next review: Mon 28 Dec 2026, 09:00–10:00 (W. Europe Standard Time).');
    expect(message?.mentions).toEqual([{ id: 0, mentionText: 'Elena Ricci', user: { id: 'u-elena', displayName: 'Elena Ricci' } }]);
  });
});
