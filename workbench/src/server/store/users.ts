/** The site's users (SharePoint's User Information List): targets of person fields, Author, Editor. */
import type { Db } from './db';
import type { UserRow } from './types';

/** The user every request acts as (the workbench has one signed-in user). */
export const CURRENT_USER_ID = 1;

export function getUser(db: Db, id: number): UserRow | undefined {
  return db.prepare('SELECT id, login, title, email FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export function allUsers(db: Db): UserRow[] {
  return db.prepare('SELECT id, login, title, email FROM users ORDER BY id').all() as UserRow[];
}

/** `web.ensureUser('i:0#.f|membership|ana@contoso.com')` or a bare e-mail address. */
export function ensureUser(db: Db, logonName: string): UserRow {
  const email = logonName.includes('|') ? logonName.slice(logonName.lastIndexOf('|') + 1) : logonName;
  const login = logonName.includes('|') ? logonName : `i:0#.f|membership|${email}`;
  const existing = db.prepare('SELECT id, login, title, email FROM users WHERE login = ? OR email = ? COLLATE NOCASE').get(login, email) as UserRow | undefined;
  if (existing) return existing;
  const local = email.split('@')[0] ?? email;
  const title = local
    .split(/[._-]/)
    .filter((p) => p.length > 0)
    .map((p) => p[0]?.toUpperCase() + p.slice(1))
    .join(' ');
  const info = db.prepare('INSERT INTO users (login, title, email) VALUES (?, ?, ?)').run(login, title || email, email);
  return getUser(db, Number(info.lastInsertRowid)) as UserRow;
}
