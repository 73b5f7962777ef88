/** What every route handler gets: the store, the clock, and the absolute base URL of this server. */
import type { BatchPartFault } from './batch-part-faults';
import type { Db } from './store/db';

export interface RouteContext {
  db: Db;
  now(): Date;
  /** `http://127.0.0.1:4321`: absolute links (`odata.nextLink`, `odata.id`) start with it. */
  baseUrl: string;
  /** The site's time zone (IANA name of its SharePoint zone): date-only values are its local midnights. */
  timeZone: string;
  /** `--faults` inside `$batch`: each part may draw a 429/503 of its own (not applied). */
  batchPartFault?: BatchPartFault;
  /** The signed-in user's site-user id (`--user`); absent: the data folder's admin, id 1. */
  userId?: number;
}

/** Who the request acts as: `currentuser`, `/me`, Author and Editor of what it writes. */
export function signedInUserId(ctx: RouteContext): number {
  return ctx.userId ?? 1;
}
