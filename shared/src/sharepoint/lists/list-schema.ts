/**
 * A SharePoint list declared once, as data (ARCHITECTURE.md "One list schema, three uses"):
 * the same declaration drives provisioning, `$select` and the row <-> domain mapping.
 */
import { PERSON_TEXT_LIMITS } from '../../domain/common/person';
import { MULTIPLE_LINES_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from '../../domain/common/text-limit';

/** The field types the GTM lists use, with the SharePoint FieldTypeKind each maps to. */
export const FIELD_TYPE_KINDS = {
  text: 2,
  note: 3,
  number: 9,
  currency: 10,
  choice: 6,
  'multi-choice': 15,
  date: 4,
  person: 20,
  lookup: 7,
  boolean: 8,
} as const;
export type FieldType = keyof typeof FIELD_TYPE_KINDS;

/**
 * One field. `name` is the internal name and always starts with `Gtm` so GTM columns never clash
 * with SharePoint's own (Title, Modified, Author…).
 *
 * Values on the wire (the `ListRow` of a `ListStore`):
 * - text, note, choice: string (a `note` holding structured data is JSON — see `json`);
 * - number, currency: number; boolean: boolean;
 * - date: a calendar date (`2025-03-03`); with `includesTime`, an ISO 8601 instant (`2025-03-03T09:30:00Z`).
 *   On the wire a date-only value is the date's midnight in the site's zone, in UTC: the adapters
 *   convert (see `store/row-values.ts`, `site/time-zones.ts`);
 * - multi-choice: string[];
 * - lookup: the target item's numeric id (SharePoint REST `GtmXxxId`, Graph `GtmXxxLookupId`);
 * - person: a `PersonValue` (`{ email, displayName, id }`; `multi`: an array of them). The adapters
 *   write the site-user id SharePoint stores (`GtmXxxId` after `web/ensureuser`, Graph
 *   `GtmXxxLookupId`) and read the person back (`$expand`, Graph via the User Information List).
 */
export interface FieldSchema {
  readonly name: `Gtm${string}`;
  readonly displayName: string;
  readonly type: FieldType;
  readonly required?: boolean;
  /** Indexed columns may be filtered and sorted on when the list holds more than 5,000 items. */
  readonly indexed?: boolean;
  /** Choices of a `choice` or `multi-choice` field, in display order. */
  readonly choices?: readonly string[];
  /** A `person` field that keeps a set of people (SharePoint `UserMulti`), e.g. a review's attendees. */
  readonly multi?: boolean;
  /**
   * A `multi` person field whose people are also kept elsewhere in the item (a review's attendees
   * are in its JSON note too, guests included): a person the site cannot take (not a site user over
   * Graph, not in the directory) is left out of this column instead of failing the whole write.
   */
  readonly skipUnknownPeople?: boolean;
  /** The title of the list a `lookup` field points at (its Title column is shown). */
  readonly lookupList?: string;
  /** The default value SharePoint fills in on new items. */
  readonly defaultValue?: string;
  /** A `note` that holds JSON (history, audit, snapshots): documented, never shown as rich text. */
  readonly json?: boolean;
  /**
   * A `date` that keeps the time of day (an instant, e.g. a touchpoint's `2025-03-03T09:30:00Z`,
   * to the second as SharePoint stores it). Dates are date-only otherwise.
   */
  readonly includesTime?: boolean;
  /**
   * The most characters a `text` or `note` value may have: SharePoint refuses a longer one with
   * HTTP 400. A single line of text holds 255 (the default, and never more); a note 63,999 (the
   * default) or a smaller declared cap. Forms, zod and the CSV import all read it (`maxLengthOf`).
   */
  readonly maxLength?: number;
  readonly description?: string;
}

export interface ViewSchema {
  readonly name: string;
  /** Internal names shown, in order (may include `Title`). */
  readonly fields: readonly string[];
  /** CAML `<Where>`/`<OrderBy>` body, e.g. `<OrderBy><FieldRef Name="GtmDueDate" /></OrderBy>`. */
  readonly query?: string;
  readonly rowLimit?: number;
  readonly isDefault?: boolean;
}

export interface ListSchema {
  readonly title: string;
  readonly description: string;
  /** The list's url segment under `Lists/` (e.g. `GtmRisks`). */
  readonly urlName: string;
  /** What the built-in Title column means for this list. */
  readonly titleDisplayName?: string;
  readonly fields: readonly FieldSchema[];
  readonly views: readonly ViewSchema[];
}

/** The columns every list item has and a `ListStore` always reads. */
export const BUILT_IN_FIELDS = ['Id', 'Title', 'Created', 'Modified'] as const;
export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];

