import type { ListSchema, QueryableField } from '../lists/list-schema';
import { fieldOf } from '../lists/list-schema';
import { localMidnightUtc } from '../site/time-zones';
import type { Condition, ListQuery, QueryValue, Where } from './list-query';
import { QueryError } from './list-query';

/**
 * The site's zone (IANA, default UTC): a calendar date compared with a date-only column means that
 * date's local midnight, as SharePoint stores it (`2025-03-03` in Auckland → `2025-03-02T11:00:00Z`).
 */
export interface CompileOptions {
  timeZone?: string;
}

/** The OData a query compiles to; `top` is always set. */
export interface CompiledQuery {
  filter?: string;
  orderBy?: string;
  top: number;
  /** Columns filtered or sorted on that are not indexed (fail on a list over 5,000 items). */
  nonIndexed: string[];
}

export const MAX_PAGE_SIZE = 5000;

type Dialect = 'sp' | 'graph';

/** A string literal with every single quote doubled: `O'Brien` → `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * SharePoint REST: `$filter=GtmStatus eq 'Open' and GtmDueDate lt datetime'2025-03-03T00:00:00.000Z'`.
 * Lookup columns compare their id (`GtmKpiId eq 3`).
 * @example compileSpQuery(RISKS, { where: [{ field: 'Title', op: 'eq', value: "O'Brien" }] }).filter
 *   // "Title eq 'O''Brien'"
 */
export function compileSpQuery(list: ListSchema, query: ListQuery = {}, options: CompileOptions = {}): CompiledQuery {
  return compile(list, query, 'sp', options.timeZone ?? 'UTC');
}

/** Graph lists API: the same query over `fields/…` (`fields/GtmKpiLookupId eq 3`), dates as ISO literals. */
export function compileGraphQuery(list: ListSchema, query: ListQuery = {}, options: CompileOptions = {}): CompiledQuery {
  return compile(list, query, 'graph', options.timeZone ?? 'UTC');
}

function compile(list: ListSchema, query: ListQuery, dialect: Dialect, timeZone: string): CompiledQuery {
  const nonIndexed = new Set<string>();
  const resolve = (name: string): QueryableField => {
    const field = fieldOf(list, name);
    if (!field) throw new QueryError(`${list.title} has no field ${JSON.stringify(name)}`);
    if (!field.indexed) nonIndexed.add(field.name);
    return field;
  };
  const where = query.where ?? [];
  const filter = where.length > 0 ? where.map((w) => whereToOData(w, resolve, dialect, timeZone, false)).join(' and ') : undefined;
  const orderBy =
    (query.orderBy ?? []).length > 0
      ? (query.orderBy ?? []).map((o) => `${columnRef(resolve(o.field), dialect)} ${o.descending ? 'desc' : 'asc'}`).join(',')
      : undefined;
  const top = query.top ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    throw new QueryError(`top must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${String(top)}`);
  }
  return {
    ...(filter !== undefined ? { filter } : {}),
    ...(orderBy !== undefined ? { orderBy } : {}),
    top,
    nonIndexed: [...nonIndexed],
  };
}

function whereToOData(
  where: Where,
  resolve: (name: string) => QueryableField,
  dialect: Dialect,
  timeZone: string,
  nested: boolean,
): string {
  if ('and' in where || 'or' in where) {
    const [joiner, parts] = 'and' in where ? (['and', where.and] as const) : (['or', where.or] as const);
    if (parts.length === 0) throw new QueryError(`an empty "${joiner}" group matches nothing sensible`);
    const text = parts.map((p) => whereToOData(p, resolve, dialect, timeZone, true)).join(` ${joiner} `);
    return parts.length > 1 || nested ? `(${text})` : text;
  }
  return conditionToOData(where, resolve(where.field), dialect, timeZone);
}

function conditionToOData(condition: Condition, field: QueryableField, dialect: Dialect, timeZone: string): string {
  const column = columnRef(field, dialect);
  switch (condition.op) {
    case 'null':
      return `${column} eq null`;
    case 'notnull':
      return `${column} ne null`;
    case 'startswith':
      return `startswith(${column},${textLiteral(field, condition.value)})`;
    case 'substringof':
      return dialect === 'sp'
        ? `substringof(${textLiteral(field, condition.value)},${column})`
        : `contains(${column},${textLiteral(field, condition.value)})`;
    default:
      return `${column} ${condition.op} ${literal(field, condition.value, dialect, timeZone)}`;
  }
}

/** The column as each API names it: lookups/persons by their id column. */
function columnRef(field: QueryableField, dialect: Dialect): string {
  const isLookup = field.type === 'lookup' || field.type === 'person';
  if (dialect === 'sp') return isLookup ? `${field.name}Id` : field.name;
  if (field.name === 'Id') return 'id';
  return `fields/${isLookup ? `${field.name}LookupId` : field.name}`;
}

function textLiteral(field: QueryableField, value: unknown): string {
  if (!['text', 'note', 'choice', 'multi-choice'].includes(field.type)) {
    throw new QueryError(`${field.name} is a ${field.type} field: startswith/substringof need text`);
  }
  if (typeof value !== 'string') throw new QueryError(`${field.name} compares with text, not ${typeof value}`);
  return odataString(value);
}

function literal(field: QueryableField, value: QueryValue, dialect: Dialect, timeZone: string): string {
  switch (field.type) {
    case 'text':
    case 'note':
    case 'choice':
    case 'multi-choice':
      if (typeof value !== 'string') throw new QueryError(`${field.name} compares with text, not ${describe(value)}`);
      return odataString(value);
    case 'number':
    case 'currency':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new QueryError(`${field.name} compares with a finite number, not ${describe(value)}`);
      }
      return String(value);
    case 'lookup':
    case 'person':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        throw new QueryError(`${field.name} compares with an item id (a whole number ≥ 1), not ${describe(value)}`);
      }
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new QueryError(`${field.name} compares with true or false, not ${describe(value)}`);
      return dialect === 'sp' ? (value ? '1' : '0') : String(value);
    case 'date': {
      const iso =
        field.dateOnly === true && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? new Date(localMidnightUtc(isoInstant(field.name, value).slice(0, 10), timeZone)).toISOString()
          : isoInstant(field.name, value);
      return dialect === 'sp' ? `datetime${odataString(iso)}` : iso;
    }
  }
}

/** `2025-03-03` or a Date → `2025-03-03T00:00:00.000Z`; anything else is refused, never passed through. */
function isoInstant(name: string, value: QueryValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new QueryError(`${name} compares with a valid date, not an invalid Date`);
    return value.toISOString();
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    // JavaScript rolls 2025-02-30 over to 2 March; a day that does not exist is refused instead.
    const sameDay = value.includes('T') && !value.endsWith('Z') ? true : parsed.toISOString().startsWith(value.slice(0, 10));
    if (!Number.isNaN(parsed.getTime()) && sameDay) return parsed.toISOString();
  }
  throw new QueryError(`${name} compares with a date (Date or ISO 8601 text), not ${describe(value)}`);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : typeof value;
}
