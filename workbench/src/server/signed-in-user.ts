/**
 * `--user someone@…` / GTM_USER: which directory person the workbench's requests act as
 * (`_api/web/currentuser`, Graph `/me`, Author and Editor of what they write).
 */
import { DIRECTORY } from '../seed/directory';
import type { Db } from './store/db';
import { findDirectoryEntry } from './store/directory';
import { ensureUser } from './store/users';

/** A `--user` that is nobody in the directory: the user's to fix (the message, no stack, exit 1). */
export class UnknownUserError extends Error {}

/**
 * The site-user id of the person signed in as `email`, made a site user if needed.
 * @example signInAs(db, 'elena.ricci@contoso.example', '--user') // 2 on a fresh data folder (1 is its admin)
 */
export function signInAs(db: Db, email: string, origin: string): number {
  const person = findDirectoryEntry(db, email.trim());
  if (!person) {
    const examples = DIRECTORY.slice(0, 3).map((p) => p.mail).join(', ');
    throw new UnknownUserError(
      `Unknown user '${email}' (${origin}): nobody in the workbench directory has that e-mail. Use one of the demo people, e.g. ${examples} (GET /graph/v1.0/users lists them all).`,
    );
  }
  return ensureUser(db, person.mail).id;
}
