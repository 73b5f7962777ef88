import type { FieldSchema, ListSchema } from '../lists/list-schema';
import { isDateOnlyField as isDateOnly } from '../lists/list-schema';
import { localDayOf, localMidnightUtc } from '../site/time-zones';
import type { ListRow, RowValues } from './list-store';

/**
 * Translation between the API-neutral `ListRow` and each API's JSON. SharePoint REST names a
 * lookup's id `GtmKpiId`; Graph names it `GtmKpiLookupId` (as a string); the row calls it `GtmKpi`.
 *
 * A date-only column is a calendar date in the row (`2026-03-15`) and, on both APIs, the UTC instant
 * of that date's midnight in the site's zone (`timeZone`, IANA): Auckland `2026-03-14T11:00:00Z`
 * (sp-dev-docs#5369). Date-time columns stay instants. Callers that pass no zone mean UTC.
 */

type Json = Record<string, unknown>;

const isLookup = (field: FieldSchema): boolean => field.type === 'lookup' || field.type === 'person';
const LEADING_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** A row's calendar date → the wire instant (a value that is not a date goes on, for the server to refuse). */
function dayToWire(value: unknown, timeZone: string): unknown {
  const day = typeof value === 'string' ? LEADING_DAY.exec(value)?.[1] : undefined;
  return day === undefined ? value : localMidnightUtc(day, timeZone);
}

/** The wire instant → the row's calendar date in the site's zone (anything else goes on, for zod to report). */
function wireToDay(value: unknown, timeZone: string): unknown {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return value;
  return /[zZ]|[+-]\d{2}:\d{2}$/.test(value) ? localDayOf(value, timeZone) : value.slice(0, 10);
}

function declared(list: ListSchema, name: string): FieldSchema | 'Title' {
  if (name === 'Title') return 'Title';
  const field = list.fields.find((f) => f.name === name);
  if (!field) throw new Error(`${list.title} has no field ${JSON.stringify(name)} to write`);
  return field;
}

/** `$select` for SharePoint REST: Id, Title and every declared column. */
export function spSelect(list: ListSchema): string[] {
  return ['Id', 'Title', ...list.fields.map((f) => (isLookup(f) ? `${f.name}Id` : f.name))];
}

/** `fields(select=…)` for Graph: Title and every declared column. */
export function graphSelect(list: ListSchema): string[] {
  return ['Title', ...list.fields.map((f) => (isLookup(f) ? `${f.name}LookupId` : f.name))];
}

export function toSpBody(list: ListSchema, values: RowValues, timeZone = 'UTC'): Json {
  const body: Json = {};
  for (const [name, value] of Object.entries(values)) {
    const field = declared(list, name);
    if (field !== 'Title' && isLookup(field)) body[`${name}Id`] = value;
    else body[name] = field !== 'Title' && isDateOnly(field) ? dayToWire(value, timeZone) : value;
  }
  return body;
}

export function toGraphFields(list: ListSchema, values: RowValues, timeZone = 'UTC'): Json {
  const fields: Json = {};
  for (const [name, value] of Object.entries(values)) {
    const field = declared(list, name);
    if (field !== 'Title' && isLookup(field)) {
      fields[`${name}LookupId`] = value;
    } else {
      if (field !== 'Title' && field.type === 'multi-choice') fields[`${name}@odata.type`] = 'Collection(Edm.String)';
      fields[name] = field !== 'Title' && isDateOnly(field) ? dayToWire(value, timeZone) : value;
    }
  }
  return fields;
}


function asNumber(value: unknown): unknown {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

function unwrapResults(value: unknown): unknown {
  // verbose OData wraps collections as { results: [...] }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'results' in value) {
    return (value as { results: unknown }).results;
  }
  return value;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function fromSpItem(list: ListSchema, item: Json, timeZone = 'UTC'): ListRow {
  const metadata = item['__metadata'];
  const etag = item['odata.etag'] ?? (typeof metadata === 'object' && metadata !== null ? (metadata as Json)['etag'] : undefined);
  const values: Record<string, unknown> = { Title: item['Title'] ?? null };
  for (const field of list.fields) {
    const raw = isLookup(field) ? item[`${field.name}Id`] : item[field.name];
    const value = raw === undefined ? null : unwrapResults(raw);
    values[field.name] = isDateOnly(field) ? wireToDay(value, timeZone) : value;
  }
  return { id: Number(item['Id'] ?? item['ID']), etag: text(etag), values };
}

export function fromGraphItem(list: ListSchema, item: Json, timeZone = 'UTC'): ListRow {
  const rawFields = item['fields'];
  const fields: Json = typeof rawFields === 'object' && rawFields !== null ? (rawFields as Json) : {};
  const values: Record<string, unknown> = { Title: fields['Title'] ?? null };
  for (const field of list.fields) {
    const raw = isLookup(field) ? asNumber(fields[`${field.name}LookupId`]) : fields[field.name];
    const value = raw === undefined ? null : raw;
    values[field.name] = isDateOnly(field) ? wireToDay(value, timeZone) : value;
  }
  return { id: Number(item['id']), etag: text(item['@odata.etag'] ?? item['eTag']), values };
}
