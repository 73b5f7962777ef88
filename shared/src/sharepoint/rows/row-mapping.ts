import { z } from 'zod';
import type { ListRow, RowValues } from '../store/list-store';
import type { PersonValue } from '../store/site-people';

/** A list row mapped to a domain object, or the field errors that stopped it. */
export type MapResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** `path: message` per zod issue, e.g. `GtmResidualImpact: Invalid input: expected number, received null`. */
export function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(row)'}: ${issue.message}`);
}

/**
 * Two steps, both validated with zod: the raw values against the list's row schema (types as
 * SharePoint stores them; errors name the column), then the built object against the domain schema
 * (business rules; errors name the domain field).
 */
export function mapRow<Row, T>(
  row: ListRow,
  rowSchema: z.ZodType<Row>,
  build: (raw: Row, id: string) => unknown,
  entitySchema: z.ZodType<T>,
): MapResult<T> {
  const raw = rowSchema.safeParse(row.values);
  if (!raw.success) return { ok: false, errors: issuesOf(raw.error) };
  const entity = entitySchema.safeParse(build(raw.data, String(row.id)));
  return entity.success ? { ok: true, value: entity.data } : { ok: false, errors: issuesOf(entity.error) };
}

// ---- column readers (zod), shared by the row schemas ----

export const text = z.string();
export const optText = z.string().nullable();
export const num = z.number();
export const optNum = z.number().nullable();
export const lookupId = z.number().int().positive();

/**
 * A date-only column read as the domain's day: the adapters hand rows `2025-03-03` (already in the
 * site's zone); a memory store may hold either form, so only the date part is kept.
 */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date')
  .transform((value) => value.slice(0, 10));
export const optDay = day.nullable();

/** A note holding JSON: parsed, or an issue on that column when it is not JSON. */
export const jsonNote = z
  .string()
  .nullable()
  .transform((value, ctx): unknown => {
    if (value === null || value.trim() === '') return null;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  });

// ---- writers ----

/**
 * The day a domain object holds, as a row holds a date-only value: the calendar date itself. The
 * ListStore adapters turn it into the site-local midnight SharePoint stores (`store/row-values.ts`).
 * @example toRowDay('2026-03-15') // '2026-03-15' (in Auckland it goes out as 2026-03-14T11:00:00Z)
 */
export function toRowDay(value: string): string;
export function toRowDay(value: string | null | undefined): string | null;
export function toRowDay(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : value.slice(0, 10);
}

/** A domain id as a lookup value: the target's item id; anything else is a programming error. */
export function toLookupId(id: string, what: string): number {
  const parsed = Number(id);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${what} must be a list item id, not ${JSON.stringify(id)}`);
  return parsed;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Looks a label up by its slug (write) or a slug by its label (read; unknown labels pass through for zod to report). */
export function labelOf<S extends string>(labels: Readonly<Record<S, string>>, slug: S): string {
  return labels[slug];
}
export function slugOf<S extends string>(labels: Readonly<Record<S, string>>, label: string): S | string {
  const found = (Object.keys(labels) as S[]).find((slug) => labels[slug] === label);
  return found ?? label;
}

/**
 * A Person column as the ListStores hand it over: the site user's e-mail, name and id
 * (`store/site-people.ts`). `null` when the column is empty.
 */
export const person = z.object({ email: z.string(), displayName: z.string().optional(), id: z.number().int().optional() });
export const optPerson = person.nullable();

/**
 * A Person column's value as the domain's Person (`{ email, displayName }`): the site-user id stays
 * in the data layer.
 * @example personOf({ email: 'ana@contoso.com', displayName: 'Ana', id: 7 }) // { email: 'ana@contoso.com', displayName: 'Ana' }
 */
export function personOf(value: z.infer<typeof optPerson>): { email: string; displayName?: string } | null {
  if (value === null || value.email.trim() === '') return null;
  return value.displayName !== undefined && value.displayName.trim() !== '' ? { email: value.email, displayName: value.displayName } : { email: value.email };
}

/** A domain Person as a Person column's value: the stores resolve the e-mail to the site user's id. */
export function personValue(p: { email: string; displayName?: string | undefined } | null | undefined): PersonValue | null {
  if (p === null || p === undefined) return null;
  return p.displayName !== undefined ? { email: p.email, displayName: p.displayName } : { email: p.email };
}

/** Two text columns (`<prefix>Email`, `<prefix>Name`) read as a domain Person: for who recorded a KPI actual. */
export function personFrom(email: string | null, name: string | null): { email: string; displayName?: string } | null {
  if (email === null || email.trim() === '') return null;
  return name !== null && name.trim() !== '' ? { email, displayName: name } : { email };
}

export function personValues(prefix: string, p: { email: string; displayName?: string | undefined } | null | undefined): RowValues {
  return { [`${prefix}Email`]: p?.email ?? null, [`${prefix}Name`]: p?.displayName ?? null };
}
