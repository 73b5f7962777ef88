/**
 * SharePoint's site time zones and the calendar arithmetic a date-only column needs.
 *
 * A site's regional settings name its zone by a SharePoint id (`GET _api/web/regionalsettings/timezone`
 * → `{ Id: 13, Description: "(UTC-08:00) Pacific Time (US and Canada)", Information: { Bias: 480, … } }`),
 * not by an IANA name, and the `Information` biases carry no daylight-saving dates. So clients map the
 * id to an IANA zone, as pnp/pnpcore does (pnp/pnpcore#484: `TimeZone` → `TimeZoneInfo`), and let
 * `Intl` (Node and browsers ship the full tz database) do the offsets. The ids below are
 * SharePoint's (PnP `OfficeDevPnP.Core.Enums.TimeZone`; sp-dev-docs#6083).
 *
 * A date-only value is the local midnight of its date in the site's zone, sent and returned in UTC
 * (sp-dev-docs#5369, PnP-JS-Core#660): in Auckland `2026-03-15` is `2026-03-14T11:00:00Z`.
 */

/** One SharePoint time zone: its id, the IANA zone it follows and its places as SharePoint lists them. */
export interface SpTimeZone {
  readonly id: number;
  readonly iana: string;
  /** SharePoint's description, e.g. `(UTC-08:00) Pacific Time (US and Canada)`. */
  readonly description: string;
}

/** Minutes, as SharePoint's `SP.TimeZoneInformation`: UTC = local time + Bias (+ DaylightBias in summer). */
export interface TimeZoneInformation {
  readonly Bias: number;
  readonly StandardBias: number;
  readonly DaylightBias: number;
}

