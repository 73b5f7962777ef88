import type { FieldValue, RowValues } from '@gtm/shared';
import { isPersonValue } from '@gtm/shared';
import type { RowNote, RowProblem } from './problems';

/** An item already on the list, keyed by its natural key; `entity` null when it does not map (`errors` say why). */
export interface ExistingItem<T> {
  itemId: number;
  etag: string;
  entity: T | null;
  errors: readonly string[];
}

/** A valid row of the file: its line, natural key and what it says. */
export interface IncomingRow<In> {
  line: number;
  key: string;
  input: In;
}

/** What a row turns into: the entity to store (and notes for the user), or why it cannot land. */
export type Outcome<T> =
  | { ok: true; entity: T; notes?: readonly string[] }
  | { ok: false; field: string; value: string; message: string };

export interface PlanOptions<In, T> {
  /** A row with no item yet: the new entity. */
  create(input: In, line: number): Outcome<T>;
  /** A row matching an item: the entity it should become (only what the file owns changes). */
  merge(existing: T, input: In, line: number): Outcome<T>;
  /** The columns written, to compare: a row whose merged columns equal the stored ones is unchanged. */
  toRow(entity: T): RowValues;
  /** How the key is called in messages: `domain`, `deal id`, `journey, channel and time`. */
  keyName: string;
}

export interface ImportPlan<T> {
  add: { line: number; key: string; entity: T }[];
  update: { line: number; key: string; itemId: number; etag: string; entity: T }[];
  unchanged: number;
  problems: RowProblem[];
  notes: RowNote[];
}

/**
 * Compares the file with the list, by natural key: new keys are added, matching keys whose columns
 * differ are updated (with the item's ETag), the rest are unchanged — so importing the same file
 * twice writes nothing the second time. A key twice in the file keeps the first row and rejects the
 * others; a key whose item on the site does not map is rejected rather than duplicated.
 *
 * @example planImport(new Map([['hs-1', { itemId: 7, etag: '"1"', entity: deal, errors: [] }]]), [{ line: 2, key: 'hs-1', input: deal }], options)
 * // → { add: [], update: [], unchanged: 1, problems: [], notes: [] }
 */
export function planImport<In, T>(
  existing: ReadonlyMap<string, ExistingItem<T>>,
  incoming: readonly IncomingRow<In>[],
  options: PlanOptions<In, T>,
): ImportPlan<T> {
  const plan: ImportPlan<T> = { add: [], update: [], unchanged: 0, problems: [], notes: [] };
  const seen = new Map<string, number>();
  for (const row of incoming) {
    const first = seen.get(row.key);
    if (first !== undefined) {
      plan.problems.push({
        line: row.line,
        field: '(row)',
        value: row.key,
        message: `the same ${options.keyName} "${row.key}" as line ${first}; keep one row per ${options.keyName} (line ${first} was imported)`,
      });
      continue;
    }
    seen.set(row.key, row.line);
    const item = existing.get(row.key);
    if (item !== undefined && item.entity === null) {
      plan.problems.push({
        line: row.line,
        field: '(row)',
        value: row.key,
        message: `item ${item.itemId} on the site has ${options.keyName} "${row.key}" but is not valid (${item.errors.join('; ')}); fix it on the site, then import again`,
      });
      continue;
    }
    const outcome = item === undefined ? options.create(row.input, row.line) : options.merge(item.entity as T, row.input, row.line);
    if (!outcome.ok) {
      plan.problems.push({ line: row.line, field: outcome.field, value: outcome.value, message: outcome.message });
      continue;
    }
    for (const message of outcome.notes ?? []) plan.notes.push({ line: row.line, message });
    if (item === undefined) {
      plan.add.push({ line: row.line, key: row.key, entity: outcome.entity });
    } else if (sameRow(options.toRow(item.entity as T), options.toRow(outcome.entity))) {
      plan.unchanged++;
    } else {
      plan.update.push({ line: row.line, key: row.key, itemId: item.itemId, etag: item.etag, entity: outcome.entity });
    }
  }
  return plan;
}

/**
 * Equal columns, whatever their order. A Person column is the same person when the e-mails match
 * (ignoring case): the item stores the site user's id, and the name read back is the directory's,
 * so "bo@contoso.com" in the file and { email: "bo@contoso.com", displayName: "Bo Li" } on the site
 * need no update.
 */
export function sameRow(a: RowValues, b: RowValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (JSON.stringify(comparable(a[key])) !== JSON.stringify(comparable(b[key]))) return false;
  }
  return true;
}

function comparable(value: FieldValue | undefined): unknown {
  if (isPersonValue(value)) return { person: value.email.trim().toLowerCase() };
  if (Array.isArray(value)) return value.map((v: unknown) => (isPersonValue(v) ? { person: v.email.trim().toLowerCase() } : v));
  return value ?? null;
}
