/** @jest-environment jsdom */
/**
 * One device, two frames: the side panel and the stage share the local outbox (the position) and
 * SharePoint (the review's record), and each hears the other's saves. A decision recorded in the
 * side panel appears on the stage; the section moved to and the item selected are highlighted
 * there; the minutes spent survive a reload. Decisions recorded without a section are listed
 * under "Other". Another device opening the review later sees everything captured.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { createMemoryListStore, EMPTY_MEETING_RECORD, GTM_REVIEWS_LIST, listPeopleSearch } from '@gtm/shared';
import type { FrameContext } from '../host/host-types';
import { createReviewGateway } from '../data/review-gateway';
import { fakeTeams } from './fake-teams.fixture';
import type { OutboxStorage } from './local-outbox';
import { outboxKeyOf } from './local-outbox';
import { data, elena, place } from './one-kpi-meeting.fixture';
import type { ReviewBackend } from './review-backend';
import { ReviewMeeting } from './ReviewMeeting';
import type { StorageEventSource } from './review-sync';
import { followStorageEvents } from './review-sync';

setIconOptions({ disableWarnings: true });


/**
 * A device's localStorage shared by its frames: a save in one frame is a `storage` event in every
 * other frame (not in the one that saved, as in a browser).
 */
function device() {
  const map = new Map<string, string>();
  const frames: EventTarget[] = [];
  return {
    map,
    frame(): { storage: OutboxStorage; follow: ReturnType<typeof followStorageEvents> } {
      const events = new EventTarget();
      frames.push(events);
      const storage: OutboxStorage = {
        getItem: (k) => map.get(k) ?? null,
        setItem: (k, v) => {
          map.set(k, v);
          for (const other of frames) if (other !== events) other.dispatchEvent(new StorageEvent('storage', { key: k, newValue: v }));
        },
      };
      return { storage, follow: followStorageEvents(events as unknown as StorageEventSource) };
    },
  };
}

let clock = 0;
let ids = 0;
/** SharePoint, shared by every frame and device of the meeting. */
let store = createMemoryListStore();
let backend: ReviewBackend = createReviewGateway({ store, graph: fakeTeams(), place });
function open(frame: FrameContext, { storage, follow }: ReturnType<ReturnType<typeof device>['frame']>) {
  const view = render(
    <ReviewMeeting
      data={data} backend={backend}
      people={listPeopleSearch([])}
      today="2026-12-07" place={place} frame={frame} me={elena} storage={storage} follow={follow}
      newId={() => `id-${++ids}`} now={() => clock} pollMs={0}
    />,
  );
  const frameView = within(view.container);
  // Once the Review item is open (the frame read SharePoint), nothing more arrives on its own.
  const opened = () => waitFor(() => expect(frameView.queryByText('Opening the review in SharePoint…')).not.toBeInTheDocument());
  return { ...view, in: frameView, opened };
}
beforeEach(() => {
  store = createMemoryListStore();
  backend = createReviewGateway({ store, graph: fakeTeams(), place });
});

const MIN = 60_000;

