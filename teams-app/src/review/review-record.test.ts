/**
 * The review in progress lives in SharePoint: opening creates one GTM Reviews item In progress;
 * each capture is on it (or in GTM Actions) at once; a second tab or a late joiner reads it all
 * back; two attendees writing at once both keep their capture (412 → read again, merge).
 */
import { createKpiMeasurementRepository, createMemoryListStore, GTM_ACTIONS_LIST, GTM_REVIEWS_LIST, reviewCycleOn } from '@gtm/shared';
import { newProgress, runEndReview } from './end-review';
import { createReviewGateway } from '../data/review-gateway';
import { fakeTeams } from './fake-teams.fixture';
import type { ReviewBackend } from './review-backend';
import { changeReview, holdPlannedOn, openReview, plannedElsewhere, recordChanges, refreshReview, saveAction, saveClosed } from './review-record';

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const marco = { email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const onKpi = { key: 'kpi:1', title: 'Pipeline created', link: { kind: 'kpi' as const, id: '1' }, section: { key: 'kpi-review', title: 'KPI review' } };

function setup() {
  const store = createMemoryListStore();
  const backend = createReviewGateway({ store, graph: fakeTeams(), place });
  return { store, backend };
}

describe('the review in progress, stored as it is captured', () => {
  it('opens one GTM Reviews item In progress for the day, and a second tab joins the same one', async () => {
    const { store, backend } = setup();
    const first = await openReview(backend, place, '2026-12-07', [elena]);
    const second = await openReview(backend, place, '2026-12-07', [marco]);
    expect(second.stored.itemId).toBe(first.stored.itemId);
    expect(store.rows(GTM_REVIEWS_LIST).map((r) => r.values.GtmReviewStatus)).toEqual(['In progress']);
    expect(second.session.attendees).toEqual([elena]);
  });

  it('two tabs creating it at the same moment end with one item: the later one deletes its own', async () => {
    const { store, backend } = setup();
    // Both look before either adds (the race): the gateway finds nothing for both.
    let calls = 0;
    const racing: ReviewBackend = { ...backend, findReview: async (date) => (++calls <= 2 ? null : backend.findReview(date)) };
    const [a, b] = await Promise.all([openReview(racing, place, '2026-12-07', [elena]), openReview(racing, place, '2026-12-07', [marco])]);
    expect(a.stored.itemId).toBe(b.stored.itemId);
    expect(store.rows(GTM_REVIEWS_LIST)).toHaveLength(1);
  });

  it('writes a decision, an action (GTM Actions, linked), a done box and a deep dive at once; a reload reads them back by section', async () => {
    const { store, backend } = setup();
    const open = await openReview(backend, place, '2026-12-07', [elena]);
    const itemId = open.stored.itemId;
    await changeReview(backend, itemId, recordChanges.decision({ clientId: 'd1', text: ' Shift budget to events ', item: onKpi }));
    const actionId = await saveAction(backend, itemId, { clientId: 'a1', title: 'Bring a recovery plan', owner: marco, dueDate: '2026-12-21', item: onKpi });
    const [open7] = await backend.addActions([{ id: '', title: 'Refresh the battlecards', owner: elena, dueDate: '2026-12-01', status: 'open' }]);
    await saveClosed(backend, itemId, open7 as string, true);
    await changeReview(backend, itemId, recordChanges.deepDive('Partner pricing', elena));

    const actions = store.rows(GTM_ACTIONS_LIST);
    expect(actions.map((r) => [r.values.Title, r.values.GtmReview, r.values.GtmStatus])).toEqual([
      ['Bring a recovery plan', Number(itemId), 'Open'],
      ['Refresh the battlecards', null, 'Done'],
    ]);
    const reloaded = await refreshReview(backend, place, itemId);
    expect(reloaded.session.decisions).toEqual([{ clientId: 'd1', text: 'Shift budget to events', item: { key: 'kpi:1', title: 'Pipeline created', section: { key: 'kpi-review', title: 'KPI review' } } }]);
    expect(reloaded.session.actions).toEqual([{ clientId: actionId, itemId: actionId, title: 'Bring a recovery plan', owner: marco, dueDate: '2026-12-21', item: onKpi }]);
    expect(reloaded.session.doneActionIds).toEqual([open7]);
    expect(reloaded.session.deepDives).toEqual([{ title: 'Partner pricing', proposedBy: elena }]);
    expect(reloaded.held).toBe(false);

    // Unticking "done" opens the action again and takes it off the record.
    await saveClosed(backend, itemId, open7 as string, false);
    expect(store.rows(GTM_ACTIONS_LIST)[1]?.values.GtmStatus).toBe('Open');
    expect((await refreshReview(backend, place, itemId)).session.doneActionIds).toEqual([]);
  });

  it('a retried capture writes nothing twice: the same decision id, the same action found in GTM Actions', async () => {
    const { store, backend } = setup();
    const { stored } = await openReview(backend, place, '2026-12-07', [elena]);
    const decision = { clientId: 'd1', text: 'Shift budget to events', item: onKpi };
    const action = { clientId: 'a1', title: 'Bring a recovery plan', owner: marco, dueDate: '2026-12-21', item: onKpi };
    for (let i = 0; i < 2; i++) {
      await changeReview(backend, stored.itemId, recordChanges.decision(decision));
      await saveAction(backend, stored.itemId, action);
    }
    expect(store.rows(GTM_ACTIONS_LIST)).toHaveLength(1);
    expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmDecisions))).toEqual(['Shift budget to events']);
  });

  it('two attendees capturing at once both keep their decision: the 412 is read again and merged', async () => {
    const { backend } = setup();
    const { stored } = await openReview(backend, place, '2026-12-07', [elena]);
    let conflicts = 0;
    const slow: ReviewBackend = {
      ...backend,
      updateReview: async (s, review) => {
        // Marco's tab writes between Elena's read and her write, once.
        if (conflicts++ === 0) await changeReview(backend, s.itemId, recordChanges.decision({ clientId: 'm1', text: 'Pause the webinar series', item: onKpi }));
        return backend.updateReview(s, review);
      },
    };
    await changeReview(slow, stored.itemId, recordChanges.decision({ clientId: 'e1', text: 'Shift budget to events', item: onKpi }));
    const { session } = await refreshReview(backend, place, stored.itemId);
    expect(session.decisions.map((d) => d.text)).toEqual(['Pause the webinar series', 'Shift budget to events']);
  });

  it('reads a held review from before the meeting record: its decisions under "Other", read-only', async () => {
    const { backend } = setup();
    const old = await backend.addReview({ id: '', date: '2026-11-16', attendees: [elena], decisions: ['Keep the targets'], actionIds: [], kpiSnapshot: [] });
    const open = await openReview(backend, place, '2026-11-16', [elena]);
    expect(open.stored.itemId).toBe(old.itemId);
    expect(open.held).toBe(true);
    expect(open.session.decisions).toEqual([{ clientId: 'legacy-0', text: 'Keep the targets', item: { key: 'section:other', title: 'Other' } }]);
  });
});

