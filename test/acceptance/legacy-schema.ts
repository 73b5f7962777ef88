/**
 * The GTM lists as the version before Person columns made them, for the upgrade test: each owner
 * a pair of text columns (`GtmOwnerEmail`, `GtmOwnerName`, `personColumns`), and a ListStore that
 * writes what the repositories hand it in that shape. Test fixture only: production code never
 * writes the old schema.
 */
import { GTM_ACTIONS_LIST, personColumns, readAllRows, RISK_REGISTER_LIST } from '../../shared/src/sharepoint';
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
  // Before mitigations were GTM Actions, every action came from a review (GtmReview required) and
  // nothing filtered on the link kind (not indexed).
  const asBefore = (f: FieldSchema): FieldSchema =>
    list.title !== GTM_ACTIONS_LIST.title ? f : f.name === 'GtmReview' ? { ...f, required: true } : f.name === 'GtmLinkKind' ? { ...f, indexed: false } : f;
  return {
    ...list,
    fields: list.fields.flatMap((f) =>
      isPerson(f) ? personColumns(f.name as `Gtm${string}`, f.displayName, { required: f.required === true, indexed: f.indexed === true }) : [asBefore(f)],
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

const STATUS_SLUGS: Readonly<Record<string, string>> = { Open: 'open', Done: 'done', Dropped: 'dropped' };

/**
 * Makes a seeded folder hold mitigations as the previous version did: the seed writes each risk's
 * mitigations as GTM Actions items linked to the risk; this puts them back as JSON in the risk's
 * `GtmMitigations` note (`[{ title, owner: { email, displayName }, dueDate, status }]`) and deletes
 * the actions. Returns how many mitigations the notes now hold.
 */
export async function foldMitigationsIntoNotes(store: ListStore): Promise<number> {
  const actions = legacySchemaOf(GTM_ACTIONS_LIST);
  const risks = legacySchemaOf(RISK_REGISTER_LIST);
  const linked = await readAllRows(store, actions, { where: [{ field: 'GtmLinkKind', op: 'eq', value: 'Risk' }] });
  const byRisk = new Map<number, unknown[]>();
  for (const row of linked) {
    const v = row.values;
    const name = typeof v['GtmOwnerName'] === 'string' && v['GtmOwnerName'] !== '' ? { displayName: v['GtmOwnerName'] } : {};
    const mitigation = { title: v['Title'], owner: { email: v['GtmOwnerEmail'], ...name }, dueDate: String(v['GtmDueDate']).slice(0, 10), status: STATUS_SLUGS[String(v['GtmStatus'])] };
    const riskId = Number(v['GtmLinkId']);
    byRisk.set(riskId, [...(byRisk.get(riskId) ?? []), mitigation]);
  }
  for (const [riskId, mitigations] of byRisk) {
    const risk = await store.get(risks, riskId);
    if (risk === null) throw new Error(`mitigations link to risk ${riskId}, which is not there`);
    const [written] = await store.update(risks, [{ id: riskId, etag: risk.etag, changes: { GtmMitigations: JSON.stringify(mitigations) } }]);
    if (!written?.ok) throw new Error(`could not write the mitigations of risk ${riskId}`);
  }
  await store.delete(actions, linked.map((r) => ({ id: r.id, etag: r.etag })));
  return linked.length;
}