/** [id, IANA zone, places]: the description's `(UTC±hh:mm)` prefix is the zone's standard offset. */
const ZONES: readonly (readonly [number, string, string])[] = [
  [2, 'Europe/London', 'Dublin, Edinburgh, Lisbon, London'],
  [3, 'Europe/Paris', 'Brussels, Copenhagen, Madrid, Paris'],
  [4, 'Europe/Berlin', 'Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
  [5, 'Europe/Athens', 'Athens, Bucharest, Istanbul'],
  [6, 'Europe/Budapest', 'Belgrade, Bratislava, Budapest, Ljubljana, Prague'],
  [7, 'Europe/Minsk', 'Minsk'],
  [8, 'America/Sao_Paulo', 'Brasilia'],
  [9, 'America/Halifax', 'Atlantic Time (Canada)'],
  [10, 'America/New_York', 'Eastern Time (US and Canada)'],
  [11, 'America/Chicago', 'Central Time (US and Canada)'],
  [12, 'America/Denver', 'Mountain Time (US and Canada)'],
  [13, 'America/Los_Angeles', 'Pacific Time (US and Canada)'],
  [14, 'America/Anchorage', 'Alaska'],
  [15, 'Pacific/Honolulu', 'Hawaii'],
  [16, 'Pacific/Pago_Pago', 'Midway Island, Samoa'],
  [17, 'Pacific/Auckland', 'Auckland, Wellington'],
  [18, 'Australia/Brisbane', 'Brisbane'],
  [19, 'Australia/Adelaide', 'Adelaide'],
  [20, 'Asia/Tokyo', 'Osaka, Sapporo, Tokyo'],
  [21, 'Asia/Singapore', 'Kuala Lumpur, Singapore'],
  [22, 'Asia/Bangkok', 'Bangkok, Hanoi, Jakarta'],
  [23, 'Asia/Kolkata', 'Chennai, Kolkata, Mumbai, New Delhi'],
  [24, 'Asia/Dubai', 'Abu Dhabi, Muscat'],
  [25, 'Asia/Tehran', 'Tehran'],
  [26, 'Asia/Baghdad', 'Baghdad'],
  [27, 'Asia/Jerusalem', 'Jerusalem'],
  [28, 'America/St_Johns', 'Newfoundland'],
  [29, 'Atlantic/Azores', 'Azores'],
  [30, 'Etc/GMT+2', 'Mid-Atlantic'],
  [31, 'Africa/Monrovia', 'Monrovia, Reykjavik'],
  [32, 'America/Cayenne', 'Cayenne, Fortaleza'],
  [33, 'America/La_Paz', 'Georgetown, La Paz, Manaus, San Juan'],
  [34, 'America/Indiana/Indianapolis', 'Indiana (East)'],
  [35, 'America/Bogota', 'Bogota, Lima, Quito'],
  [36, 'America/Regina', 'Saskatchewan'],
  [37, 'America/Mexico_City', 'Guadalajara, Mexico City, Monterrey'],
  [38, 'America/Phoenix', 'Arizona'],
  [39, 'Etc/GMT+12', 'International Date Line West'],
  [40, 'Pacific/Fiji', 'Fiji Is., Marshall Is.'],
  [41, 'Pacific/Guadalcanal', 'Magadan, Solomon Is., New Caledonia'],
  [42, 'Australia/Hobart', 'Hobart'],
  [43, 'Pacific/Port_Moresby', 'Guam, Port Moresby'],
  [44, 'Australia/Darwin', 'Darwin'],
  [45, 'Asia/Shanghai', 'Beijing, Chongqing, Hong Kong S.A.R., Urumqi'],
  [46, 'Asia/Novosibirsk', 'Novosibirsk'],
  [47, 'Asia/Tashkent', 'Tashkent'],
  [48, 'Asia/Kabul', 'Kabul'],
  [49, 'Africa/Cairo', 'Cairo'],
  [50, 'Africa/Johannesburg', 'Harare, Pretoria'],
  [51, 'Europe/Moscow', 'Moscow, St. Petersburg, Volgograd'],
  [53, 'Atlantic/Cape_Verde', 'Cape Verde Is.'],
  [54, 'Asia/Baku', 'Baku'],
  [55, 'America/Guatemala', 'Central America'],
  [56, 'Africa/Nairobi', 'Nairobi'],
  [57, 'Europe/Warsaw', 'Sarajevo, Skopje, Warsaw, Zagreb'],
  [58, 'Asia/Yekaterinburg', 'Ekaterinburg'],
  [59, 'Europe/Helsinki', 'Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius'],
  [60, 'America/Nuuk', 'Greenland'],
  [61, 'Asia/Yangon', 'Yangon (Rangoon)'],
  [62, 'Asia/Kathmandu', 'Kathmandu'],
  [63, 'Asia/Irkutsk', 'Irkutsk'],
  [64, 'Asia/Krasnoyarsk', 'Krasnoyarsk'],
  [65, 'America/Santiago', 'Santiago'],
  [66, 'Asia/Colombo', 'Sri Jayawardenepura'],
  [67, 'Pacific/Tongatapu', "Nuku'alofa"],
  [68, 'Asia/Vladivostok', 'Vladivostok'],
  [69, 'Africa/Lagos', 'West Central Africa'],
  [70, 'Asia/Yakutsk', 'Yakutsk'],
  [71, 'Asia/Dhaka', 'Astana, Dhaka'],
  [72, 'Asia/Seoul', 'Seoul'],
  [73, 'Australia/Perth', 'Perth'],
  [74, 'Asia/Riyadh', 'Kuwait, Riyadh'],
  [75, 'Asia/Taipei', 'Taipei'],
  [76, 'Australia/Sydney', 'Canberra, Melbourne, Sydney'],
  [77, 'America/Chihuahua', 'Chihuahua, La Paz, Mazatlan'],
  [78, 'America/Tijuana', 'Tijuana, Baja California'],
  [79, 'Asia/Amman', 'Amman'],
  [80, 'Asia/Beirut', 'Beirut'],
  [81, 'America/Manaus', 'Manaus'],
  [82, 'Asia/Tbilisi', 'Tbilisi'],
  [83, 'Africa/Windhoek', 'Windhoek'],
  [84, 'Asia/Yerevan', 'Yerevan'],
  [85, 'America/Argentina/Buenos_Aires', 'Buenos Aires'],
  [86, 'Africa/Casablanca', 'Casablanca'],
  [87, 'Asia/Karachi', 'Islamabad, Karachi'],
  [88, 'America/Caracas', 'Caracas'],
  [89, 'Indian/Mauritius', 'Port Louis'],
  [90, 'America/Montevideo', 'Montevideo'],
  [91, 'America/Asuncion', 'Asuncion'],
  [92, 'Asia/Kamchatka', 'Petropavlovsk-Kamchatsky'],
  [93, 'UTC', 'Coordinated Universal Time'],
];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(iana: string): Intl.DateTimeFormat {
  let formatter = formatters.get(iana);
  if (!formatter) {
    // Throws RangeError for a zone the runtime does not know.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(iana, formatter);
  }
  return formatter;
}

/** The wall clock in `iana` at an instant, as the milliseconds of that wall clock read as UTC. */
function wallClockMs(instantMs: number, iana: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(iana).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * The zone's offset from UTC at an instant, in minutes (local = UTC + offset).
 * @example utcOffsetMinutes(Date.parse('2026-01-15T00:00:00Z'), 'Pacific/Auckland') // 780 (NZDT, +13:00)
 */
export function utcOffsetMinutes(instantMs: number, iana: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockMs(whole, iana) - whole) / 60_000);
}

