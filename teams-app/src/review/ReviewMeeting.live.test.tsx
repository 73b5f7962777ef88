/** @jest-environment jsdom */
/**
 * Live Share in the meeting view, with a fake live session (the real one is
 * src/live-share/join-live-meeting.ts, tested in Chromium by test/e2e/teams-live-share.test.ts):
 * two devices (each its own localStorage) in one meeting. The organizer's moves are shared and the
 * attendee follows; the attendee cannot move the agenda or end the review, and says why; a capture
 * written to SharePoint is announced and the others read the Review item again at once; without
 * Live Share the view says so once and works as before. Plus the checks on what other clients send.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { createMemoryListStore, listPeopleSearch } from '@gtm/shared';
import { createReviewGateway } from '../data/review-gateway';
import { fakeTeams } from './fake-teams.fixture';
import type { LiveSession, MeetingPerson, MeetingRole } from './live-meeting';
import { asMeetingPosition, asPresenceName, canPresent, liveNotice, peopleLine } from './live-meeting';
import type { OutboxStorage } from './local-outbox';
import type { MeetingPosition } from './meeting-position';
import { data, elena, place } from './one-kpi-meeting.fixture';
import type { ReviewBackend } from './review-backend';
import { followNothing } from './review-sync';
import { ReviewMeeting } from './ReviewMeeting';

setIconOptions({ disableWarnings: true });


/** The meeting's live session as Live Share would run it: a presenter's position reaches every other client; an attendee's is dropped. */
function meeting() {
  let state: MeetingPosition | null = null;
  type Client = { name: string; positions: Set<(p: MeetingPosition) => void>; captured: Set<() => void>; people: Set<(p: readonly MeetingPerson[]) => void> };
  const clients: Client[] = [];
  /** Presence: one entry per name, its devices counted. */
  const here = (): MeetingPerson[] => {
    const devices = new Map<string, number>();
    for (const c of clients) devices.set(c.name, (devices.get(c.name) ?? 0) + 1);
    return [...devices].map(([name, n]) => ({ name, devices: n }));
  };
  const presenceChanged = (): void => clients.forEach((c) => c.people.forEach((l) => l(here())));
  return {
    get state() {
      return state;
    },
    join(roles: MeetingRole[], name = 'Elena Ricci'): LiveSession {
      const me: Client = { name, positions: new Set(), captured: new Set(), people: new Set() };
      clients.push(me);
      presenceChanged();
      const others = () => clients.filter((c) => c !== me);
      return {
        roles,
        now: () => 1_000,
        position: state,
        onPosition: (l) => (me.positions.add(l), () => void me.positions.delete(l)),
        setPosition: async (p) => {
          if (!canPresent(roles)) return; // Live Share's allowedRoles: dropped by every receiver.
          state = p;
          others().forEach((c) => c.positions.forEach((l) => l(p)));
        },
        announceCaptured: () => others().forEach((c) => c.captured.forEach((l) => l())),
        onCaptured: (l) => (me.captured.add(l), () => void me.captured.delete(l)),
        people: here,
        onPeople: (l) => (me.people.add(l), () => void me.people.delete(l)),
        dispose: () => {
          clients.splice(clients.indexOf(me), 1);
          presenceChanged();
        },
      };
    },
  };
}

function storage(): OutboxStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

let ids = 0;
let backend: ReviewBackend;
beforeEach(() => {
  backend = createReviewGateway({ store: createMemoryListStore(), graph: fakeTeams(), place });
});

function open(join: (() => Promise<LiveSession>) | null) {
  const view = render(
    <ReviewMeeting
      data={data} backend={backend} people={listPeopleSearch([])}
      today="2026-12-07" place={place} frame="sidePanel" me={elena} storage={storage()} follow={followNothing}
      newId={() => `id-${++ids}`} now={() => 1_000} pollMs={0} joinLive={join}
    />,
  );
  return within(view.container);
}

