/** @jest-environment jsdom */
/**
 * One device, two frames: the side panel and the stage share the local outbox, and each hears the
 * other's saves. A decision recorded in the side panel appears on the stage; the section moved to
 * and the item selected are highlighted there; the minutes spent survive a reload. Decisions saved
 * before they carried their section are listed under "Other".
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import type { Kpi } from '@gtm/shared';
import { createMemoryListStore, listPeopleSearch } from '@gtm/shared';
import type { FrameContext } from '../host/host-types';
import { createReviewGateway } from '../data/review-gateway';
import { newProgress } from './end-review';
import { fakeTeams } from './fake-teams.fixture';
import type { OutboxStorage } from './local-outbox';
import { outboxKeyOf } from './local-outbox';
import type { AgendaData } from './review-backend';
import { newSession } from './review-model';
import { ReviewMeeting } from './ReviewMeeting';
import type { StorageEventSource } from './review-sync';
import { followStorageEvents } from './review-sync';

setIconOptions({ disableWarnings: true });

const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
const place = { teamId: 'team-1', channelId: 'channel-1' };
const pipeline: Kpi = {
  id: 'pipeline', title: 'Pipeline generated', area: 'pipeline-generation', owner: elena, unit: 'currency', direction: 'higher',
  target: 1_200_000, amberThreshold: 1_000_000, redThreshold: 800_000,
};
const data: AgendaData = {
  kpis: [pipeline], measurements: [{ kpiId: 'pipeline', cycle: '2026-12-07', value: 705_000 }],
  risks: [], accounts: [], actions: [], lastReview: null, attendeeOptions: { from: 'circle', people: [elena], note: null }, invalid: [],
};

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
function open(frame: FrameContext, { storage, follow }: ReturnType<ReturnType<typeof device>['frame']>) {
  const view = render(
    <ReviewMeeting
      data={data} backend={createReviewGateway({ store: createMemoryListStore(), graph: fakeTeams(), place })}
      people={listPeopleSearch([])}
      today="2026-12-07" place={place} frame={frame} me={elena} storage={storage} follow={follow}
      newId={() => `id-${++ids}`} now={() => clock}
    />,
  );
  return { ...view, in: within(view.container) };
}

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
    await user.type(panel.in.getByRole('textbox', { name: 'Decision' }), 'Move 10% of the events budget to paid search');
    await user.click(panel.in.getByRole('button', { name: 'Record decision' }));

    const onStage = within(stage.in.getByTestId('captured'));
    expect(onStage.getByRole('heading', { name: 'KPI review' })).toBeInTheDocument();
    expect(onStage.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Decision: Move 10% of the events budget to paid search (Pipeline generated)',
    ]);
    expect(stage.in.getByText(/^1 decisions · 0 actions/)).toBeInTheDocument();
  });

  it('highlights section 2 on the stage when the side panel moves on, with the 6 minutes spent on the KPIs against their 4', async () => {
    const phone = device();
    const panel = open('sidePanel', phone.frame());
    const stage = open('meetingStage', phone.frame());
    clock = 6 * MIN;
    await userEvent.setup().click(panel.in.getByRole('button', { name: 'Next section' }));

    expect(stage.in.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(stage.in.getByRole('button', { name: /^2\. Risks/ })).toHaveAttribute('aria-current', 'step');
    expect(stage.in.getByRole('button', { name: /^1\. KPI review/ })).toHaveTextContent('6 / 4 min');
  });

  it('keeps the minutes spent through a reload: 6 on the KPIs, then 3 more on the risks counted from where it stopped', async () => {
    const phone = device();
    const panel = open('sidePanel', phone.frame());
    clock = 6 * MIN;
    await userEvent.setup().click(panel.in.getByRole('button', { name: 'Next section' }));
    panel.unmount();

    clock = 9 * MIN; // Teams reopens the panel 3 minutes later
    const reopened = open('sidePanel', phone.frame());
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
    await user.type(panel.in.getByRole('textbox', { name: 'Decision' }), 'Keep the targets');
    await user.click(panel.in.getByRole('button', { name: 'Record decision' }));
    await user.click(stage.in.getByRole('button', { name: 'Next section' }));

    const saved = JSON.parse(phone.map.get(outboxKeyOf('gtm-review:team-1:channel-1:2026-12-07')) ?? '{}');
    expect(saved.session.decisions.map((d: { text: string }) => d.text)).toEqual(['Keep the targets']);
    expect(saved.position.sectionKey).toBe('risks');
    expect(panel.in.getByTestId('current-section')).toHaveTextContent('2. Risks');
  });
});

describe('decisions saved before they carried their section', () => {
  it('lists them on the stage under "Other", after the sections', () => {
    const phone = device();
    const frame = phone.frame();
    const session = newSession(place, '2026-12-07', [elena]);
    frame.storage.setItem(outboxKeyOf(session.key), JSON.stringify({
      session: {
        ...session,
        decisions: [
          { clientId: 'old-1', text: 'Pause the webinar series', item: { key: 'kpi:webinars', title: 'Webinar attendance' } },
          { clientId: 'new-1', text: 'Keep the targets', item: { key: 'section:kpi-review', title: 'KPI review', section: { key: 'kpi-review', title: 'KPI review' } } },
        ],
      },
      progress: newProgress(session.key),
    }));
    const stage = open('meetingStage', frame);
    const captured = within(stage.in.getByTestId('captured'));
    expect(captured.getAllByRole('heading').map((h) => h.textContent)).toEqual(['KPI review', 'Other']);
    expect(captured.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Decision: Keep the targets',
      'Decision: Pause the webinar series (Webinar attendance)',
    ]);
  });
});

describe('a review first opened where the user was unknown', () => {
  it('gets the user who opens it in Teams as its attendee, saved: 0 attendees become 1 (Elena Ricci)', () => {
    const phone = device();
    const frame = phone.frame();
    const session = newSession(place, '2026-12-07', []);
    frame.storage.setItem(outboxKeyOf(session.key), JSON.stringify({ session, progress: newProgress(session.key) }));
    const panel = open('sidePanel', frame);
    expect(panel.in.getByRole('checkbox', { name: 'Elena Ricci' })).toBeChecked();
    const saved = JSON.parse(phone.map.get(outboxKeyOf(session.key)) ?? '{}');
    expect(saved.session.attendees.map((p: { email: string }) => p.email)).toEqual(['elena.ricci@contoso.example']);
  });
});
