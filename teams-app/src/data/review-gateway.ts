/**
 * The `ReviewBackend` over the GTM lists (any `ListStore`: Graph in the tab, memory in tests) and
 * the Teams Graph calls (the meeting's participants, the channel summary, the next review in the organizer's calendar). Rows that do not validate are reported with their list and id.
 */
import type { Action, IsoDate, KpiMeasurement, Person, Review } from '@gtm/shared';
import {
  createActionRepository, createKpiMeasurementRepository, createKpiRepository, createQualifiedAccountRepository,
  createReviewRepository, createRiskRepository, reviewStatusOf, samePerson, unwrapWrites,
} from '@gtm/shared';
import type { ListStore } from '@gtm/shared';
import type { AgendaData, EndReviewTarget, NextReviewEvent, ReviewBackend, StoredReview } from '../review/review-backend';
import type { ReviewPlace } from '../review/review-model';
import { chooseAttendeeOptions } from './meeting-attendees';
import type { ChannelMessage, TeamsGraph } from './teams-graph';

/** Where the next review's event starts and ends (the circle meets at 09:00, for an hour). */
const MEETING_START = 'T09:00:00';
const MEETING_END = 'T10:00:00';

export interface ReviewGatewayOptions {
  store: ListStore;
  graph: TeamsGraph;
  place: ReviewPlace;
  /** The meeting's chat (its members are the attendees to choose from); null outside a meeting. */
  chatId?: string | null;
  /**
   * The time zone of the next review's 09:00 start; by default the organizer's mailbox zone
   * (Graph mailboxSettings), UTC when that cannot be read.
   */
  timeZone?: string;
}

function addPeople(into: Person[], people: readonly Person[]): void {
  for (const p of people) if (!into.some((q) => samePerson(p, q))) into.push(p);
}

