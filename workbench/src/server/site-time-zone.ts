/**
 * The stand-in site's time zone (its regional settings): picked with `--time-zone <IANA name>` or
 * `GTM_TIME_ZONE`, kept in the data folder's `meta` table, and fixed for the life of that folder.
 *
 * Why fixed: a date-only value is stored as the local midnight of its date in the site's zone
 * (sp-dev-docs#5369, #6083). Changing the zone of a folder full of such values would move every one
 * of them to another day — SharePoint Online does exactly that when an owner changes a site's zone,
 * and the demo data would silently drift. So a folder created in one zone refuses to start in
 * another; a new `--data` folder is the way to try a new zone.
 */
import { SP_TIME_ZONES, type SpTimeZone, isKnownTimeZone, spTimeZoneForIana } from '@gtm/shared';
import type { Db } from './store/db';

const META_KEY = 'timeZone';

/** A zone that cannot be the site's: the message says what, where it came from, and how to fix it. */
export class SiteTimeZoneError extends Error {}

/** Where a requested zone came from, named in errors (`--time-zone`, `GTM_TIME_ZONE`, `timeZone option`). */
export type TimeZoneOrigin = string;

const EXAMPLES = 'UTC, Europe/London, America/New_York, America/Los_Angeles, Asia/Tokyo, Pacific/Auckland';

/**
 * The SharePoint zone for an IANA name, or a `SiteTimeZoneError` naming how to pick one.
 * @example siteTimeZoneFor('Pacific/Auckland', '--time-zone').id // 17
 * @example siteTimeZoneFor('Pacific/Aukland', '--time-zone')     // throws: not a time zone this Node.js knows
 */
export function siteTimeZoneFor(iana: string, origin: TimeZoneOrigin): SpTimeZone {
  if (!isKnownTimeZone(iana)) {
    throw new SiteTimeZoneError(
      `Unknown time zone '${iana}' (${origin}): give an IANA time zone name, e.g. ${EXAMPLES} ` +
        '(the "TZ identifier" column of https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).',
    );
  }
  const zone = spTimeZoneForIana(iana);
  if (zone === undefined) {
    throw new SiteTimeZoneError(
      `SharePoint has no site time zone that keeps the clock of '${iana}' (${origin}). ` +
        `Pick one of SharePoint's zones: ${SP_TIME_ZONES.map((z) => z.iana).join(', ')}.`,
    );
  }
  return zone;
}

function storedZone(db: Db): SpTimeZone | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as { value: string } | undefined;
  return row === undefined ? undefined : siteTimeZoneFor(row.value, 'the data folder');
}

/**
 * The site's zone for a data folder: the requested one (stored on first use), else the one stored,
 * else UTC. A folder created in another zone than the requested one is refused.
 * @param requested an IANA name and where it came from; undefined when nothing was asked for.
 */
export function resolveSiteTimeZone(db: Db, dataDir: string, requested: { iana: string; origin: TimeZoneOrigin } | undefined): SpTimeZone {
  const wanted = requested === undefined ? undefined : siteTimeZoneFor(requested.iana, requested.origin);
  const stored = storedZone(db);
  if (stored !== undefined && wanted !== undefined && stored.id !== wanted.id) {
    throw new SiteTimeZoneError(
      `The data folder ${dataDir} holds a site on ${stored.iana} (SharePoint zone ${stored.id}, ${stored.description}), ` +
        `and this start asks for ${requested?.iana ?? ''} (zone ${wanted.id}, from ${requested?.origin ?? ''}). Its date-only values are local ` +
        `midnights of ${stored.iana}: re-zoning would move them to other days. Start it with --time-zone ${stored.iana} ` +
        '(or without --time-zone and GTM_TIME_ZONE), or use a new --data folder for the other zone.',
    );
  }
  const zone = stored ?? wanted ?? siteTimeZoneFor('UTC', 'the default');
  if (stored === undefined) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(META_KEY, zone.iana);
  return zone;
}