describe('the meeting shared with Live Share', () => {
  it('the organizer moves the agenda for everyone; the attendee follows and cannot move it or end the review', async () => {
    const m = meeting();
    const organizer = open(() => Promise.resolve(m.join(['Organizer', 'Presenter'])));
    const attendee = open(() => Promise.resolve(m.join(['Attendee'])));
    expect(await organizer.findByText(/you are the organizer/)).toBeInTheDocument();
    expect(await attendee.findByText(/you are an attendee/)).toBeInTheDocument();

    expect(attendee.getByRole('button', { name: 'Next section' })).toBeDisabled();
    expect(attendee.getByRole('button', { name: /^2\. Risks/ })).toBeDisabled();
    expect(attendee.getByTestId('agenda-follows')).toHaveTextContent('the organizer or a presenter moves the agenda');
    await waitFor(() => expect(organizer.getByRole('button', { name: 'End review…' })).toBeEnabled());
    expect(attendee.getByRole('button', { name: 'End review…' })).toBeDisabled();
    expect(attendee.getByTestId('end-review-reason')).toHaveTextContent('Only the organizer or a presenter can end the review.');

    await userEvent.setup().click(organizer.getByRole('button', { name: 'Next section' }));
    expect(organizer.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(attendee.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(m.state?.sectionKey).toBe('risks');
  });

  it('a decision the attendee records is in SharePoint first, then announced: the organizer reads the Review item again at once', async () => {
    const m = meeting();
    const organizer = open(() => Promise.resolve(m.join(['Organizer'])));
    const attendee = open(() => Promise.resolve(m.join(['Attendee'])));
    await organizer.findByText(/you are the organizer/);
    await attendee.findByText(/you are an attendee/);
    await waitFor(() => expect(attendee.queryByText('Opening the review in SharePoint…')).not.toBeInTheDocument());
    const user = userEvent.setup();
    await user.type(await attendee.findByRole('textbox', { name: 'Decision' }), 'Escalate the pipeline gap');
    await user.click(attendee.getByRole('button', { name: 'Record decision' }));
    // pollMs is 0: only the announcement can bring it.
    expect(await within(organizer.getByTestId('captured')).findByText(/Escalate the pipeline gap/)).toBeInTheDocument();
    // Everyone may propose a deep dive.
    await user.type(attendee.getByRole('textbox', { name: 'Deep-dive topic' }), 'Partner pipeline');
    await user.click(attendee.getByRole('button', { name: 'Add topic' }));
    await waitFor(() => expect(organizer.getByRole('button', { name: /^5\. Deep dives/ })).toHaveTextContent('1 topic'));
  });

  it('says who is in the meeting now: Elena Ricci on two devices and Anna Berg, names sorted and shown as text', async () => {
    const m = meeting();
    const organizer = open(() => Promise.resolve(m.join(['Organizer'])));
    await organizer.findByText(/you are the organizer/);
    expect(organizer.getByTestId('live-people')).toHaveTextContent('In the meeting now (1): Elena Ricci');
    open(() => Promise.resolve(m.join(['Attendee'], 'Anna Berg')));
    open(() => Promise.resolve(m.join(['Presenter'])));
    await waitFor(() => expect(organizer.getByTestId('live-people')).toHaveTextContent('In the meeting now (2): Anna Berg, Elena Ricci (2 devices)'));
    open(() => Promise.resolve(m.join(['Guest'], '<img src=x onerror=alert(1)>')));
    await waitFor(() => expect(organizer.getByTestId('live-people')).toHaveTextContent('<img src=x onerror=alert(1)>'));
    expect(organizer.getByTestId('live-people').querySelector('img')).toBeNull();
  });

  it('without Live Share it says so once and works as before: the agenda moves on this device', async () => {
    const alone = open(() => Promise.reject(new Error('The workbench runs without a local Fluid service')));
    expect(await alone.findByTestId('live-notice')).toHaveTextContent(
      "Not live (The workbench runs without a local Fluid service): others' captures show here within 10 s, and the agenda moves on this device only.",
    );
    expect(alone.getAllByTestId('live-notice')).toHaveLength(1);
    await userEvent.setup().click(alone.getByRole('button', { name: 'Next section' }));
    expect(alone.getByTestId('current-section')).toHaveTextContent('2. Risks');
    expect(alone.queryByTestId('agenda-follows')).not.toBeInTheDocument();
  });

  it('outside a meeting (no join) shows no Live Share notice', () => {
    expect(open(null).queryByTestId('live-notice')).not.toBeInTheDocument();
  });
});

describe('what other clients send is checked before use', () => {
  it.each([
    ['a name with spaces around is trimmed', '  Anna Berg ', 'Anna Berg'],
    ['an empty name is refused', '', null],
    ['256 characters are refused', 'x'.repeat(256), null],
    ['a control character is refused', 'Anna\u0000Berg', null],
    ['a number is refused', 42, null],
    ['an object is refused', { name: 'Anna' }, null],
  ])('presence: %s', (_label, value, name) => expect(asPresenceName(value)).toBe(name));

  it('nobody present says nothing', () => expect(peopleLine([])).toBeNull());

  const good = { sectionKey: 'risks', selectedKey: null, spentBeforeMs: { 'kpi-review': 60_000 }, openedAt: 5 };
  it('takes a well-formed position, keeping only its fields', () => {
    expect(asMeetingPosition({ ...good, extra: '<script>' })).toEqual(good);
  });
  it.each([
    ['null', null],
    ['a string', 'risks'],
    ['no section', { ...good, sectionKey: 3 }],
    ['a non-finite time', { ...good, openedAt: Number.NaN }],
    ['a selection that is not text', { ...good, selectedKey: { html: '<b>' } }],
    ['negative minutes', { ...good, spentBeforeMs: { risks: -1 } }],
    ['minutes as a list', { ...good, spentBeforeMs: [1] }],
  ])('refuses %s', (_, value) => {
    expect(asMeetingPosition(value)).toBeNull();
  });
  it('presenting roles: organizer and presenter only', () => {
    expect(canPresent(['Organizer'])).toBe(true);
    expect(canPresent(['Presenter'])).toBe(true);
    expect(canPresent(['Attendee'])).toBe(false);
    expect(canPresent(['Guest'])).toBe(false);
    expect(liveNotice({ kind: 'off' })).toBeNull();
  });
});
