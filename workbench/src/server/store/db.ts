/**
 * Opens the workbench's single SQLite file. WAL + synchronous=FULL: a commit is on disk before the
 * HTTP response that acknowledges it is written, so `kill -9` loses no acknowledged write.
 */
import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDirectory } from './directory';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url TEXT UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  base_template INTEGER NOT NULL DEFAULT 100,
  entity_name TEXT NOT NULL,
  last_item_id INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created TEXT NOT NULL,
  modified TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fields (
  list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  required INTEGER NOT NULL DEFAULT 0,
  indexed INTEGER NOT NULL DEFAULT 0,
  choices TEXT,
  lookup_list TEXT,
  lookup_field TEXT,
  multi INTEGER NOT NULL DEFAULT 0,
  builtin INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  display_format INTEGER,
  PRIMARY KEY (list_id, internal_name)
);
CREATE TABLE IF NOT EXISTS views (
  list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  title TEXT NOT NULL COLLATE NOCASE,
  view_query TEXT NOT NULL DEFAULT '',
  row_limit INTEGER NOT NULL DEFAULT 30,
  view_fields TEXT NOT NULL DEFAULT '[]',
  is_default INTEGER NOT NULL DEFAULT 0,
  personal INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list_id, guid)
);
CREATE TABLE IF NOT EXISTS items (
  list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  email TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channel_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  team_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS group_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  group_id TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS digests (value TEXT PRIMARY KEY, expires INTEGER NOT NULL);
`;

/** The file name inside the data folder. */
export const DB_FILE = 'workbench.sqlite';

export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  migrate(db);
  // The demo directory (Graph /users): added to new and existing data folders alike.
  seedDirectory(db);
  db.transaction(() => {
    const ensureMeta = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
    ensureMeta.run('siteId', randomUUID());
    ensureMeta.run('webId', randomUUID());
    // Signs the Graph dev tokens, so tokens stay valid across restarts of the same data folder.
    ensureMeta.run('tokenSecret', randomBytes(32).toString('hex'));
    db.prepare('INSERT OR IGNORE INTO users (id, login, title, email) VALUES (1, ?, ?, ?)').run(
      'i:0#.f|membership|admin@gtm.local',
      'Workbench Admin',
      'admin@gtm.local',
    );
  })();
  return db;
}

function hasColumn(db: Db, table: string, column: string): boolean {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
}

/**
 * Brings a data folder written by an older workbench up to the current schema (CREATE TABLE IF NOT
 * EXISTS leaves existing tables as they were).
 * - lists.url: lists were created under their url name and then titled, and the entity name was
 *   derived from that first title (`GtmRisks` → `GtmRisksList`), so the url is the entity name
 *   without its `List` suffix.
 * - fields.display_format: DateTime fields were all date-and-time (1) as far as anyone could tell.
 */
function migrate(db: Db): void {
  db.transaction(() => {
    if (!hasColumn(db, 'lists', 'url')) {
      db.exec('ALTER TABLE lists ADD COLUMN url TEXT COLLATE NOCASE');
      db.exec("UPDATE lists SET url = CASE WHEN entity_name LIKE '%List' THEN substr(entity_name, 1, length(entity_name) - 4) ELSE entity_name END");
      db.exec('CREATE UNIQUE INDEX IF NOT EXISTS lists_url ON lists (url)');
    }
    if (!hasColumn(db, 'fields', 'display_format')) {
      db.exec('ALTER TABLE fields ADD COLUMN display_format INTEGER');
      db.exec("UPDATE fields SET display_format = 1 WHERE type = 'date'");
    }
  })();
}

export function getMeta(db: Db, key: string): string {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) throw new Error(`meta key ${key} missing`);
  return row.value;
}