describe('the stage follows the side panel on the same device', () => {
  beforeEach(() => {
    clock = 0;
    ids = 0;
  });

  it('shows on the stage, without a reload, the decision recorded in the side panel and the KPI selected there', async () => {
    const phone = device();
    const panel = open('sidePanel', phone.frame());
    const stage = open('meetingStage', phone.frame());
    expect(stage.in.getByTestId('captured')).toHaveTextContent('No decision or action recorded yet.');

    const user = userEvent.setup();
    await user.click(panel.in.getByRole('button', { name: 'Pipeline generated' }));
    expect(stage.in.getByRole('button', { name: 'Pipeline generated' })).toHaveAttribute('aria-pressed', 'true');
    await user.type(await panel.in.findByRole('textbox', { name: 'Decision' }), 'Move 10% of the events budget to paid search');
    await user.click(panel.in.getByRole('button', { name: 'Record decision' }));

    // The panel writes it to the Review item, then tells the stage, which reads the item again.
    const onStage = within(stage.in.getByTestId('captured'));
    expect(await onStage.findByRole('heading', { name: 'KPI review' })).toBeInTheDocument();
    expect(onStage.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Decision: Move 10% of the events budget to paid search (Pipeline generated)',
    ]);
    expect(stage.in.getByText(/^1 decisions · 0 actions/)).toBeInTheDocument();
  });

  it('highlights section 2 on the stage when the side panel moves on, with the 6 minutes spent on the KPIs against their 4', async () => {
    const phone = device();
    const panel = open('sidePanel', phone.frame());
    const stage = open('meetingStage', phone.frame());
    await panel.opened();
    await stage.opened();
    clock = 6 * MIN;
    await userEvent.setup().click(panel.in.getByRole('button', { name: 'Next section' }));

    expect(stage.in.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(stage.in.getByRole('button', { name: /^2\. Risks/ })).toHaveAttribute('aria-current', 'step');
    expect(stage.in.getByRole('button', { name: /^1\. KPI review/ })).toHaveTextContent('6 / 4 min');
  });

  it('keeps the minutes spent through a reload: 6 on the KPIs, then 3 more on the risks counted from where it stopped', async () => {
    const phone = device();
    const panel = open('sidePanel', phone.frame());
    await panel.opened();
    clock = 6 * MIN;
    await userEvent.setup().click(panel.in.getByRole('button', { name: 'Next section' }));
    panel.unmount();

    clock = 9 * MIN; // Teams reopens the panel 3 minutes later
    const reopened = open('sidePanel', phone.frame());
    await reopened.opened();
    expect(reopened.in.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(reopened.in.getByRole('button', { name: /^1\. KPI review/ })).toHaveTextContent('6 / 4 min');
    expect(reopened.in.getByRole('progressbar', { name: 'Timebox 0 min · 3 min spent' })).toBeInTheDocument();
    expect(reopened.in.getByText(/· 9 of 4 min$/)).toBeInTheDocument();
  });

  it('keeps both changes when the stage moves on just after the side panel recorded a decision', async () => {
    const phone = device();
    const panelFrame = phone.frame();
    const stageFrame = phone.frame();
    // The stage's frame does not hear the panel's save in time: it changes from its own old copy.
    const deaf = { ...stageFrame, follow: () => () => undefined };
    const panel = open('sidePanel', panelFrame);
    const stage = open('meetingStage', deaf);
    const user = userEvent.setup();
    await user.type(await panel.in.findByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    await user.click(panel.in.getByRole('button', { name: 'Record decision' }));
    await user.click(stage.in.getByRole('button', { name: 'Next section' }));

    const saved = JSON.parse(phone.map.get(outboxKeyOf('gtm-review:team-1:channel-1:2026-12-07')) ?? '{}');
    expect(saved.position.sectionKey).toBe('risks');
    await waitFor(() => expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmDecisions))).toEqual(['Keep the targets']));
    expect(panel.in.getByTestId('current-section')).toHaveTextContent('2. Risks');
  });
});

describe('decisions recorded without their section', () => {
  it('lists them on the stage under "Other", after the sections', async () => {
    await backend.addReview({
      id: '', date: '2026-12-07', status: 'in-progress', attendees: [elena], decisions: ['Pause the webinar series', 'Keep the targets'], actionIds: [], kpiSnapshot: [],
      meeting: {
        ...EMPTY_MEETING_RECORD,
        decisions: [
          { id: 'old-1', text: 'Pause the webinar series', about: { key: 'kpi:webinars', title: 'Webinar attendance' } },
          { id: 'new-1', text: 'Keep the targets', about: { key: 'section:kpi-review', title: 'KPI review', section: { key: 'kpi-review', title: 'KPI review' } } },
        ],
      },
    });
    const stage = open('meetingStage', device().frame());
    const captured = within(stage.in.getByTestId('captured'));
    expect(await captured.findAllByRole('heading')).toHaveLength(2);
    expect(captured.getAllByRole('heading').map((h) => h.textContent)).toEqual(['KPI review', 'Other']);
    expect(captured.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Decision: Keep the targets',
      'Decision: Pause the webinar series (Webinar attendance)',
    ]);
  });
});

describe('a review first opened where the user was unknown', () => {
  it('gets the user who opens it in Teams as its attendee, saved: 0 attendees become 1 (Elena Ricci)', async () => {
    await backend.addReview({ id: '', date: '2026-12-07', status: 'in-progress', attendees: [], decisions: [], actionIds: [], kpiSnapshot: [], meeting: EMPTY_MEETING_RECORD });
    const panel = open('sidePanel', device().frame());
    await waitFor(() => expect(panel.in.getByRole('checkbox', { name: 'Elena Ricci' })).toBeChecked());
    expect(JSON.parse(String(store.rows(GTM_REVIEWS_LIST)[0]?.values.GtmAttendees)).map((p: { email: string }) => p.email)).toEqual(['elena.ricci@contoso.example']);
  });
});

describe('another device joining late', () => {
  it('sees the decision captured before it opened, and says they were restored', async () => {
    const panel = open('sidePanel', device().frame());
    const user = userEvent.setup();
    await user.type(await panel.in.findByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    await user.click(panel.in.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(panel.in.queryByTestId('unsaved-captures')).not.toBeInTheDocument());
    panel.unmount(); // the presenter leaves

    const late = open('meetingStage', device().frame());
    expect(await late.in.findByText('Restored from SharePoint what was captured earlier in this review.')).toBeInTheDocument();
    expect(within(late.in.getByTestId('captured')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Decision: Keep the targets']);
  });
});
