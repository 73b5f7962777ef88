/** The site's users (SharePoint's User Information List): targets of person fields, Author, Editor. */
import type { Db } from './db';
import { findDirectoryEntry } from './directory';
import { StoreError, type UserRow } from './types';

/**
 * The user requests act as when the server names no other (`--user` picks a directory person):
 * the data folder's own admin, id 1.
 */
export const CURRENT_USER_ID = 1;

/** The claims prefix SharePoint Online gives a member's login (`i:0#.f|membership|ana@contoso.com`). */
export const MEMBERSHIP_CLAIM = 'i:0#.f|membership|';

/** SPException's code, as SharePoint REST reports it in `odata.error.code`. */
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

export function getUser(db: Db, id: number): UserRow | undefined {
  return db.prepare('SELECT id, login, title, email FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export function allUsers(db: Db): UserRow[] {
  return db.prepare('SELECT id, login, title, email FROM users ORDER BY id').all() as UserRow[];
}

/** A site user by e-mail (case-insensitive), as `siteusers/getByEmail('…')` finds one. */
export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.prepare('SELECT id, login, title, email FROM users WHERE email = ? COLLATE NOCASE ORDER BY id').get(email) as UserRow | undefined;
}

/** A site user by claims login (`i:0#.f|membership|…`), as `siteusers('!@v::<login>')` finds one. */
export function findUserByLogin(db: Db, login: string): UserRow | undefined {
  return db.prepare('SELECT id, login, title, email FROM users WHERE login = ?').get(login) as UserRow | undefined;
}

/** SharePoint's 404 for a site user that is not there (`getuserbyid`, `getByEmail`, `getByLoginName`). */
export function userNotFound(): StoreError {
  return new StoreError(404, SP_EXCEPTION, 'User cannot be found.', 'itemNotFound');
}

/**
 * `web.ensureUser('i:0#.f|membership|ana@contoso.com')` or a bare e-mail address: the site user, added
 * from the directory if it is not one yet. A login nobody in the directory has fails as SharePoint
 * fails it: SPException "The specified user <login> could not be found." (Microsoft's SPWeb.EnsureUser
 * reference; pnp/powershell#4143 shows the message), HTTP 500 as SharePoint answers an SPException
 * from a POST (SharePoint/PnP-JS-Core#439).
 * @example ensureUser(db, 'elena.ricci@contoso.example') // { id: 2, login: 'i:0#.f|membership|elena.ricci@contoso.example', title: 'Elena Ricci', … }
 */
export function ensureUser(db: Db, logonName: string): UserRow {
  const email = logonName.includes('|') ? logonName.slice(logonName.lastIndexOf('|') + 1) : logonName;
  const existing = db.prepare('SELECT id, login, title, email FROM users WHERE login = ? OR email = ? COLLATE NOCASE ORDER BY id').get(logonName, email) as UserRow | undefined;
  if (existing) return existing;
  const person = findDirectoryEntry(db, email);
  if (!person) throw new StoreError(500, SP_EXCEPTION, `The specified user ${logonName} could not be found.`, 'notFound');
  const info = db.prepare('INSERT INTO users (login, title, email) VALUES (?, ?, ?)').run(`${MEMBERSHIP_CLAIM}${person.mail}`, person.displayName, person.mail);
  return getUser(db, Number(info.lastInsertRowid)) as UserRow;
}
