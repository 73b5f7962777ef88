/**
 * What the meeting captures, kept apart from what SharePoint stores: decisions and actions are
 * recorded against the agenda item being discussed, and every one carries a client-generated id
 * so that saving it twice (a retry, a second "End review") can be recognised.
 */
import type { ActionLink, IsoDate, Person } from '@gtm/shared';

/**
 * What a decision or action was recorded against: an agenda section (`section:risks`, titled
 * "Risks") or an item selected in it (`kpi:12`, `deep-dive:0`), with the section it belongs to.
 */
export interface ItemRef {
  key: string;
  title: string;
  link?: ActionLink;
  /** The agenda section (absent in sessions saved before sections were recorded). */
  section?: { key: string; title: string };
}

export interface CapturedDecision {
  clientId: string;
  text: string;
  item: ItemRef;
}

export interface CapturedAction {
  clientId: string;
  /** The GTM Actions item, once saved (restored actions carry it; a new one gets it when saved). */
  itemId?: string;
  title: string;
  owner: Person;
  dueDate: IsoDate;
  item: ItemRef;
}

/**
 * Everything recorded in one review, as the meeting shows it: read from the Review item and its
 * GTM Actions (`review-record.ts`), with the captures still being written on top.
 */
export interface ReviewSession {
  /** `gtm-review:<team>:<channel>:<date>`: one review per channel and day. */
  key: string;
  date: IsoDate;
  attendees: Person[];
  decisions: CapturedDecision[];
  actions: CapturedAction[];
  /** Open actions (GTM Actions item ids) the meeting marked done. */
  doneActionIds: string[];
  deepDives: { title: string; proposedBy: Person }[];
}

/** Where the review stands in the channel it belongs to. */
export interface ReviewPlace {
  teamId: string;
  channelId: string;
}

/** The session key for a review held in a channel on a day. */
export function reviewKeyOf(place: ReviewPlace, date: IsoDate): string {
  return `gtm-review:${place.teamId}:${place.channelId}:${date}`;
}

/** A new, empty session. */
export function newSession(place: ReviewPlace, date: IsoDate, attendees: Person[]): ReviewSession {
  return { key: reviewKeyOf(place, date), date, attendees, decisions: [], actions: [], doneActionIds: [], deepDives: [] };
}
