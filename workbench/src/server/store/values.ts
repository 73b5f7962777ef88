/**
 * Turns request bodies into stored field values, for both flavours of the same list:
 * SharePoint REST (`GtmOwnerId: 5`, `GtmTags: { results: [...] }`) and Graph (`GtmOwnerLookupId: "5"`).
 */
import { coerceDate } from './date-values';
import { type FieldDef, type StoredValue, StoreError, isoSeconds } from './types';

export type Flavor = 'sp' | 'graph';

/** Properties SharePoint computes itself: silently ignored on write. */
const READ_ONLY = new Set(['id', 'created', 'modified', 'authorid', 'editorid', 'author', 'editor', 'guid', 'contenttype', 'attachments']);

function badValue(field: FieldDef, value: unknown): StoreError {
  return new StoreError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `A value of type '${typeof value}' (${JSON.stringify(value)}) cannot be converted for the field '${field.internalName}' of type '${field.type}'.`,
  );
}

/** A single line of text (and the built-in Title) holds at most 255 characters. */
export const MAX_TEXT_LENGTH = 255;

/**
 * SharePoint refuses a value longer than a Text column's MaxLength (255) and names no field: the
 * tenant's text is "Invalid text value. A text field contains invalid data. Please check the value and
 * try again." (red-gate.com "SharePoint's way of saying your string is too long"; code -2130575336 in
 * reports of SharePoint Online). Tenants are reported to answer it with HTTP 500; the workbench answers
 * 400 as issue 10 asks — either way it is no transient failure, so clients must not retry it.
 * The workbench adds which field and how long, after SharePoint's sentence.
 */
function textTooLong(field: FieldDef, value: string): StoreError {
  return new StoreError(
    400,
    '-2130575336, Microsoft.SharePoint.SPException',
    `Invalid text value.\n\nA text field contains invalid data. Please check the value and try again. (The field '${field.internalName}' holds at most ${MAX_TEXT_LENGTH} characters; this value has ${value.length}.)`,
    'invalidRequest',
  );
}

/**
 * Tells whether a site user (an item of the User Information List, the `users` table) has this id:
 * a person field stores only that id, so a write naming any other id is refused.
 */
export type UserExists = (id: number) => boolean;

/**
 * SharePoint refuses a person value whose id is no site user with SPException "The user does not exist
 * or is not unique." (the message SharePoint gives when a person value does not resolve to one site
 * user: c-sharpcorner.com "The User Does Not Exist or is Not Unique", Microsoft's SPJr blog "Quick
 * Edit – The user does not exist or is not unique"); Graph passes SharePoint's text on as
 * `invalidRequest`. 400: it is the caller's value, not a transient failure. The workbench adds the id.
 */
function userNotFoundForField(field: FieldDef, id: number): StoreError {
  return new StoreError(
    400,
    '-2146232832, Microsoft.SharePoint.SPException',
    `The user does not exist or is not unique. (No site user has the id ${id} given for the field '${field.internalName}': add them with web/ensureuser first.)`,
    'invalidRequest',
  );
}

/** A lookup or person id from the body; a person's (positive) id must be a site user's. */
function idValue(field: FieldDef, value: unknown, userExists: UserExists | undefined): number {
  const n = toNumber(field, value);
  if (n > 0 && field.type === 'person' && userExists && !userExists(n)) throw userNotFoundForField(field, n);
  return n;
}

function unknownProperty(name: string, entity: string): StoreError {
  return new StoreError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${name}' does not exist on type '${entity}'. Make sure to only use property names that are defined by the type.`,
  );
}

function asArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object' && 'results' in value && Array.isArray((value as { results: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

function toNumber(field: FieldDef, value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw badValue(field, value);
  return n;
}

export function normalizeDate(value: string): string | undefined {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : isoSeconds(new Date(ms));
}

/**
 * @param timeZone the site's zone (IANA): values without an offset are local to it (date-values.ts).
 * @param userExists when given, a person field's ids must be site users (else SharePoint's 400).
 */
export function coerceValue(field: FieldDef, value: unknown, timeZone = 'UTC', userExists?: UserExists): StoredValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'text':
      if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) throw textTooLong(field, value);
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw badValue(field, value);
    case 'note':
    case 'choice':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw badValue(field, value);
    case 'number':
    case 'currency':
    case 'counter':
      return toNumber(field, value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 1 || value === '1' || value === 'true' || value === 'True') return true;
      if (value === 0 || value === '0' || value === 'false' || value === 'False') return false;
      throw badValue(field, value);
    case 'date': {
      if (typeof value !== 'string') throw badValue(field, value);
      if (value === '') return null;
      return coerceDate(field, value, timeZone);
    }
    case 'multichoice': {
      const arr = asArray(value);
      if (!arr || !arr.every((v): v is string => typeof v === 'string')) throw badValue(field, value);
      return arr;
    }
    case 'lookup':
    case 'person': {
      if (field.multi) {
        const arr = asArray(value);
        if (!arr) throw badValue(field, value);
        return arr.map((v) => idValue(field, v, userExists));
      }
      const n = idValue(field, value, userExists);
      return n <= 0 ? null : n;
    }
  }
}

/**
 * Maps a request body onto stored values. Unknown properties fail as SharePoint fails them (400).
 * @param entity the item type name used in error messages (`SP.Data.GtmKpisListItem`).
 * @param timeZone the site's zone (`RouteContext.timeZone`): DateTime values are read in it.
 * @param userExists the site's users: person ids outside them are refused (`UserExists`).
 */
export function coerceBody(fields: FieldDef[], body: Record<string, unknown>, flavor: Flavor, entity: string, timeZone = 'UTC', userExists?: UserExists): Record<string, StoredValue> {
  const byName = new Map(fields.map((f) => [f.internalName.toLowerCase(), f]));
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.includes('@odata') || key.startsWith('@')) continue;
    const lower = key.toLowerCase();
    if (READ_ONLY.has(lower)) continue;
    let field = byName.get(lower);
    if (field && (field.type === 'lookup' || field.type === 'person')) {
      // SharePoint writes lookups and persons by id only: `GtmOwnerId`, never `GtmOwner`.
      throw unknownProperty(key, entity);
    }
    if (!field) {
      const suffix = flavor === 'sp' ? 'id' : 'lookupid';
      if (lower.endsWith(suffix)) {
        const base = byName.get(lower.slice(0, -suffix.length));
        if (base && (base.type === 'lookup' || base.type === 'person')) field = base;
      }
      if (!field && flavor === 'sp' && lower.endsWith('stringid')) {
        const base = byName.get(lower.slice(0, -'stringid'.length));
        if (base && base.type === 'person') field = base;
      }
    }
    if (!field || field.type === 'counter') throw unknownProperty(key, entity);
    out[field.internalName] = coerceValue(field, value, timeZone, userExists);
  }
  return out;
}
