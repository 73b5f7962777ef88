import type {
  Action, DealRecord, DirectRequest, IsoDate, Kpi, KpiMeasurement, Lead, Priority, QualifiedAccount, Review, Risk, Touchpoint,
} from '@gtm/shared';
import { IsoDateSchema } from '@gtm/shared';
import { generateAccounts } from './accounts';
import { generateActions } from './actions';
import { REVIEW_COUNT, reviewCycles } from './calendar';
import { generateDeals } from './deals';
import { generateDirectRequests } from './direct-requests';
import { generateKpis } from './kpis';
import { generateLeads } from './leads';
import { generatePriorities } from './priorities';
import { createRng } from './prng';
import { generateReviews } from './reviews';
import { generateRisks } from './risks';
import type { SalesWorkingListEntry } from './sales-working-list';
import { salesWorkingList } from './sales-working-list';
import { generateTouchpoints } from './touchpoints';

export type { SalesWorkingListEntry, WorkingListStage } from './sales-working-list';
export { WORKING_LIST_STAGES, salesWorkingList } from './sales-working-list';
export { CAST, DEMO_DOMAIN, ROLES } from './cast';
export { CHANNELS, CONVERTING_SOURCES, INTENT_TOPICS } from './channels';
export { DEMO_CHATS, DEMO_MEETING_CHAT, DEMO_MEETING_CHAT_ID, type DemoChat, userIdOf } from './meeting-chat';
export { lastReviewBefore, reviewCycles, reviewId } from './calendar';

export interface DemoTenantOptions {
  /** Today, `YYYY-MM-DD`: every date in the tenant is at or before it. */
  now: IsoDate;
  /** The PRNG seed; the same seed and `now` give byte-identical data. Default 20261122. */
  seed?: number;
}

/** Everything the workbench seeds: validated domain objects, no list rows. */
export interface DemoTenant {
  now: IsoDate;
  seed: number;
  kpis: Kpi[];
  measurements: KpiMeasurement[];
  priorities: Priority[];
  actions: Action[];
  reviews: Review[];
  risks: Risk[];
  accounts: QualifiedAccount[];
  salesWorkingList: SalesWorkingListEntry[];
  directRequests: DirectRequest[];
  leads: Lead[];
  touchpoints: Touchpoint[];
  deals: DealRecord[];
}

export const DEFAULT_SEED = 20261122;

/** Sizes of the generated data. */
const JOURNEYS = 1_000;
const DEALS = 300;
const LEADS = 150;

/**
 * A deterministic, realistic demo tenant: ~22 KPIs with 8 review cycles of history, 6 saved
 * reviews, ~40 actions, 11 priorities, 30 risks, 200 MQA accounts and their Sales working list,
 * 16 direct requests, 150 leads, ~3,000 touchpoints in 1,000 journeys and 300 deals. Pure: no
 * clock, no I/O. Each entity draws from its own PRNG stream, so one generator's change does not
 * reshuffle the others.
 * @example generateDemoTenant({ now: '2026-11-22' }).reviews.map((r) => r.date).at(-1) // '2026-11-16'
 */
export function generateDemoTenant(options: DemoTenantOptions): DemoTenant {
  const now = IsoDateSchema.parse(options.now);
  const seed = options.seed ?? DEFAULT_SEED;
  const stream = (n: number) => createRng((seed + Math.imul(n, 0x9e3779b1)) >>> 0);

  const cycles = reviewCycles(now);
  const reviewDates = cycles.slice(-REVIEW_COUNT);
  const { kpis, measurements } = generateKpis(cycles, stream(1));
  const risks = generateRisks(cycles, now, stream(2));
  const accounts = generateAccounts(now, stream(3));
  const actions = generateActions(reviewDates, { kpis, measurements, risks, accounts }, now, stream(4));
  const reviews = generateReviews(reviewDates, { kpis, measurements, actions }, stream(5));
  const priorities = generatePriorities(stream(6));
  const leads = generateLeads(LEADS, accounts, now, stream(7));
  const directRequests = generateDirectRequests(accounts, leads, now, stream(8));
  const touchpoints = generateTouchpoints(JOURNEYS, { accounts, leads }, now, stream(9));
  const deals = generateDeals(DEALS, accounts, now, stream(10));

  // A deep copy, so callers may edit the tenant without touching the shared cast objects.
  return structuredClone({
    now, seed, kpis, measurements, priorities, actions, reviews, risks, accounts,
    salesWorkingList: salesWorkingList(accounts), directRequests, leads, touchpoints, deals,
  });
}
