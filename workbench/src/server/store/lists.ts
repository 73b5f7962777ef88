/** Lists, fields and views: created and changed through the REST API itself (provisioning). */
import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { encodeDisplayName } from './field-names';
import { type FieldDef, type FieldType, type ListDef, type ViewDef, StoreError, isoSeconds } from './types';

interface ListRowRaw {
  id: number;
  guid: string;
  title: string;
  description: string;
  base_template: number;
  url: string;
  entity_name: string;
  last_item_id: number;
  version: number;
  created: string;
  modified: string;
}

interface FieldRowRaw {
  list_id: number;
  guid: string;
  internal_name: string;
  title: string;
  type: string;
  required: number;
  indexed: number;
  choices: string | null;
  lookup_list: string | null;
  lookup_field: string | null;
  multi: number;
  builtin: number;
  description: string;
  position: number;
  display_format: number | null;
}

interface ViewRowRaw {
  list_id: number;
  guid: string;
  title: string;
  view_query: string;
  row_limit: number;
  view_fields: string;
  is_default: number;
  personal: number;
}

function toList(r: ListRowRaw): ListDef {
  return {
    id: r.id,
    guid: r.guid,
    title: r.title,
    description: r.description,
    baseTemplate: r.base_template,
    url: r.url,
    entityName: r.entity_name,
    lastItemId: r.last_item_id,
    version: r.version,
    created: r.created,
    modified: r.modified,
  };
}

function toField(r: FieldRowRaw): FieldDef {
  return {
    listId: r.list_id,
    guid: r.guid,
    internalName: r.internal_name,
    title: r.title,
    type: r.type as FieldType,
    required: r.required === 1,
    indexed: r.indexed === 1,
    choices: r.choices ? (JSON.parse(r.choices) as string[]) : [],
    lookupList: r.lookup_list,
    lookupField: r.lookup_field,
    multi: r.multi === 1,
    builtin: r.builtin === 1,
    description: r.description,
    position: r.position,
    displayFormat: r.type === 'date' ? (r.display_format ?? 1) : null,
  };
}

function toView(r: ViewRowRaw): ViewDef {
  return {
    listId: r.list_id,
    guid: r.guid,
    title: r.title,
    viewQuery: r.view_query,
    rowLimit: r.row_limit,
    viewFields: JSON.parse(r.view_fields) as string[],
    isDefault: r.is_default === 1,
    personal: r.personal === 1,
  };
}

export function listNotFound(what: string): StoreError {
  return new StoreError(404, '-1, System.ArgumentException', `List '${what}' does not exist at site with URL '/sites/gtm'.`, 'itemNotFound');
}

export function allLists(db: Db): ListDef[] {
  return (db.prepare('SELECT * FROM lists ORDER BY id').all() as ListRowRaw[]).map(toList);
}

export function findListByTitle(db: Db, title: string): ListDef | undefined {
  const r = db.prepare('SELECT * FROM lists WHERE title = ?').get(title) as ListRowRaw | undefined;
  return r ? toList(r) : undefined;
}

/**
 * By the list's server-relative URL (`/sites/gtm/Lists/GtmRisks`, as `web.getList` takes it) or an
 * absolute one, case-insensitively; a trailing slash or a view page (`…/AllItems.aspx`) is ignored.
 */
export function findListByUrl(db: Db, url: string): ListDef | undefined {
  let path = url.trim();
  if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it as given: a stray % is just a character of the name
  }
  const m = /^\/sites\/gtm\/Lists\/([^/]+)(?:\/[^/]*\.aspx)?\/?$/i.exec(path);
  if (!m) return undefined;
  const r = db.prepare('SELECT * FROM lists WHERE url = ? COLLATE NOCASE').get(m[1] ?? '') as ListRowRaw | undefined;
  return r ? toList(r) : undefined;
}

export function findListByGuid(db: Db, guid: string): ListDef | undefined {
  const r = db.prepare('SELECT * FROM lists WHERE lower(guid) = lower(?)').get(guid.replace(/[{}]/g, '')) as ListRowRaw | undefined;
  return r ? toList(r) : undefined;
}

