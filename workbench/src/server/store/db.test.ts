import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, openDb } from './db';
import { findListByUrl, listFields } from './lists';

describe('openDb on a data folder written before lists had a url', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gtm-db-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every list the url its entity name was made from (GtmRisksList → GtmRisks) and date fields DisplayFormat 1', () => {
    // The tables as the workbench wrote them before: no lists.url, no fields.display_format.
    const old = new Database(join(dir, DB_FILE));
    old.exec(`
      CREATE TABLE lists (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, title TEXT NOT NULL UNIQUE COLLATE NOCASE,
        description TEXT NOT NULL DEFAULT '', base_template INTEGER NOT NULL DEFAULT 100, entity_name TEXT NOT NULL,
        last_item_id INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, modified TEXT NOT NULL);
      CREATE TABLE fields (list_id INTEGER NOT NULL, guid TEXT NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE, title TEXT NOT NULL,
        type TEXT NOT NULL, required INTEGER NOT NULL DEFAULT 0, indexed INTEGER NOT NULL DEFAULT 0, choices TEXT, lookup_list TEXT,
        lookup_field TEXT, multi INTEGER NOT NULL DEFAULT 0, builtin INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL, PRIMARY KEY (list_id, internal_name));
      INSERT INTO lists (id, guid, title, entity_name, created, modified) VALUES (1, 'a1', 'Risk Register', 'GtmRisksList', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
      INSERT INTO fields (list_id, guid, internal_name, title, type, position) VALUES (1, 'f1', 'GtmDueDate', 'Due date', 'date', 1);
    `);
    old.close();

    const db = openDb(dir);
    const list = findListByUrl(db, '/sites/gtm/Lists/GtmRisks');
    expect(list).toMatchObject({ title: 'Risk Register', url: 'GtmRisks' });
    expect(listFields(db, 1).map((f) => [f.internalName, f.displayFormat])).toEqual([['GtmDueDate', 1]]);
    db.close();
    // Opening it again changes nothing.
    const again = openDb(dir);
    expect(findListByUrl(again, '/sites/gtm/Lists/gtmrisks')?.title).toBe('Risk Register');
    again.close();
  });
});
