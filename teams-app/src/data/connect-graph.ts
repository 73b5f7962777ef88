/**
 * The tab's Graph wiring, done once at the root: PnPjs with the default init and headers, retries
 * on 429/503 (504 for reads) honouring Retry-After within a time budget, and a bearer token asked for on every request (NAA tokens
 * expire; MSAL caches them, the workbench's dev token is fetched once).
 */
import { graphfi, DefaultHeaders, DefaultInit } from '@pnp/graph';
import type { GraphFI } from '@pnp/graph';
import { DefaultParse } from '@pnp/queryable';
import type { Queryable } from '@pnp/queryable';
import { createGraphListStore, graphPeopleSearch, RetryWithinBudget } from '@gtm/shared';
import type { PeopleSearch, SiteTimeZoneSource } from '@gtm/shared';
import type { ReviewBackend } from '../review/review-backend';
import type { ReviewPlace } from '../review/review-model';
import { createGraphTeams } from './graph-teams';
import { createReviewGateway } from './review-gateway';

/** Throttling: honour Retry-After within 20 s (a person is waiting), for requests and `$batch` parts alike. */
const TAB_RETRY = { retryBudgetMs: 20_000, initialBackoffMs: 500 } as const;

/** A PnPjs behavior: `Authorization: Bearer <token>` from `getToken()` on each request. */
export function BearerFrom(getToken: () => Promise<string>) {
  return (instance: Queryable) => {
    instance.on.auth(async function (url: URL, init: RequestInit) {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${await getToken()}`);
      init.headers = Object.fromEntries(headers.entries());
      return [url, init];
    });
    return instance;
  };
}

export function graphFor(graphUrl: string, getToken: () => Promise<string>): GraphFI {
  return graphfi().using(
    DefaultInit(graphUrl.replace(/\/+$/, '')),
    DefaultHeaders(),
    BearerFrom(getToken),
    // A person is waiting in the meeting: 20 s of Retry-After-honouring retries, then a message.
    RetryWithinBudget(TAB_RETRY),
    DefaultParse(),
  );
}

export interface TabConnection {
  /** Graph root: `https://graph.microsoft.com/v1.0`, or the workbench's `…/graph/v1.0`. */
  graphUrl: string;
  /** The SharePoint site as Graph names it: `root`, or `contoso.sharepoint.com:/sites/gtm:`. */
  siteId: string;
  getToken: () => Promise<string>;
  /** The site's zone (IANA), or how to read it once: date-only columns are local midnights there. */
  timeZone: SiteTimeZoneSource;
  place: ReviewPlace;
  /** The meeting's chat, whose members are the attendees to choose from; null outside a meeting. */
  chatId: string | null;
}

/** What the tab talks to over one Graph root. */
export interface TabBackend {
  /** The GTM lists, the meeting chat, the channel and the organizer's calendar. */
  backend: ReviewBackend;
  /** The directory (`/users` with `$search`), for picking an action's owner. */
  people: PeopleSearch;
}

export function connectReviewBackend(connection: TabConnection): TabBackend {
  const graph = graphFor(connection.graphUrl, connection.getToken);
  const backend = createReviewGateway({
    store: createGraphListStore(graph, connection.siteId, { timeZone: connection.timeZone, ...TAB_RETRY }),
    graph: createGraphTeams(graph),
    place: connection.place,
    chatId: connection.chatId,
  });
  return { backend, people: graphPeopleSearch(graph) };
}
