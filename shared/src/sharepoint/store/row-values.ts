import type { FieldSchema, ListSchema } from '../lists/list-schema';
import { isDateOnlyField as isDateOnly } from '../lists/list-schema';
import { localDayOf, localMidnightUtc } from '../site/time-zones';
import type { ListRow, RowValues } from './list-store';
import { isPersonValue, type PersonValue } from './site-people';

/**
 * Translation between the API-neutral `ListRow` and each API's JSON. SharePoint REST names a
 * lookup's id `GtmKpiId`; Graph names it `GtmKpiLookupId` (as a string); the row calls it `GtmKpi`.
 *
 * A date-only column is a calendar date in the row (`2026-03-15`) and, on both APIs, the UTC instant
 * of that date's midnight in the site's zone (`timeZone`, IANA): Auckland `2026-03-14T11:00:00Z`
 * (sp-dev-docs#5369). Date-time columns stay instants. Callers that pass no zone mean UTC.
 *
 * A person column is a `PersonValue` in the row. SharePoint REST writes its site-user id as
 * `GtmOwnerId` (ids for a multi-person column) and reads the person with
 * `$select=GtmOwner/Id,GtmOwner/Title,GtmOwner/EMail&$expand=GtmOwner` (pnp/pnpjs#2595: without the
 * expand only the id comes back). Graph writes `GtmOwnerLookupId` (multi: `Collection(Edm.Int32)`)
 * and reads only the id, which the Graph store resolves through the User Information List.
 */

type Json = Record<string, unknown>;

const isLookup = (field: FieldSchema): boolean => field.type === 'lookup';
const isPerson = (field: FieldSchema): boolean => field.type === 'person';
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

/** `$select` for SharePoint REST: Id, Title and every declared column (a person's Id, Title and EMail). */
export function spSelect(list: ListSchema): string[] {
  return [
    'Id',
    'Title',
    // The built-in creation instant: the Risk Register tells a brand-new risk from an overdue one by it.
    'Created',
    ...list.fields.flatMap((f) => (isPerson(f) ? [`${f.name}/Id`, `${f.name}/Title`, `${f.name}/EMail`] : [isLookup(f) ? `${f.name}Id` : f.name])),
  ];
}

/** `$expand` for SharePoint REST: the person columns (their projections are selected by `spSelect`). */
export function spExpand(list: ListSchema): string[] {
  return list.fields.filter(isPerson).map((f) => f.name);
}

/** `fields(select=…)` for Graph: Title and every declared column (a single person by its LookupId). */
export function graphSelect(list: ListSchema): string[] {
  return ['Title', ...list.fields.map((f) => (isLookup(f) || (isPerson(f) && f.multi !== true) ? `${f.name}LookupId` : f.name))];
}

/** A person value's site-user id, which a store resolves (`withPersonIds`) before it writes. */
function personIdOf(list: ListSchema, name: string, value: unknown): number {
  if (isPersonValue(value) && typeof value.id === 'number') return value.id;
  throw new Error(`${list.title} / ${name}: a person must be resolved to a site-user id before writing (withPersonIds)`);
}

/** A person column's value as an id, ids (multi) or null. */
function personIds(list: ListSchema, name: string, value: unknown): number | number[] | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.map((v: unknown) => personIdOf(list, name, v)) : personIdOf(list, name, value);
}

