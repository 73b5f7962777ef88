/**
 * The tenant directory (what Graph `/users` lists), apart from the site's users (`users` table,
 * SharePoint's User Information List): a directory person becomes a site user through
 * `web/ensureuser`, as on SharePoint Online.
 * The demo people (seed/directory.ts) are written on every open with INSERT OR IGNORE, so a new data
 * folder gets them at creation and one made before the directory existed gets them on its next start.
 */
import { DIRECTORY, type DirectoryPerson } from '../../seed/directory';
import type { Db } from './db';

export const DIRECTORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS directory (
  id TEXT PRIMARY KEY,
  mail TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  given_name TEXT NOT NULL,
  surname TEXT NOT NULL,
  job_title TEXT NOT NULL,
  department TEXT NOT NULL
);
`;

/** Creates the table if needed and adds any demo person it lacks (idempotent). */
export function seedDirectory(db: Db, people: readonly DirectoryPerson[] = DIRECTORY): void {
  db.exec(DIRECTORY_SCHEMA);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO directory (id, mail, display_name, given_name, surname, job_title, department) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const p of people) insert.run(p.id, p.mail, p.displayName, p.givenName, p.surname, p.jobTitle, p.department);
  })();
}

interface DirectoryRow {
  id: string;
  mail: string;
  display_name: string;
  given_name: string;
  surname: string;
  job_title: string;
  department: string;
}

function toPerson(r: DirectoryRow): DirectoryPerson {
  return { id: r.id, mail: r.mail, displayName: r.display_name, givenName: r.given_name, surname: r.surname, jobTitle: r.job_title, department: r.department };
}

/** Everyone, by display name then e-mail (Graph's default order for `/users` is not promised; this one is stable). */
export function allDirectoryPeople(db: Db): DirectoryPerson[] {
  return (db.prepare('SELECT * FROM directory ORDER BY display_name, mail').all() as DirectoryRow[]).map(toPerson);
}

/** By object id or by UPN / mail (both case-insensitive). */
export function findDirectoryEntry(db: Db, idOrUpn: string): DirectoryPerson | undefined {
  const row = db.prepare('SELECT * FROM directory WHERE id = ? COLLATE NOCASE OR mail = ?').get(idOrUpn, idOrUpn) as DirectoryRow | undefined;
  return row ? toPerson(row) : undefined;
}