/** True when the runtime's tz database knows the zone (`Intl` throws RangeError otherwise). */
export function isKnownTimeZone(iana: string): boolean {
  try {
    formatterFor(iana);
    return true;
  } catch {
    return false;
  }
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * SharePoint's `SP.TimeZoneInformation` for a zone in a year: Bias is minus the standard offset;
 * DaylightBias is -60 where the zone keeps summer time (either hemisphere), else 0.
 * @example timeZoneInformation('America/Los_Angeles', 2026) // { Bias: 480, StandardBias: 0, DaylightBias: -60 }
 * @example timeZoneInformation('Pacific/Auckland', 2026)    // { Bias: -720, StandardBias: 0, DaylightBias: -60 }
 */
export function timeZoneInformation(iana: string, year: number): TimeZoneInformation {
  const january = utcOffsetMinutes(Date.UTC(year, 0, 15), iana);
  const july = utcOffsetMinutes(Date.UTC(year, 6, 15), iana);
  const standard = Math.min(january, july);
  const daylight = Math.max(january, july);
  return { Bias: 0 - standard, StandardBias: 0, DaylightBias: standard - daylight };
}

/** The table's reference year for descriptions: SharePoint's descriptions are fixed strings. */
const DESCRIPTION_YEAR = 2026;

/** Every SharePoint time zone the suite knows, by SharePoint id. */
export const SP_TIME_ZONES: readonly SpTimeZone[] = ZONES.map(([id, iana, places]) => ({
  id,
  iana,
  description: `(${offsetLabel(-timeZoneInformation(iana, DESCRIPTION_YEAR).Bias)}) ${places}`,
}));

/** The SharePoint zone with this id (`regionalsettings/timezone` → `Id`). */
export function spTimeZoneById(id: number): SpTimeZone | undefined {
  return SP_TIME_ZONES.find((zone) => zone.id === id);
}

const UTC_ALIASES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Zulu', 'Universal']);

/**
 * The SharePoint zone for an IANA name: the one that follows it, else the first whose offsets match it
 * all year (`Europe/Oslo` keeps the clock of Paris, the first such → id 3).
 * @example spTimeZoneForIana('Pacific/Auckland')?.id // 17
 * @example spTimeZoneForIana('Europe/Oslo')?.id      // 3 (Brussels, Copenhagen, Madrid, Paris)
 */
export function spTimeZoneForIana(iana: string): SpTimeZone | undefined {
  if (UTC_ALIASES.has(iana)) return spTimeZoneById(93);
  const exact = SP_TIME_ZONES.find((zone) => zone.iana === iana);
  if (exact || !isKnownTimeZone(iana)) return exact;
  // Same offset on the 1st and 15th of every month of the reference year: same clock, same dates.
  const samples: number[] = [];
  for (let month = 0; month < 12; month++) samples.push(Date.UTC(DESCRIPTION_YEAR, month, 1), Date.UTC(DESCRIPTION_YEAR, month, 15));
  const clock = samples.map((t) => utcOffsetMinutes(t, iana)).join();
  return SP_TIME_ZONES.find((zone) => samples.map((t) => utcOffsetMinutes(t, zone.iana)).join() === clock);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local wall-clock milliseconds → the UTC instant, resolving the offset twice (exact across DST changes). */
function wallToInstant(wallMs: number, iana: string): number {
  const first = wallMs - utcOffsetMinutes(wallMs, iana) * 60_000;
  return wallMs - utcOffsetMinutes(first, iana) * 60_000;
}

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A calendar date as SharePoint stores a date-only value in a site of that zone: local midnight, in UTC.
 * @example localMidnightUtc('2026-03-15', 'Pacific/Auckland')    // '2026-03-14T11:00:00Z' (NZDT, +13)
 * @example localMidnightUtc('2026-06-15', 'Pacific/Auckland')    // '2026-06-14T12:00:00Z' (NZST, +12)
 * @example localMidnightUtc('2026-12-01', 'America/Los_Angeles') // '2026-12-01T08:00:00Z' (PST, -8)
 */
export function localMidnightUtc(day: string, iana: string): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoSeconds(wallToInstant(wall, iana));
}

/**
 * The calendar date an instant falls on in a zone (what a date-only value read back means).
 * @example localDayOf('2026-03-14T11:00:00Z', 'Pacific/Auckland')    // '2026-03-15'
 * @example localDayOf('2026-03-15T00:00:00Z', 'America/Los_Angeles') // '2026-03-14'
 */
export function localDayOf(instantIso: string, iana: string): string {
  const ms = Date.parse(instantIso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: ${JSON.stringify(instantIso)}`);
  return new Date(wallClockMs(ms, iana)).toISOString().slice(0, 10);
}

/**
 * A local date-time without offset (`2026-03-15T09:30:00`, or a date alone) as the UTC instant it is
 * in the zone: SharePoint reads values without an offset as site-local time.
 * @example localDateTimeToUtc('2026-03-15T09:30:00', 'America/Los_Angeles') // '2026-03-15T16:30:00Z' (PDT, -7)
 */
export function localDateTimeToUtc(local: string, iana: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(local);
  if (!match) throw new RangeError(`Not a local date-time (YYYY-MM-DDThh:mm:ss): ${JSON.stringify(local)}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return isoSeconds(wallToInstant(wall, iana));
}
