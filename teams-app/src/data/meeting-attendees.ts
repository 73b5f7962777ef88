/**
 * Who can be an attendee (and so own an action): in a meeting, its participants — the members of
 * the meeting's chat; outside a meeting (a channel tab, standalone), or when the members cannot be
 * read, the review circle found in the data, with one line saying why.
 */
import type { Person } from '@gtm/shared';
import { ListStoreError, PersonSchema, samePerson } from '@gtm/shared';
import type { AttendeeOptions } from '../review/review-backend';
import type { ChatMember } from './teams-graph';

/**
 * The chat members as people, in Graph's order, each once. A member without a usable e-mail (a
 * phone dial-in, some guests) is left out: an action's owner is an e-mail address; such people are
 * added with the tab's "Add attendee" field.
 */
export function membersAsPeople(members: readonly ChatMember[]): Person[] {
  const people: Person[] = [];
  for (const m of members) {
    const name = m.displayName?.trim();
    const parsed = PersonSchema.safeParse({ email: m.email?.trim() ?? '', ...(name ? { displayName: name } : {}) });
    if (parsed.success && !people.some((p) => samePerson(p, parsed.data))) people.push(parsed.data);
  }
  return people;
}

/** Why the members could not be read, in words for the one-line note. */
function whyNot(error: unknown): string {
  if (error instanceof ListStoreError) {
    if (error.status === 401 || error.status === 403) return 'no consent for Chat.ReadBasic';
    if (error.status === 404) return 'Teams does not know this meeting chat';
    if (error.status === 0) return 'Microsoft Graph cannot be reached; offline?';
    if (error.status === 429 || error.status === 503) return 'Microsoft Graph is busy';
  }
  const message = error instanceof Error ? error.message : String(error);
  return /failed to fetch|networkerror|load failed/i.test(message) ? 'Microsoft Graph cannot be reached; offline?' : message;
}

export interface AttendeeSources {
  /** The meeting's chat (teams-js `context.chat.id`); null outside a meeting. */
  chatId: string | null;
  readMembers(chatId: string): Promise<ChatMember[]>;
  /** The circle found in the data (last review's attendees, KPI and action owners). */
  circle(): Person[];
}

/**
 * The people to choose attendees from. Never fails: a failed members call falls back to the circle
 * with a note, so the review can still be held.
 */
export async function chooseAttendeeOptions(sources: AttendeeSources): Promise<AttendeeOptions> {
  if (sources.chatId === null) return { from: 'circle', people: sources.circle(), note: null };
  try {
    const people = membersAsPeople(await sources.readMembers(sources.chatId));
    if (people.length > 0) return { from: 'meeting', people, note: null };
    return { from: 'circle', people: sources.circle(), note: "The meeting's participants have no e-mail addresses here: attendees come from the review circle." };
  } catch (error) {
    return { from: 'circle', people: sources.circle(), note: `Could not read the meeting's participants (${whyNot(error)}): attendees come from the review circle.` };
  }
}
