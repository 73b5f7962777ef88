/**
 * `GET _api/web/regionalsettings` and `GET _api/web/regionalsettings/timezone`: the site's regional
 * settings as SharePoint Online answers them. Clients read the zone here to turn a date-only value
 * (the local midnight of its date, returned in UTC) back into its calendar date: sp-dev-docs#6083
 * (`_api/web/RegionalSettings/TimeZone` → `Information.Bias` …), sp-dev-docs#5369, pnp/pnpcore#484
 * (conversions follow the web's zone, not the caller's machine), PnP-JS-Core#660.
 *
 * `Information` is `SP.TimeZoneInformation`, in minutes, with UTC = local time + Bias (+ DaylightBias
 * in summer): Los Angeles `{ Bias: 480, StandardBias: 0, DaylightBias: -60 }`.
 * `TimeZone` is a navigation property of `SP.RegionalSettings`: deferred in verbose JSON, absent in
 * the other formats unless `$expand=TimeZone`.
 */
import { spTimeZoneForIana, timeZoneInformation } from '@gtm/shared';
import type { RouteContext } from '../context';
import type { InternalResponse } from '../http';
import { StoreError } from '../store/types';
import { entity, pick, single, type SpFormat } from './format';

/** en-US defaults of the settings SharePoint lists beside the zone (a new site's, LocaleId 1033). */
const EN_US = {
  AdjustHijriDays: 0,
  AlternateCalendarType: 0,
  AM: 'AM',
  CalendarType: 1,
  Collation: 25,
  CollationLCID: 2070,
  DateFormat: 0,
  DateSeparator: '/',
  DecimalSeparator: '.',
  DigitGrouping: '3;0',
  FirstDayOfWeek: 0,
  FirstWeekOfYear: 0,
  IsEastAsia: false,
  IsRightToLeft: false,
  IsUIRightToLeft: false,
  ListSeparator: ',',
  LocaleId: 1033,
  NegativeSign: '-',
  NegNumberMode: 1,
  PM: 'PM',
  PositiveSign: '',
  ShowWeeks: false,
  ThousandSeparator: ',',
  Time24: false,
  TimeMarkerPosition: 0,
  TimeSeparator: ':',
  WorkDayEndHour: 1020,
  WorkDays: 62,
  WorkDayStartHour: 480,
} as const;

const PATH = /^web\/regionalsettings(\/timezone)?\/?$/i;

function timeZoneJson(ctx: RouteContext, fmt: SpFormat): Record<string, unknown> {
  const zone = spTimeZoneForIana(ctx.timeZone);
  // The server only starts with a zone SharePoint has (site-time-zone.ts), so this cannot miss.
  if (zone === undefined) throw new StoreError(500, '-1, System.InvalidOperationException', `The site's time zone ${ctx.timeZone} has no SharePoint id.`);
  const info = timeZoneInformation(ctx.timeZone, ctx.now().getUTCFullYear());
  const information = { Bias: info.Bias, DaylightBias: info.DaylightBias, StandardBias: info.StandardBias };
  const url = `${ctx.baseUrl}/sites/gtm/_api/Web/RegionalSettings/TimeZone`;
  return entity(
    { type: 'SP.TimeZone', id: url, editLink: 'Web/RegionalSettings/TimeZone' },
    {
      Description: zone.description,
      Id: zone.id,
      Information: fmt === 'verbose' ? { __metadata: { type: 'SP.TimeZoneInformation' }, ...information } : information,
    },
    fmt,
  );
}

function regionalSettingsJson(ctx: RouteContext, fmt: SpFormat, expand: string | null): Record<string, unknown> {
  const url = `${ctx.baseUrl}/sites/gtm/_api/Web/RegionalSettings`;
  const expanded = (expand ?? '').split(',').some((e) => e.trim().toLowerCase() === 'timezone');
  const timeZone = expanded ? { TimeZone: timeZoneJson(ctx, fmt) } : fmt === 'verbose' ? { TimeZone: { __deferred: { uri: `${url}/TimeZone` } } } : {};
  return entity({ type: 'SP.RegionalSettings', id: url, editLink: 'Web/RegionalSettings' }, { ...EN_US, ...timeZone }, fmt);
}

/**
 * Answers the regional settings paths, or undefined for any other path.
 * @param apiPath the decoded path after `/_api/` (`web/RegionalSettings/TimeZone`).
 */
export function regionalSettingsRoute(ctx: RouteContext, apiPath: string, method: string, query: URLSearchParams, fmt: SpFormat): InternalResponse | undefined {
  const match = PATH.exec(apiPath);
  if (!match) return undefined;
  if (method !== 'GET') {
    // SharePoint changes regional settings through CSOM or site settings; this REST resource is read-only here.
    throw new StoreError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' cannot be used on the regional settings.`);
  }
  const json = match[1] !== undefined ? timeZoneJson(ctx, fmt) : regionalSettingsJson(ctx, fmt, query.get('$expand'));
  return single(pick(json, query.get('$select')), fmt);
}
