import { z } from 'zod';

/**
 * A person (owner, attendee, author of a move). The e-mail is the identity, because SharePoint
 * person fields and Graph both resolve users by it; the display name is only for reading.
 */
export const PersonSchema = z.object({
  email: z.email(),
  displayName: z.string().trim().min(1).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/**
 * Same person when the e-mails match, ignoring case (mail systems do).
 * @example samePerson({ email: 'Ana@x.com' }, { email: 'ana@x.com' }) // true
 */
export function samePerson(a: Person, b: Person): boolean {
  return a.email.toLowerCase() === b.email.toLowerCase();
}
