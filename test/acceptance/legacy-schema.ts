/**
 * The GTM lists as the version before Person columns made them, for the upgrade test: each owner
 * a pair of text columns (`GtmOwnerEmail`, `GtmOwnerName`, `personColumns`), and a ListStore that
 * writes what the repositories hand it in that shape. Test fixture only: production code never
 * writes the old schema.
 */
import { personColumns } from '../../shared/src/sharepoint';
import type { FieldSchema, FieldValue, ListSchema, ListStore, RowChange, RowValues } from '../../shared/src/sharepoint';

const isPerson = (f: FieldSchema): boolean => f.type === 'person' && f.multi !== true;

/**
 * `list` as the previous schema declared it: every single-person field is its `<Name>Email` +
 * `<Name>Name` text pair (required and indexed as the person was), views show the name column
 * instead, and the views filtered by a person (`[Me]`, new with Person columns) are left out.
 * @example legacySchemaOf(RISK_REGISTER_LIST).fields.map((f) => f.name) // [..., 'GtmOwnerEmail', 'GtmOwnerName', ...] and no 'GtmOwner'
 */
export function legacySchemaOf(list: ListSchema): ListSchema {
  const people = new Set<string>(list.fields.filter(isPerson).map((f) => f.name));
  if (people.size === 0) return list;
  return {
    ...list,
    fields: list.fields.flatMap((f) =>
      isPerson(f) ? personColumns(f.name as `Gtm${string}`, f.displayName, { required: f.required === true, indexed: f.indexed === true }) : [f],
    ),
    views: list.views
      .filter((v) => ![...people].some((name) => (v.query ?? '').includes(`"${name}"`)))
      .map((v) => ({ ...v, fields: v.fields.map((name) => (people.has(name) ? `${name}Name` : name)) })),
  };
}

/** A row as the previous version wrote it: each person value as its e-mail and name text. */
function legacyRow(list: ListSchema, row: RowValues): RowValues {
  const out: Record<string, FieldValue> = {};
  const people = new Set<string>(list.fields.filter(isPerson).map((f) => f.name));
  for (const [name, value] of Object.entries(row)) {
    if (!people.has(name)) {
      out[name] = value;
      continue;
    }
    const person = value as { email?: string; displayName?: string } | null | undefined;
    out[`${name}Email`] = person?.email ?? null;
    out[`${name}Name`] = person?.displayName ?? null;
  }
  return out;
}

/** `inner` as the previous version used it: every write goes to the legacy schema, owners as text. */
export function legacyStore(inner: ListStore): ListStore {
  return {
    readAll: (list, query) => inner.readAll(legacySchemaOf(list), query),
    get: (list, id) => inner.get(legacySchemaOf(list), id),
    add: (list, rows) => inner.add(legacySchemaOf(list), rows.map((r) => legacyRow(list, r))),
    update: (list, changes) => inner.update(legacySchemaOf(list), changes.map((c): RowChange => ({ ...c, changes: legacyRow(list, c.changes) }))),
    delete: (list, items) => inner.delete(legacySchemaOf(list), items),
  };
}
