/**
 * The data the review views need, as interfaces: the views receive an implementation (Graph in
 * the tab, in-memory in the component tests) and never build queries or call PnPjs themselves.
 */
import type { Action, IsoDate, Kpi, KpiMeasurement, Person, QualifiedAccount, Review, Risk } from '@gtm/shared';
import type { ChannelMessage } from '../data/teams-graph';

/** Everything the agenda builder needs, read from the GTM lists. */
export interface AgendaData {
  kpis: Kpi[];
  measurements: KpiMeasurement[];
  risks: Risk[];
  accounts: QualifiedAccount[];
  actions: Action[];
  lastReview: Review | null;
  /** The people to choose attendees (and so action owners) from, and where they come from. */
  attendeeOptions: AttendeeOptions;
  /** Rows that did not validate, by list: shown to the user, never silently dropped. */
  invalid: { list: string; id: number; errors: string[] }[];
}

/**
 * Who can attend: in a meeting, its participants (the meeting chat's members); otherwise the
 * circle found in the data (last review's attendees, KPI and action owners). `note` says in one
 * line why a meeting fell back to the circle (no consent for the members call, offline…).
 */
export interface AttendeeOptions {
  from: 'meeting' | 'circle';
  people: Person[];
  note: string | null;
}

/** The stored Review item found or created for a session. */
export interface StoredReview {
  itemId: string;
  etag: string;
  review: Review;
}

/**
 * The calls the meeting makes. Captures are written to the Review item and GTM Actions as they
 * happen (with ETags); "End review" then holds the review, posts and schedules. Each is safe to
 * repeat: the callers find what an earlier run already wrote.
 */
export interface ReviewBackend {
  loadAgendaData(today: IsoDate): Promise<AgendaData>;
  /** The Review item of `date` (the lowest item id when two tabs created one at once), or null. */
  findReview(date: IsoDate): Promise<StoredReview | null>;
  /** Every Review item (a few a year: held, in progress, planned), with its ETag. */
  readReviews(): Promise<StoredReview[]>;
  /** One Review item, read fresh with its ETag; null when it was deleted. */
  readReview(itemId: string): Promise<StoredReview | null>;
  addReview(review: Review): Promise<StoredReview>;
  /** Writes the Review item with the ETag it was read with (a 412 surfaces as ConflictError). */
  updateReview(stored: StoredReview, review: Review): Promise<StoredReview>;
  /** Deletes a Review item this tab created a moment ago when another tab's came first (ETag-checked). */
  deleteReview(stored: StoredReview): Promise<void>;
  /** The KPI measurements as they are now (the snapshot is taken from these, not from the agenda's). */
  readMeasurements(): Promise<KpiMeasurement[]>;
  /**
   * Moves the KPI actuals reported for cycle `from` to cycle `to` (a review held on another day
   * than planned), each with its ETag; where `to` has one already, the moved value replaces it.
   * The number moved; 0 when nothing is left to move.
   */
  moveMeasurements(from: IsoDate, to: IsoDate): Promise<number>;
  /** The GTM Actions items created in a review (linked to its item). */
  actionsOfReview(reviewItemId: string): Promise<Action[]>;
  addActions(actions: Action[]): Promise<string[]>;
  /** Sets an action's status on top of the server's current version; false when it no longer exists. */
  setActionStatus(actionId: string, status: 'open' | 'done'): Promise<boolean>;
  /** Posts the summary to the channel; the message id. Not idempotent: the caller records the id. */
  postSummary(message: ChannelMessage): Promise<string>;
  /** Creates the next review as a Teams meeting; repeating `transactionId` returns the same event. */
  createEvent(event: NextReviewEvent): Promise<string>;
  /** What End review will do, for its confirmation: the channel's name, the organizer's zone. */
  endReviewTarget(): Promise<EndReviewTarget>;
  /** The directory user behind an e-mail (for an @mention), or null when there is none. */
  directoryUser(email: string): Promise<{ id: string; displayName: string } | null>;
}

/** Where End review posts and when the next review starts (09:00–10:00 in the organizer's zone). */
export interface EndReviewTarget {
  channelName: string;
  /** The organizer's zone as Graph's mailboxSettings names it (`W. Europe Standard Time`, or IANA). */
  timeZone: string;
  start: string;
  end: string;
  /** Why the zone is UTC when mailboxSettings could not be read; null when it was. */
  timeZoneNote: string | null;
}

export interface NextReviewEvent {
  subject: string;
  date: IsoDate;
  transactionId: string;
  bodyHtml: string;
  attendees: Person[];
  /** The zone the event's 09:00 start is in (from `endReviewTarget`). */
  timeZone: string;
}