export function findListById(db: Db, id: number): ListDef | undefined {
  const r = db.prepare('SELECT * FROM lists WHERE id = ?').get(id) as ListRowRaw | undefined;
  return r ? toList(r) : undefined;
}

/**
 * The columns every list has, with the ids SharePoint gives them in every list of every site
 * (`SPBuiltInFieldId`: Title `fa564e0f-…`, ID `1d22ea11-…`, Created `8c06beca-…`, Modified `28cf69c5-…`,
 * Author `1df5e554-…`, Editor `d31655d1-…`), so code that finds a built-in column by id works here too.
 */
const BUILTIN_FIELDS: ReadonlyArray<{ guid: string; name: string; title: string; type: FieldType; indexed: boolean; required: boolean }> = [
  { guid: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', name: 'ID', title: 'ID', type: 'counter', indexed: true, required: false },
  { guid: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', name: 'Title', title: 'Title', type: 'text', indexed: false, required: true },
  { guid: '8c06beca-0777-48f7-91c7-6da68bc07b69', name: 'Created', title: 'Created', type: 'date', indexed: false, required: false },
  { guid: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', name: 'Modified', title: 'Modified', type: 'date', indexed: false, required: false },
  { guid: '1df5e554-ec7e-46a6-901d-d85a3881cb18', name: 'Author', title: 'Created By', type: 'person', indexed: false, required: false },
  { guid: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', name: 'Editor', title: 'Modified By', type: 'person', indexed: false, required: false },
];

/** A list title, like a single line of text, holds at most 255 characters (issue 10; SharePoint limits). */
export const MAX_LIST_TITLE = 255;

function checkListTitle(title: string): void {
  if (!title.trim()) throw new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The list title is required.');
  if (title.length > MAX_LIST_TITLE) {
    throw new StoreError(
      400,
      '-2130575162, Microsoft.SharePoint.SPException',
      `The list title is ${title.length} characters long; a list title holds at most ${MAX_LIST_TITLE}. Shorten it.`,
    );
  }
}

/**
 * The url segment SharePoint derives from a list's first title: characters a URL segment cannot hold
 * are dropped (`~ " # % & * : < > ? / \ { | }`), and a counter is appended when another list has it.
 *
 * @example listUrlFor('GtmRisks', () => false) // 'GtmRisks'
 * @example listUrlFor('Q&A: open?', () => false) // 'QA open'
 * @example listUrlFor('GtmRisks', (u) => u === 'gtmrisks') // 'GtmRisks1'
 */
export function listUrlFor(title: string, taken: (lowerCaseUrl: string) => boolean): string {
  const base = title.replace(/[~"#%&*:<>?/\\{|}]/g, '').trim().replace(/^\.+|\.+$/g, '') || 'List';
  if (!taken(base.toLowerCase())) return base;
  for (let n = 1; ; n++) if (!taken(`${base}${n}`.toLowerCase())) return `${base}${n}`;
}

export function createList(db: Db, title: string, description: string, baseTemplate: number, now: Date): ListDef {
  checkListTitle(title);
  if (findListByTitle(db, title)) {
    throw new StoreError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`,
      'nameAlreadyExists',
    );
  }
  const guid = randomUUID();
  const stamp = isoSeconds(now);
  const urlTaken = db.prepare('SELECT 1 FROM lists WHERE url = ? COLLATE NOCASE');
  const url = listUrlFor(title, (u) => urlTaken.get(u) !== undefined);
  // The item entity type follows the url, as SharePoint's does (`SP.Data.GtmRisksListItem`).
  const entityName = `${encodeDisplayName(url.replace(/[^A-Za-z0-9 _]/g, ''))}List`;
  const info = db
    .prepare('INSERT INTO lists (guid, title, url, description, base_template, entity_name, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(guid, title, url, description, baseTemplate, entityName, stamp, stamp);
  const listId = Number(info.lastInsertRowid);
  const insertField = db.prepare(
    'INSERT INTO fields (list_id, guid, internal_name, title, type, required, indexed, builtin, position, display_format) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  BUILTIN_FIELDS.forEach((f, i) => insertField.run(listId, f.guid, f.name, f.title, f.type, f.required ? 1 : 0, f.indexed ? 1 : 0, i, f.type === 'date' ? 1 : null));
  db.prepare("INSERT INTO views (list_id, guid, title, view_fields, is_default, row_limit) VALUES (?, ?, 'All Items', ?, 1, 30)").run(
    listId,
    randomUUID(),
    JSON.stringify(['LinkTitle']),
  );
  return findListById(db, listId) as ListDef;
}

/** Changes a list's title or description; its url never changes. */
export function updateList(db: Db, list: ListDef, props: { title?: string; description?: string }, now: Date): void {
  if (props.title !== undefined) checkListTitle(props.title);
  if (props.title !== undefined && props.title !== list.title) {
    const other = findListByTitle(db, props.title);
    if (other && other.id !== list.id) throw new StoreError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list with the specified title already exists.');
  }
  db.prepare('UPDATE lists SET title = ?, description = ?, version = version + 1, modified = ? WHERE id = ?').run(
    props.title ?? list.title,
    props.description ?? list.description,
    isoSeconds(now),
    list.id,
  );
}

export function deleteList(db: Db, list: ListDef): void {
  db.prepare('DELETE FROM items WHERE list_id = ?').run(list.id);
  db.prepare('DELETE FROM lists WHERE id = ?').run(list.id);
}

export function listFields(db: Db, listId: number): FieldDef[] {
  return (db.prepare('SELECT * FROM fields WHERE list_id = ? ORDER BY position').all(listId) as FieldRowRaw[]).map(toField);
}

/** By internal name first, then by display title (as `getByInternalNameOrTitle`). */
export function findField(db: Db, listId: number, nameOrTitle: string): FieldDef | undefined {
  const byName = db.prepare('SELECT * FROM fields WHERE list_id = ? AND internal_name = ?').get(listId, nameOrTitle) as FieldRowRaw | undefined;
  if (byName) return toField(byName);
  const byTitle = db.prepare('SELECT * FROM fields WHERE list_id = ? AND title = ? COLLATE NOCASE').get(listId, nameOrTitle) as FieldRowRaw | undefined;
  return byTitle ? toField(byTitle) : undefined;
}

export function findFieldByGuid(db: Db, listId: number, guid: string): FieldDef | undefined {
  const r = db.prepare('SELECT * FROM fields WHERE list_id = ? AND lower(guid) = lower(?)').get(listId, guid.replace(/[{}]/g, '')) as FieldRowRaw | undefined;
  return r ? toField(r) : undefined;
}

export interface NewField {
  internalName: string;
  title: string;
  type: FieldType;
  required?: boolean;
  indexed?: boolean;
  choices?: string[];
  lookupList?: string | null;
  lookupField?: string | null;
  multi?: boolean;
  description?: string;
  /** DateTime only: 0 date only, 1 date and time (SharePoint's default). */
  displayFormat?: number;
}

/** Whether a list already has a field with this internal name (compared case-insensitively, as SharePoint does). */
export function fieldNameTaken(db: Db, listId: number, internalName: string): boolean {
  return db.prepare('SELECT 1 FROM fields WHERE list_id = ? AND internal_name = ? COLLATE NOCASE').get(listId, internalName) !== undefined;
}

export function addField(db: Db, list: ListDef, f: NewField): FieldDef {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(f.internalName)) {
    throw new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Invalid field name '${f.internalName}'.`);
  }
  if (fieldNameTaken(db, list.id, f.internalName)) {
    throw new StoreError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${f.internalName}" was found.`, 'nameAlreadyExists');
  }
  if (f.type === 'lookup') {
    if (!f.lookupList || !findListByGuid(db, f.lookupList)) {
      throw new StoreError(400, '-1, System.ArgumentException', 'A lookup field needs LookupListId of an existing list.');
    }
  }
  const position = (db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM fields WHERE list_id = ?').get(list.id) as { p: number }).p;
  const guid = randomUUID();
  db.prepare(
    `INSERT INTO fields (list_id, guid, internal_name, title, type, required, indexed, choices, lookup_list, lookup_field, multi, description, position, display_format)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    list.id,
    guid,
    f.internalName,
    f.title,
    f.type,
    f.required ? 1 : 0,
    f.indexed ? 1 : 0,
    f.choices && f.choices.length > 0 ? JSON.stringify(f.choices) : null,
    f.type === 'lookup' ? (findListByGuid(db, f.lookupList ?? '') as ListDef).guid : null,
    f.type === 'lookup' ? f.lookupField || 'Title' : null,
    f.multi ? 1 : 0,
    f.description ?? '',
    position,
    f.type === 'date' ? (f.displayFormat === 0 ? 0 : 1) : null,
  );
  return findFieldByGuid(db, list.id, guid) as FieldDef;
}

export interface FieldChanges {
  title?: string;
  required?: boolean;
  indexed?: boolean;
  choices?: string[];
  description?: string;
}

export function updateField(db: Db, field: FieldDef, c: FieldChanges): void {
  if (field.internalName === 'ID' && c.indexed === false) {
    throw new StoreError(400, '-2147024809, System.ArgumentException', 'The ID field is always indexed.');
  }
  db.prepare('UPDATE fields SET title = ?, required = ?, indexed = ?, choices = ?, description = ? WHERE list_id = ? AND guid = ?').run(
    c.title ?? field.title,
    (c.required ?? field.required) ? 1 : 0,
    (c.indexed ?? field.indexed) ? 1 : 0,
    c.choices ? JSON.stringify(c.choices) : field.choices.length > 0 ? JSON.stringify(field.choices) : null,
    c.description ?? field.description,
    field.listId,
    field.guid,
  );
}

export function deleteField(db: Db, field: FieldDef): void {
  if (field.builtin) throw new StoreError(400, '-2147024809, System.ArgumentException', 'Built-in fields cannot be deleted.');
  db.prepare('DELETE FROM fields WHERE list_id = ? AND guid = ?').run(field.listId, field.guid);
}

export function listViews(db: Db, listId: number): ViewDef[] {
  return (db.prepare('SELECT * FROM views WHERE list_id = ? ORDER BY rowid').all(listId) as ViewRowRaw[]).map(toView);
}

export function findView(db: Db, listId: number, by: { title?: string; guid?: string; isDefault?: boolean }): ViewDef | undefined {
  const views = listViews(db, listId);
  if (by.guid !== undefined) return views.find((v) => v.guid.toLowerCase() === by.guid?.replace(/[{}]/g, '').toLowerCase());
  if (by.title !== undefined) return views.find((v) => v.title.toLowerCase() === by.title?.toLowerCase());
  return views.find((v) => v.isDefault);
}

export function addView(db: Db, list: ListDef, v: { title: string; viewQuery?: string; rowLimit?: number; personal?: boolean; isDefault?: boolean }): ViewDef {
  if (findView(db, list.id, { title: v.title })) {
    throw new StoreError(500, '-2130575342, Microsoft.SharePoint.SPException', `A view named "${v.title}" already exists.`);
  }
  const guid = randomUUID();
  if (v.isDefault) db.prepare('UPDATE views SET is_default = 0 WHERE list_id = ?').run(list.id);
  db.prepare('INSERT INTO views (list_id, guid, title, view_query, row_limit, view_fields, is_default, personal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    list.id,
    guid,
    v.title,
    v.viewQuery ?? '',
    v.rowLimit ?? 30,
    JSON.stringify(['LinkTitle']),
    v.isDefault ? 1 : 0,
    v.personal ? 1 : 0,
  );
  return findView(db, list.id, { guid }) as ViewDef;
}

export function updateView(db: Db, view: ViewDef, c: { title?: string; viewQuery?: string; rowLimit?: number; viewFields?: string[]; isDefault?: boolean }): void {
  if (c.isDefault) db.prepare('UPDATE views SET is_default = 0 WHERE list_id = ?').run(view.listId);
  db.prepare('UPDATE views SET title = ?, view_query = ?, row_limit = ?, view_fields = ?, is_default = ? WHERE list_id = ? AND guid = ?').run(
    c.title ?? view.title,
    c.viewQuery ?? view.viewQuery,
    c.rowLimit ?? view.rowLimit,
    JSON.stringify(c.viewFields ?? view.viewFields),
    (c.isDefault ?? view.isDefault) ? 1 : 0,
    view.listId,
    view.guid,
  );
}

export function deleteView(db: Db, view: ViewDef): void {
  db.prepare('DELETE FROM views WHERE list_id = ? AND guid = ?').run(view.listId, view.guid);
}
