/**
 * The data the review views need, as interfaces: the views receive an implementation (Graph in
 * the tab, in-memory in the component tests) and never build queries or call PnPjs themselves.
 */
import type { Action, IsoDate, Kpi, KpiMeasurement, Person, QualifiedAccount, Review, Risk } from '@gtm/shared';

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

/** The calls "End review" makes, each safe to repeat (it finds what an earlier run already wrote). */
export interface ReviewBackend {
  loadAgendaData(today: IsoDate): Promise<AgendaData>;
  /** The Review item held on `date`, or null. */
  findReview(date: IsoDate): Promise<StoredReview | null>;
  addReview(review: Review): Promise<StoredReview>;
  /** Writes decisions and action ids onto the Review item with its ETag (a 412 surfaces as ConflictError). */
  updateReview(stored: StoredReview, review: Review): Promise<StoredReview>;
  /** Actions already saved for a review item (to avoid adding them twice). */
  actionsOfReview(reviewItemId: string): Promise<Action[]>;
  addActions(actions: Action[]): Promise<string[]>;
  /** Marks an open action done on top of the server's current version; false when it no longer exists. */
  markActionDone(actionId: string): Promise<boolean>;
  /** Posts the summary to the channel; the message id. Not idempotent: the caller records the id. */
  postSummary(html: string): Promise<string>;
  /** Creates the next review as a Teams meeting; repeating `transactionId` returns the same event. */
  createEvent(event: NextReviewEvent): Promise<string>;
}

export interface NextReviewEvent {
  subject: string;
  date: IsoDate;
  transactionId: string;
  bodyHtml: string;
  attendees: Person[];
}