describe('one review cycle: the planned Review record', () => {
  const held = (date: string) => ({ id: '', date, status: 'held' as const, attendees: [elena], decisions: [], actionIds: [], kpiSnapshot: [] });

  it('held early: asks about the review planned for Mon 21 Dec, moves the record and its actuals to Fri 18 Dec, and the cycle after it is planned once from 18 Dec', async () => {
    const { store, backend } = setup();
    await backend.addReview(held('2026-11-30'));
    await backend.addReview({ ...held('2026-12-21'), status: 'planned' });
    // Actuals entered "for the review of 21 Dec" before the meeting was brought forward.
    const kpiMeasurements = createKpiMeasurementRepository(store);
    await kpiMeasurements.add([
      { kpiId: '1', cycle: '2026-11-30', value: 810_000 },
      { kpiId: '1', cycle: '2026-12-21', value: 705_000 },
      { kpiId: '2', cycle: '2026-12-21', value: 16.7 },
    ]);
    const before = (await backend.readReviews()).map((s) => s.review);
    expect(reviewCycleOn(before, '2026-12-18')).toMatchObject({ nextReview: '2026-12-21', source: 'planned' });

    const planned = await plannedElsewhere(backend, '2026-12-18');
    expect(planned?.review.date).toBe('2026-12-21');
    const open = await holdPlannedOn(backend, place, planned!, '2026-12-18', [elena]);
    expect(open.stored.itemId).toBe(planned?.itemId); // the same record, moved
    expect(open.stored.review).toMatchObject({ date: '2026-12-18', status: 'in-progress', meeting: { plannedFor: '2026-12-21' } });
    // No actual is left on the abandoned 21 Dec cycle: they are the held review's.
    expect((await backend.readMeasurements()).map((m) => `${m.kpiId}@${m.cycle}=${m.value}`)).toEqual(['1@2026-11-30=810000', '1@2026-12-18=705000', '2@2026-12-18=16.7']);
    // Asked once: the tab reopened on the same day finds the review in progress and asks nothing.
    expect(await plannedElsewhere(backend, '2026-12-18')).toBeNull();
    expect(reviewCycleOn((await backend.readReviews()).map((s) => s.review), '2026-12-18')).toMatchObject({ nextReview: '2026-12-18', source: 'in-progress' });

    const { session } = await refreshReview(backend, place, open.stored.itemId);
    const kpi = { id: '1', title: 'Pipeline created', area: 'pipeline-generation' as const, owner: elena, unit: 'currency' as const, direction: 'higher' as const, target: 1_200_000, amberThreshold: 1_000_000, redThreshold: 800_000 };
    const target = { channelName: 'GTM Review', timeZone: 'UTC', start: '09:00', end: '10:00', timeZoneNote: null };
    await runEndReview(backend, { reviewItemId: open.stored.itemId, session, kpis: [kpi], actions: [], target }, newProgress(session.key), () => undefined);
    const after = (await backend.readReviews()).map((s) => s.review);
    expect(after.map((r) => [r.date, r.status])).toEqual([['2026-11-30', 'held'], ['2026-12-18', 'held'], ['2027-01-08', 'planned']]);
    // The snapshot has the value entered for 21 Dec; the Control Plane's cycle is the new plan.
    expect(after[1]?.kpiSnapshot).toEqual([{ kpiId: '1', title: 'Pipeline created', value: 705_000, target: 1_200_000, status: 'off-track' }]);
    expect(reviewCycleOn(after, '2026-12-19')).toMatchObject({ nextReview: '2027-01-08', source: 'planned', lastReview: { date: '2026-12-18' } });
  });

  it('opening on the planned day starts that record (planned → in progress), with nothing to ask', async () => {
    const { store, backend } = setup();
    await backend.addReview(held('2026-11-30'));
    await backend.addReview({ ...held('2026-12-21'), status: 'planned' });
    expect(await plannedElsewhere(backend, '2026-12-21')).toBeNull();
    const open = await openReview(backend, place, '2026-12-21', [marco]);
    expect(open.stored.review.status).toBe('in-progress');
    expect(store.rows(GTM_REVIEWS_LIST)).toHaveLength(2);
  });

  it('a moved actual replaces one already reported for the held day', async () => {
    const { store, backend } = setup();
    await createKpiMeasurementRepository(store).add([{ kpiId: '1', cycle: '2026-12-18', value: 690_000 }, { kpiId: '1', cycle: '2026-12-21', value: 705_000 }]);
    expect(await backend.moveMeasurements('2026-12-21', '2026-12-18')).toBe(1);
    expect((await backend.readMeasurements()).map((m) => `${m.cycle}=${m.value}`)).toEqual(['2026-12-18=705000']);
    expect(await backend.moveMeasurements('2026-12-21', '2026-12-18')).toBe(0);
  });
});