/** What a query needs to know about a column: its internal name, type and whether it is indexed. */
export interface QueryableField {
  readonly name: string;
  readonly type: FieldType;
  readonly indexed: boolean;
  /** A `date` without a time of day: compared as the site-local midnight of the date. */
  readonly dateOnly?: boolean;
}

/** A `date` column without a time of day: a calendar date, the site's local midnight on the wire. */
export function isDateOnlyField(field: Pick<FieldSchema, 'type' | 'includesTime'>): boolean {
  return field.type === 'date' && field.includesTime !== true;
}

/** True when the list has a date-only column, whose values need the site's zone. */
export function hasDateOnlyFields(list: ListSchema): boolean {
  return list.fields.some(isDateOnlyField);
}

/** Finds a column by internal name; built-in Id/Title/Created/Modified are known too. */
export function fieldOf(list: ListSchema, name: string): QueryableField | undefined {
  const declared = list.fields.find((f) => f.name === name);
  if (declared) {
    const dateOnly = isDateOnlyField(declared);
    return { name: declared.name, type: declared.type, indexed: declared.indexed === true, ...(dateOnly ? { dateOnly } : {}) };
  }
  switch (name) {
    case 'Title':
      return { name, type: 'text', indexed: false };
    case 'Id':
      return { name, type: 'number', indexed: true };
    case 'Created':
    case 'Modified':
      return { name, type: 'date', indexed: true };
    default:
      return undefined;
  }
}

/**
 * The most characters a column holds, or undefined for columns that are not text.
 * @example maxLengthOf({ name: 'GtmDomain', displayName: 'Domain', type: 'text', maxLength: 253 }) // 253
 * @example maxLengthOf({ name: 'GtmChannel', displayName: 'Channel', type: 'text' })  // 255 (a single line of text)
 * @example maxLengthOf({ name: 'GtmNotes', displayName: 'Notes', type: 'note' })      // 63999 (multiple lines of text)
 */
export function maxLengthOf(field: Pick<FieldSchema, 'type' | 'maxLength'>): number | undefined {
  if (field.type === 'text') return field.maxLength ?? SINGLE_LINE_TEXT_MAX;
  if (field.type === 'note') return field.maxLength ?? MULTIPLE_LINES_TEXT_MAX;
  return undefined;
}

/**
 * The most characters a list's column holds by internal name; the built-in Title is a single line
 * of text (255). Undefined for columns that are not text, or not on the list.
 * @example columnMaxLength(RISK_REGISTER_LIST, 'Title')          // 255
 * @example columnMaxLength(RISK_REGISTER_LIST, 'GtmDescription') // 4000
 */
export function columnMaxLength(list: ListSchema, name: string): number | undefined {
  if (name === 'Title') return SINGLE_LINE_TEXT_MAX;
  const field = list.fields.find((f) => f.name === name);
  return field === undefined ? undefined : maxLengthOf(field);
}

/** The internal names a read selects: the built-in ones plus every declared field. */
export function selectedFieldNames(list: ListSchema): string[] {
  return ['Title', ...list.fields.map((f) => f.name)];
}

/** Checks a declaration: Gtm prefixes, unique names, choices on choice fields, views name real fields. */
export function checkListSchema(list: ListSchema): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const field of list.fields) {
    if (!/^Gtm[A-Z][A-Za-z0-9]*$/.test(field.name)) problems.push(`${field.name}: internal names are Gtm + PascalCase`);
    if (seen.has(field.name)) problems.push(`${field.name}: declared twice`);
    seen.add(field.name);
    const isChoice = field.type === 'choice' || field.type === 'multi-choice';
    if (isChoice && (field.choices ?? []).length === 0) problems.push(`${field.name}: a choice field needs choices`);
    if (!isChoice && field.choices) problems.push(`${field.name}: only choice fields have choices`);
    if ((field.type === 'lookup') !== (field.lookupList !== undefined)) {
      problems.push(`${field.name}: a lookup field, and only a lookup field, names its lookupList`);
    }
    if (field.json && field.type !== 'note') problems.push(`${field.name}: JSON lives in note fields`);
    if (field.includesTime && field.type !== 'date') problems.push(`${field.name}: only date fields include a time`);
    if (field.multi && field.type !== 'person') problems.push(`${field.name}: only person fields keep several values here`);
    problems.push(...maxLengthProblems(field));
  }
  for (const view of list.views) {
    for (const name of view.fields) {
      if (name !== 'Title' && name !== 'ID' && !seen.has(name)) problems.push(`view ${view.name}: unknown field ${name}`);
    }
  }
  return problems;
}

