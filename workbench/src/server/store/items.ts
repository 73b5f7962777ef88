/** List items: one row per item, field values as JSON, a version counter that is the ETag. */
import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { type ItemRow, type ListDef, type StoredValue, StoreError, isoSeconds } from './types';

interface ItemRowRaw {
  id: number;
  guid: string;
  version: number;
  data: string;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
}

function toItem(r: ItemRowRaw): ItemRow {
  return {
    id: r.id,
    guid: r.guid,
    version: r.version,
    data: JSON.parse(r.data) as Record<string, StoredValue>,
    created: r.created,
    modified: r.modified,
    authorId: r.author_id,
    editorId: r.editor_id,
  };
}

export function itemNotFound(): StoreError {
  return new StoreError(
    404,
    '-2130575338, Microsoft.SharePoint.SPException',
    'Item does not exist. It may have been deleted by another user.',
    'itemNotFound',
  );
}

export function countItems(db: Db, listId: number): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }).n;
}

export function getItem(db: Db, listId: number, id: number): ItemRow | undefined {
  const r = db.prepare('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as ItemRowRaw | undefined;
  return r ? toItem(r) : undefined;
}

/** The fast path for paging by ID: `limit` items after (or, backwards, before) an id. */
export function itemsById(db: Db, listId: number, fromId: number, limit: number, backwards: boolean): ItemRow[] {
  if (backwards) {
    const rows = db.prepare('SELECT * FROM items WHERE list_id = ? AND id < ? ORDER BY id DESC LIMIT ?').all(listId, fromId, limit) as ItemRowRaw[];
    return rows.map(toItem).reverse();
  }
  const rows = db.prepare('SELECT * FROM items WHERE list_id = ? AND id > ? ORDER BY id LIMIT ?').all(listId, fromId, limit) as ItemRowRaw[];
  return rows.map(toItem);
}

export function allItems(db: Db, listId: number): ItemRow[] {
  return (db.prepare('SELECT * FROM items WHERE list_id = ? ORDER BY id').all(listId) as ItemRowRaw[]).map(toItem);
}

export function insertItem(db: Db, list: ListDef, data: Record<string, StoredValue>, userId: number, now: Date): ItemRow {
  const { last_item_id: id } = db
    .prepare('UPDATE lists SET last_item_id = last_item_id + 1 WHERE id = ? RETURNING last_item_id')
    .get(list.id) as { last_item_id: number };
  const stamp = isoSeconds(now);
  db.prepare('INSERT INTO items (list_id, id, guid, version, data, created, modified, author_id, editor_id) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)').run(
    list.id,
    id,
    randomUUID(),
    JSON.stringify(data),
    stamp,
    stamp,
    userId,
    userId,
  );
  return getItem(db, list.id, id) as ItemRow;
}

/**
 * Compares an `IF-Match` header with the item's version. Absent: no check (overwrite). `*`: forced.
 * Accepts SharePoint's `"3"` and Graph's `"<guid>,3"`, with or without `W/`.
 */
export function checkETag(item: ItemRow, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  const bare = ifMatch.trim().replace(/^W\//, '').replace(/"/g, '');
  const version = bare.includes(',') ? bare.slice(bare.lastIndexOf(',') + 1) : bare;
  if (version !== String(item.version)) {
    throw new StoreError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${ifMatch}' does not match the object's ETag value '"${item.version}"'.`,
      'preconditionFailed',
    );
  }
}

export function updateItem(db: Db, listId: number, item: ItemRow, patch: Record<string, StoredValue>, userId: number, now: Date): ItemRow {
  const data = { ...item.data, ...patch };
  db.prepare('UPDATE items SET data = ?, version = version + 1, modified = ?, editor_id = ? WHERE list_id = ? AND id = ?').run(
    JSON.stringify(data),
    isoSeconds(now),
    userId,
    listId,
    item.id,
  );
  return getItem(db, listId, item.id) as ItemRow;
}

export function deleteItem(db: Db, listId: number, id: number): void {
  db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
}
