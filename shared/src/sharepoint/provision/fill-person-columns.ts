/**
 * Upgrading a list from owners kept as two text columns (`GtmOwnerEmail`, `GtmOwnerName`, the
 * schema before Person columns) to a Person column (`GtmOwner`): each item's e-mail is resolved to a
 * directory user and written to the Person column; the text columns are left as they are (dropping
 * them is a separate, explicit step). Safe to run again: items whose Person column is set are left
 * alone, so a run that stopped half-way completes.
 */
import type { FieldSchema, LegacyPersonColumns, ListSchema } from '../lists/list-schema';
import type { ListStore, RowChange, WriteResult } from '../store/list-store';
import { readAllRows } from '../store/list-store';
import { PersonNotFoundError } from '../store/site-people';

/** An owner the upgrade could not move: which list, item and column, the e-mail, and why. */
export interface UnresolvedOwner {
  readonly list: string;
  readonly itemId: number;
  readonly column: string;
  readonly email: string;
  readonly reason: string;
}

/** What an upgrade of one list did: every item with a legacy owner is counted in exactly one of filled, alreadySet, unresolved. */
export interface PersonColumnsUpgrade {
  readonly list: string;
  readonly items: number;
  /** Person values written by this run. */
  readonly filled: number;
  /** Person values that were set already (by an earlier run, or by a user since). */
  readonly alreadySet: number;
  /** Legacy columns that were empty: nothing to move. */
  readonly empty: number;
  readonly unresolved: readonly UnresolvedOwner[];
}

/** The list as it is during the upgrade: its declared columns plus the legacy text columns. */
function withLegacyColumns(list: ListSchema, legacy: readonly LegacyPersonColumns[]): ListSchema {
  const declared = new Set(list.fields.map((f) => f.name));
  const extra: FieldSchema[] = legacy
    .flatMap((l) => [l.email, ...(l.name ? [l.name] : [])])
    .filter((name) => !declared.has(name))
    .map((name) => ({ name, displayName: name, type: 'text' }));
  return { ...list, fields: [...list.fields, ...extra] };
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Moves the owners of `list` from its legacy text columns into its Person columns, in batches.
 * @example await fillPersonColumns(store, RISK_REGISTER_LIST, [{ person: 'GtmOwner', email: 'GtmOwnerEmail', name: 'GtmOwnerName' }])
 *   // { list: 'Risk Register', items: 12, filled: 11, alreadySet: 0, empty: 0,
 *   //   unresolved: [{ list: 'Risk Register', itemId: 7, column: 'GtmOwner', email: 'j.doe@old.example', reason: '… not a person in your organisation's directory …' }] }
 */
export async function fillPersonColumns(store: ListStore, list: ListSchema, legacy: readonly LegacyPersonColumns[]): Promise<PersonColumnsUpgrade> {
  const reading = withLegacyColumns(list, legacy);
  const rows = await readAllRows(store, reading);
  let alreadySet = 0;
  let empty = 0;
  const changes: { change: RowChange; moves: { column: string; email: string }[] }[] = [];
  for (const row of rows) {
    const values: Record<string, { email: string; displayName?: string }> = {};
    const moves: { column: string; email: string }[] = [];
    for (const columns of legacy) {
      const email = text(row.values[columns.email]);
      if (row.values[columns.person] !== null && row.values[columns.person] !== undefined) alreadySet += email === '' ? 0 : 1;
      else if (email === '') empty += 1;
      else {
        const displayName = columns.name ? text(row.values[columns.name]) : '';
        values[columns.person] = { email, ...(displayName !== '' ? { displayName } : {}) };
        moves.push({ column: columns.person, email });
      }
    }
    if (moves.length > 0) changes.push({ change: { id: row.id, etag: row.etag, changes: values }, moves });
  }
  const results: WriteResult[] = changes.length > 0 ? await store.update(list, changes.map((c) => c.change)) : [];
  let filled = 0;
  const unresolved: UnresolvedOwner[] = [];
  for (const [index, result] of results.entries()) {
    const { change, moves } = changes[index] as (typeof changes)[number];
    if (result.ok) {
      filled += moves.length;
      continue;
    }
    // One unknown person fails the item's whole update: name the unknown one, and the others as not moved with it.
    const unknown = result.error instanceof PersonNotFoundError ? result.error.email.toLowerCase() : null;
    for (const move of moves) {
      const reason = unknown === null ? result.error.message : unknown === move.email.toLowerCase() ? result.error.message : `not moved: the same item's ${unknown} could not be resolved`;
      unresolved.push({ list: list.title, itemId: change.id, column: move.column, email: move.email, reason });
    }
  }
  return { list: list.title, items: rows.length, filled, alreadySet, empty, unresolved };
}
