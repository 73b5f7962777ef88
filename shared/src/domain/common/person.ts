import { z } from 'zod';
import { atMost, EMAIL_MAX, limitedNonBlank, SINGLE_LINE_TEXT_MAX } from './text-limit';

/** The lengths of a person's two columns (`<prefix>Email`, `<prefix>Name`). */
export const PERSON_TEXT_LIMITS = { email: EMAIL_MAX, displayName: SINGLE_LINE_TEXT_MAX } as const;

/**
 * A person (owner, attendee, author of a move). The e-mail is the identity, because SharePoint
 * person fields and Graph both resolve users by it; the display name is only for reading.
 */
export const PersonSchema = z.object({
  // zod's email() has no length cap; the e-mail column holds 254 (RFC 5321).
  email: z.email().superRefine(atMost('E-mail address', PERSON_TEXT_LIMITS.email)),
  displayName: limitedNonBlank('Name', PERSON_TEXT_LIMITS.displayName).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/**
 * Same person when the e-mails match, ignoring case (mail systems do).
 * @example samePerson({ email: 'Ana@x.com' }, { email: 'ana@x.com' }) // true
 */
export function samePerson(a: Person, b: Person): boolean {
  return a.email.toLowerCase() === b.email.toLowerCase();
}
