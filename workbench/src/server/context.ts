/** What every route handler gets: the store, the clock, and the absolute base URL of this server. */
import type { Db } from './store/db';

export interface RouteContext {
  db: Db;
  now(): Date;
  /** `http://127.0.0.1:4321`: absolute links (`odata.nextLink`, `odata.id`) start with it. */
  baseUrl: string;
}
