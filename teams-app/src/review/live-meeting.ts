/**
 * The meeting shared live with every attendee (Live Share), free of Live Share types: what the
 * lazily loaded chunk (src/live-share/join-live-meeting.ts) hands back, who may move the agenda,
 * and the hook the meeting view uses. Live Share carries where the meeting stands (the section,
 * the selected item, the time spent per section) and a "captured" signal; SharePoint stays the
 * record: a capture is written there first, then the others are told to read it again at once.
 *
 * Without Live Share (no local Fluid service, outside a meeting, Teams refusing) the tab works as
 * before: the Review item is re-read every 10 s, and the agenda moves on this device only.
 */
import * as React from 'react';
import type { MeetingPosition } from './meeting-position';

/** Live Share's meeting roles (teams-js / Live Share `UserMeetingRole` values). */
export type MeetingRole = 'Organizer' | 'Presenter' | 'Attendee' | 'Guest';

/**
 * Who may move the agenda and end the review: the organizer and presenters. The same list is the
 * position's `allowedRoles` (Live Share checks each change's sender against it:
 * learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities#role-verification-for-live-data-structures).
 */
export const PRESENTING_ROLES: readonly MeetingRole[] = ['Organizer', 'Presenter'];

export function canPresent(roles: readonly string[]): boolean {
  return roles.some((r) => (PRESENTING_ROLES as readonly string[]).includes(r));
}

/** The user's role as a word for the UI (the strongest one held). */
export function roleWord(roles: readonly string[]): string {
  if (roles.includes('Organizer')) return 'organizer';
  if (roles.includes('Presenter')) return 'presenter';
  if (roles.includes('Guest')) return 'guest';
  return 'attendee';
}

/** A position received from another client, checked before it is shown (null when malformed). */
export function asMeetingPosition(value: unknown): MeetingPosition | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.sectionKey !== 'string' || typeof v.openedAt !== 'number' || !Number.isFinite(v.openedAt)) return null;
  if (v.selectedKey !== null && typeof v.selectedKey !== 'string') return null;
  if (v.spentBeforeMs === null || typeof v.spentBeforeMs !== 'object' || Array.isArray(v.spentBeforeMs)) return null;
  const spent: Record<string, number> = {};
  for (const [k, ms] of Object.entries(v.spentBeforeMs as Record<string, unknown>)) {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return null;
    spent[k] = ms;
  }
  return { sectionKey: v.sectionKey, selectedKey: v.selectedKey, spentBeforeMs: spent, openedAt: v.openedAt };
}

/** A joined Live Share meeting (src/live-share/join-live-meeting.ts). */
export interface LiveSession {
  /** This client's meeting roles. */
  roles: readonly MeetingRole[];
  /** The meeting's shared clock (epoch ms): Live Share's timestamp provider. */
  now(): number;
  /** The position as shared when joining; null when no presenter has shared one yet. */
  position: MeetingPosition | null;
  /** Positions set by a presenter (another client's, checked by `asMeetingPosition`). */
  onPosition(listener: (position: MeetingPosition) => void): () => void;
  /** Shares the position (a presenter only: Live Share drops an attendee's change). */
  setPosition(position: MeetingPosition): Promise<void>;
  /** Tells the others that this client wrote a capture to SharePoint. */
  announceCaptured(): void;
  /** Another client wrote a capture to SharePoint. */
  onCaptured(listener: () => void): () => void;
  /** Who is in the meeting now (Live Share presence, online only), this user included. */
  people(): readonly MeetingPerson[];
  /** Presence changed: someone joined, left (Live Share marks them offline within about 20 s) or opened another device. */
  onPeople(listener: (people: readonly MeetingPerson[]) => void): () => void;
  dispose(): void;
}

/** A person in the meeting, as presence reports them: the name, and on how many devices. */
export interface MeetingPerson {
  name: string;
  devices: number;
}

/**
 * A name another client put in its presence, checked before it is shown (null when it is not a
 * name: not a string, empty, over 255 characters, or with control characters). Shown as text.
 *
 * @example
 * asPresenceName('  Anna Berg ') // → 'Anna Berg'
 * asPresenceName({ name: 1 })    // → null
 */
export function asPresenceName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  // eslint-disable-next-line no-control-regex
  if (name === '' || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name)) return null;
  return name;
}

/**
 * The line that says who is here, names sorted, a second device counted.
 *
 * @example
 * peopleLine([{ name: 'Elena Ricci', devices: 2 }, { name: 'Anna Berg', devices: 1 }])
 * // → 'In the meeting now (2): Anna Berg, Elena Ricci (2 devices)'
 */
export function peopleLine(people: readonly MeetingPerson[]): string | null {
  if (people.length === 0) return null;
  const names = [...people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => (p.devices > 1 ? `${p.name} (${p.devices} devices)` : p.name));
  return `In the meeting now (${people.length}): ${names.join(', ')}`;
}

/** Loads the Live Share chunk and joins the meeting's container. */
export type JoinLiveMeeting = () => Promise<LiveSession>;

export type LiveStatus =
  | { kind: 'off' }
  | { kind: 'connecting' }
  | { kind: 'live'; roles: readonly MeetingRole[]; canPresent: boolean }
  | { kind: 'unavailable'; reason: string };

/** The one line the meeting shows about Live Share (null: nothing to say, e.g. a channel tab). */
export function liveNotice(status: LiveStatus): string | null {
  switch (status.kind) {
    case 'off':
      return null;
    case 'connecting':
      return 'Connecting to the meeting (Live Share)…';
    case 'live':
      return status.canPresent
        ? `Live with everyone in the meeting: you are ${roleWord(status.roles) === 'organizer' ? 'the organizer' : 'a presenter'} and move the agenda for all.`
        : `Live with everyone in the meeting: the organizer or a presenter moves the agenda; you are ${roleWord(status.roles) === 'guest' ? 'a guest' : 'an attendee'}.`;
    case 'unavailable':
      return `Not live (${status.reason}): others' captures show here within 10 s, and the agenda moves on this device only.`;
  }
}

/** How long joining may take before the tab says it is not live (it keeps working without). */
export const LIVE_JOIN_TIMEOUT_MS = 20_000;

export interface LiveMeeting {
  status: LiveStatus;
  /** The joined session while live, else null. */
  session: LiveSession | null;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Joins once (when `join` is given), says so, and leaves on unmount. */
export function useLiveMeeting(join: JoinLiveMeeting | null, timeoutMs = LIVE_JOIN_TIMEOUT_MS): LiveMeeting {
  const [state, setState] = React.useState<LiveMeeting>(() => ({ status: join ? { kind: 'connecting' } : { kind: 'off' }, session: null }));
  React.useEffect(() => {
    if (!join) return undefined;
    let alive = true;
    let joined: LiveSession | null = null;
    const timer = setTimeout(() => {
      if (alive && joined === null) setState({ status: { kind: 'unavailable', reason: `the meeting did not answer within ${Math.round(timeoutMs / 1000)} s` }, session: null });
    }, timeoutMs);
    join().then(
      (session) => {
        clearTimeout(timer);
        joined = session;
        if (!alive) {
          session.dispose();
          return;
        }
        setState({ status: { kind: 'live', roles: session.roles, canPresent: canPresent(session.roles) }, session });
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (alive) setState({ status: { kind: 'unavailable', reason: reasonOf(error) }, session: null });
      },
    );
    return () => {
      alive = false;
      clearTimeout(timer);
      joined?.dispose();
    };
  }, [join, timeoutMs]);
  return state;
}