export function createReviewGateway(options: ReviewGatewayOptions): ReviewBackend {
  const { store, graph, place } = options;
  const kpis = createKpiRepository(store);
  const measurements = createKpiMeasurementRepository(store);
  const risks = createRiskRepository(store);
  const accounts = createQualifiedAccountRepository(store);
  const actions = createActionRepository(store);
  const reviews = createReviewRepository(store);

  const withId = (review: Review, itemId: string): Review => ({ ...review, id: itemId });
  // Few reviews (one every three weeks): read them all rather than filter on a date column.
  const readReviews = async (): Promise<StoredReview[]> =>
    (await reviews.readStored()).items.map((s) => ({ itemId: String(s.itemId), etag: s.etag, review: withId(s.entity, String(s.itemId)) }));

  return {
    async loadAgendaData(today: IsoDate): Promise<AgendaData> {
      // The meeting's participants are read alongside the lists; a failure there never fails the load.
      const chatId = options.chatId ?? null;
      const members = chatId === null ? null : graph.chatMembers(chatId);
      members?.catch(() => undefined); // handled by chooseAttendeeOptions, once the lists are read
      const [k, m, r, a, act, rev] = await Promise.all([
        kpis.read(), measurements.read(), risks.read(), accounts.read(), actions.read(), reviews.read(),
      ]);
      const invalid = [
        ...k.invalid.map((i) => ({ list: kpis.list.title, ...i })),
        ...m.invalid.map((i) => ({ list: measurements.list.title, ...i })),
        ...r.invalid.map((i) => ({ list: risks.list.title, ...i })),
        ...a.invalid.map((i) => ({ list: accounts.list.title, ...i })),
        ...act.invalid.map((i) => ({ list: actions.list.title, ...i })),
        ...rev.invalid.map((i) => ({ list: reviews.list.title, ...i })),
      ];
      // The last review is the latest one held strictly before today (today's may be the one being
      // held; a planned or unfinished one is no past review).
      const past = rev.items.filter((x) => x.date < today && reviewStatusOf(x) === 'held').sort((x, y) => (x.date < y.date ? 1 : -1));
      const people: Person[] = [];
      addPeople(people, past[0]?.attendees ?? []);
      addPeople(people, k.items.map((x) => x.owner));
      addPeople(people, act.items.map((x) => x.owner));
      const attendeeOptions = await chooseAttendeeOptions({ chatId, readMembers: () => members ?? Promise.resolve([]), circle: () => people });
      return { kpis: k.items, measurements: m.items, risks: r.items, accounts: a.items, actions: act.items, lastReview: past[0] ?? null, attendeeOptions, invalid };
    },

    readReviews,

    async findReview(date: IsoDate): Promise<StoredReview | null> {
      // Two tabs opening the same review at once may each have added one: the first added wins.
      const all = await readReviews();
      return all.filter((s) => s.review.date === date).sort((a, b) => Number(a.itemId) - Number(b.itemId))[0] ?? null;
    },

    async readMeasurements(): Promise<KpiMeasurement[]> {
      return (await measurements.read()).items;
    },

    async moveMeasurements(from: IsoDate, to: IsoDate): Promise<number> {
      const all = (await measurements.readStored()).items;
      let moved = 0;
      for (const source of all.filter((s) => s.entity.cycle === from)) {
        const target = all.find((s) => s.entity.kpiId === source.entity.kpiId && s.entity.cycle === to);
        const entity: KpiMeasurement = { ...source.entity, cycle: to };
        if (target) {
          // Reported for the review being held: it replaces what the held day had.
          unwrapWrites(await measurements.update([{ id: String(target.itemId), etag: target.etag, entity }]));
          unwrapWrites(await measurements.delete([{ id: String(source.itemId), etag: source.etag }]));
        } else {
          unwrapWrites(await measurements.update([{ id: String(source.itemId), etag: source.etag, entity }]));
        }
        moved++;
      }
      return moved;
    },

    async readReview(itemId: string): Promise<StoredReview | null> {
      const found = await reviews.get(itemId);
      if (found === null) return null;
      if ('invalid' in found) throw new Error(`GTM Reviews item ${itemId} is invalid: ${found.invalid.join('; ')}`);
      return { itemId, etag: found.etag, review: withId(found.item, itemId) };
    },

    async deleteReview(stored: StoredReview): Promise<void> {
      unwrapWrites(await reviews.delete([{ id: stored.itemId, etag: stored.etag }]));
    },

    async addReview(review: Review): Promise<StoredReview> {
      const [written] = unwrapWrites(await reviews.add([review]));
      if (!written) throw new Error('Saving the Review record returned no item.');
      return { itemId: String(written.id), etag: written.etag, review: withId(review, String(written.id)) };
    },

    async updateReview(stored: StoredReview, review: Review): Promise<StoredReview> {
      const [written] = unwrapWrites(await reviews.update([{ id: stored.itemId, etag: stored.etag, entity: review }]));
      if (!written) throw new Error('Updating the Review record returned no item.');
      return { itemId: stored.itemId, etag: written.etag, review };
    },

    async actionsOfReview(reviewItemId: string): Promise<Action[]> {
      const result = await actions.read({ where: [{ field: 'GtmReview', op: 'eq', value: Number(reviewItemId) }] });
      return result.items;
    },

    async addActions(list: Action[]): Promise<string[]> {
      return unwrapWrites(await actions.add(list)).map((w) => String(w.id));
    },

    async setActionStatus(actionId: string, status: 'open' | 'done'): Promise<boolean> {
      // Apply the status on top of the server's current version, so a concurrent edit of the title
      // or due date is kept; a 412 between the read and the write is retried on the newer version.
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await actions.get(actionId);
        if (current === null) return false;
        if ('invalid' in current) throw new Error(`GTM Actions item ${actionId} is invalid: ${current.invalid.join('; ')}`);
        if (current.item.status === status) return true;
        const saved = await actions.saveChanges({ itemId: Number(actionId), etag: current.etag, entity: { ...current.item, status } });
        if (saved.kind === 'saved') return true;
        // A conflict reads the newer version and tries again; any other failure is the store's error.
        if (saved.kind === 'failed') throw saved.error;
      }
      throw new Error(`Action ${actionId} keeps changing while it is marked ${status}; try again in a moment.`);
    },

    postSummary(message: ChannelMessage): Promise<string> {
      return graph.postMessage(place.teamId, place.channelId, message);
    },

    async endReviewTarget(): Promise<EndReviewTarget> {
      const [channel, zone] = await Promise.allSettled([
        graph.channelName(place.teamId, place.channelId),
        options.timeZone ? Promise.resolve(options.timeZone) : graph.mailboxTimeZone(),
      ]);
      const channelName = channel.status === 'fulfilled' ? channel.value : place.channelId;
      const reason = zone.status === 'rejected' ? (zone.reason instanceof Error ? zone.reason.message : String(zone.reason)) : null;
      return {
        channelName,
        timeZone: zone.status === 'fulfilled' ? zone.value : 'UTC',
        start: MEETING_START.slice(1, 6),
        end: MEETING_END.slice(1, 6),
        timeZoneNote: reason === null ? null : `Your mailbox time zone could not be read (${reason}), so the next review is set in UTC.`,
      };
    },

    directoryUser(email: string): Promise<{ id: string; displayName: string } | null> {
      return graph.user(email);
    },

    createEvent(event: NextReviewEvent): Promise<string> {
      return graph.createMeeting({
        subject: event.subject,
        start: `${event.date}${MEETING_START}`,
        end: `${event.date}${MEETING_END}`,
        timeZone: event.timeZone,
        transactionId: event.transactionId,
        bodyHtml: event.bodyHtml,
        attendees: event.attendees.map((p) => ({ email: p.email, ...(p.displayName ? { name: p.displayName } : {}) })),
      });
    },
  };
}