/** A `maxLength` SharePoint would refuse or ignore: above the type's cap, not a whole number, on a non-text field. */
function maxLengthProblems(field: FieldSchema): string[] {
  const { maxLength } = field;
  if (maxLength === undefined) return [];
  if (field.type !== 'text' && field.type !== 'note') return [`${field.name}: only text and note fields have a maxLength`];
  const cap = field.type === 'text' ? SINGLE_LINE_TEXT_MAX : MULTIPLE_LINES_TEXT_MAX;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > cap) {
    const kind = field.type === 'text' ? 'a single line of text holds at most 255' : 'a note holds at most 63,999';
    return [`${field.name}: maxLength ${maxLength} is not a whole number from 1 to ${cap} (${kind} characters); lower it or make the field a note`];
  }
  return [];
}

/**
 * An owner as a SharePoint Person column (`Type="User"`, people only): the item stores the site
 * user's id, so owners are real directory users with a people card, `[Me]` views and flows work,
 * and a typo cannot become an owner. The ListStores resolve e-mail ↔ id (`store/site-people.ts`).
 * @example personField('GtmOwner', 'Owner', { required: true, indexed: true })
 *   // { name: 'GtmOwner', displayName: 'Owner', type: 'person', required: true, indexed: true }
 */
export function personField(name: `Gtm${string}`, displayName: string, options: { required?: boolean; indexed?: boolean } = {}): FieldSchema {
  return { name, displayName, type: 'person', required: options.required === true, indexed: options.indexed === true };
}

/**
 * The CAML condition "this Person column is the signed-in user" — what the list view filter
 * `[Me]` saves as: `<UserID Type="Integer" />` stands for the current user's site-user id.
 * @example meCaml('GtmOwner')
 *   // '<Eq><FieldRef Name="GtmOwner" LookupId="TRUE" /><Value Type="Integer"><UserID Type="Integer" /></Value></Eq>'
 */
export function meCaml(name: `Gtm${string}`): string {
  return `<Eq><FieldRef Name="${name}" LookupId="TRUE" /><Value Type="Integer"><UserID Type="Integer" /></Value></Eq>`;
}

/**
 * Where a Person column's owner was kept before: two text columns, `<Name>Email` and `<Name>Name`
 * (lists provisioned before Person columns). `gtm provision` / `npm start` move the values across
 * (`provision/fill-person-columns.ts`) and leave the old columns until `--drop-legacy`.
 */
export interface LegacyPersonColumns {
  readonly person: `Gtm${string}`;
  readonly email: `Gtm${string}`;
  readonly name?: `Gtm${string}`;
}

/** The legacy text columns of each Person column of a list: `GtmOwner` was `GtmOwnerEmail` + `GtmOwnerName`. */
export function legacyPersonColumnsOf(list: ListSchema): LegacyPersonColumns[] {
  return list.fields
    .filter((f) => f.type === 'person' && f.multi !== true)
    .map((f) => ({ person: f.name, email: `${f.name}Email` as const, name: `${f.name}Name` as const }));
}

/**
 * A person as two text columns: `<prefix>Email` (the identity, indexed when asked) and
 * `<prefix>Name` — for a person who need not be a user of the site (who recorded a KPI actual, from
 * any surface), and the shape owners had before they became Person columns.
 */
export function personColumns(
  prefix: `Gtm${string}`,
  displayName: string,
  options: { required?: boolean; indexed?: boolean } = {},
): FieldSchema[] {
  return [
    {
      name: `${prefix}Email`,
      displayName: `${displayName} (e-mail)`,
      type: 'text',
      required: options.required === true,
      indexed: options.indexed === true,
      maxLength: PERSON_TEXT_LIMITS.email,
    },
    { name: `${prefix}Name`, displayName, type: 'text', maxLength: PERSON_TEXT_LIMITS.displayName },
  ];
}