export function toSpBody(list: ListSchema, values: RowValues, timeZone = 'UTC'): Json {
  const body: Json = {};
  for (const [name, value] of Object.entries(values)) {
    const field = declared(list, name);
    if (field !== 'Title' && isLookup(field)) body[`${name}Id`] = value;
    else if (field !== 'Title' && isPerson(field)) body[`${name}Id`] = field.multi === true ? (personIds(list, name, value) ?? []) : personIds(list, name, value);
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
    } else if (field !== 'Title' && isPerson(field)) {
      const ids = personIds(list, name, value);
      if (field.multi === true) {
        // Microsoft's listItem update example: "AuthorsLookupId@odata.type": "Collection(Edm.Int32)".
        fields[`${name}LookupId@odata.type`] = 'Collection(Edm.Int32)';
        fields[`${name}LookupId`] = ids ?? [];
      } else {
        fields[`${name}LookupId`] = ids === null ? null : String(ids);
      }
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

/** An expanded SharePoint user (`{ Id, Title, EMail }`) as a PersonValue; anything else is kept for zod to report. */
function personFromSp(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const user = value as Json;
  const id = Number(user['Id']);
  if (!Number.isInteger(id) || id < 1) return null;
  const email = typeof user['EMail'] === 'string' ? user['EMail'] : '';
  const title = typeof user['Title'] === 'string' ? user['Title'] : '';
  return { id, email, ...(title !== '' ? { displayName: title } : {}) } satisfies PersonValue;
}

function fromSpPerson(field: FieldSchema, raw: unknown): unknown {
  const value = raw === undefined ? null : unwrapResults(raw);
  if (field.multi === true) return Array.isArray(value) ? value.map(personFromSp).filter((p) => p !== null) : value === null ? [] : value;
  return value === null ? null : personFromSp(value);
}

export function fromSpItem(list: ListSchema, item: Json, timeZone = 'UTC'): ListRow {
  const metadata = item['__metadata'];
  const etag = item['odata.etag'] ?? (typeof metadata === 'object' && metadata !== null ? (metadata as Json)['etag'] : undefined);
  const values: Record<string, unknown> = { Title: item['Title'] ?? null };
  for (const field of list.fields) {
    if (isPerson(field)) {
      values[field.name] = fromSpPerson(field, item[field.name]);
      continue;
    }
    const raw = isLookup(field) ? item[`${field.name}Id`] : item[field.name];
    const value = raw === undefined ? null : unwrapResults(raw);
    values[field.name] = isDateOnly(field) ? wireToDay(value, timeZone) : value;
  }
  // Created is an instant (SP.ListItem `Created`, UTC on the wire); the row holds its calendar day in the site's zone.
  if (item['Created'] !== undefined) values['Created'] = wireToDay(item['Created'], timeZone);
  return { id: Number(item['Id'] ?? item['ID']), etag: text(etag), values };
}

/**
 * The site-user ids a Graph item's person columns hold: a single person as `GtmOwnerLookupId`
 * ("7"), several as `GtmAttendees: [{ LookupId: 7, LookupValue: "Ana" }]`.
 */
export function graphPersonIds(list: ListSchema, item: Json): number[] {
  const fields = asFields(item);
  const ids: number[] = [];
  for (const field of list.fields.filter(isPerson)) {
    if (field.multi === true) {
      const entries = fields[field.name];
      if (Array.isArray(entries)) for (const e of entries) ids.push(Number((e as Json)['LookupId']));
    } else {
      const id = asNumber(fields[`${field.name}LookupId`]);
      if (typeof id === 'number') ids.push(id);
    }
  }
  return ids.filter((id) => Number.isInteger(id) && id > 0);
}

function asFields(item: Json): Json {
  const rawFields = item['fields'];
  return typeof rawFields === 'object' && rawFields !== null ? (rawFields as Json) : {};
}

/**
 * @param personOf the person a site-user id names (the Graph store's User Information List); an id
 *   it does not know reads as `{ id, email: '' }`, which the row mappers report.
 */
export function fromGraphItem(list: ListSchema, item: Json, timeZone = 'UTC', personOf: (id: number) => PersonValue | undefined = () => undefined): ListRow {
  const fields = asFields(item);
  const values: Record<string, unknown> = { Title: fields['Title'] ?? null };
  const person = (id: number): PersonValue => personOf(id) ?? { id, email: '' };
  for (const field of list.fields) {
    if (isPerson(field)) {
      if (field.multi === true) {
        const entries = fields[field.name];
        values[field.name] = Array.isArray(entries) ? entries.map((e) => person(Number((e as Json)['LookupId']))) : [];
      } else {
        const id = asNumber(fields[`${field.name}LookupId`]);
        values[field.name] = typeof id === 'number' ? person(id) : null;
      }
      continue;
    }
    const raw = isLookup(field) ? asNumber(fields[`${field.name}LookupId`]) : fields[field.name];
    const value = raw === undefined ? null : raw;
    values[field.name] = isDateOnly(field) ? wireToDay(value, timeZone) : value;
  }
  // Graph's listItem carries the creation instant as `createdDateTime` beside `fields`
  // (https://learn.microsoft.com/graph/api/resources/listitem): the same calendar day as SharePoint's Created.
  if (item['createdDateTime'] !== undefined) values['Created'] = wireToDay(item['createdDateTime'], timeZone);
  return { id: Number(item['id']), etag: text(item['@odata.etag'] ?? item['eTag']), values };
}
