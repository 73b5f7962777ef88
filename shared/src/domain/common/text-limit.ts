import { z } from 'zod';

/**
 * Text limits, stated once for the whole suite. SharePoint refuses a value longer than its column
 * holds (HTTP 400), so every text a user types is checked against the column it lands in before it
 * is sent, and the message says which field, how long it is, what fits and by how much to shorten.
 *
 * The domain imports zod only, so it cannot read the list schemas: the limits of its fields are
 * declared beside each schema (`RISK_TEXT_LIMITS`, …) and a test in `shared/src/sharepoint/lists`
 * checks that each one equals the `maxLength` of the column it is stored in.
 *
 * Lengths are counted as SharePoint counts them: UTF-16 code units (a .NET string's `Length`, the
 * same as JavaScript's `length`), so an emoji counts 2.
 */

/**
 * A "Single line of text" column holds at most 255 characters (SPFieldText.MaxLength; Microsoft
 * docs "SPFieldText.MaxLength property", and the field's `MaxLength` cannot be set above 255).
 */
export const SINGLE_LINE_TEXT_MAX = 255;

/**
 * A "Multiple lines of text" column (a note) holds at most 63,999 characters: the figure given for
 * the column type beside the 255 of a single line (e.g. lookbook365.com "Multiple Lines of Text
 * Column"). Microsoft's "SharePoint limits" page, in the versions read (MicrosoftDocs
 * OfficeDocs-O365ServiceDescriptions, 2019–2021), states no per-column text cap, so this is the
 * figure to re-check there; a list may always declare a smaller `maxLength`.
 */
export const MULTIPLE_LINES_TEXT_MAX = 63_999;

/** Longest e-mail address an SMTP path carries (RFC 5321 §4.5.3.1.3: 256 with the angle brackets). */
export const EMAIL_MAX = 254;

/** Longest domain name (RFC 1035 §2.3.4: 253 characters in its dotted text form). */
export const DOMAIN_NAME_MAX = 253;

function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * What a user reads when a text is too long.
 * @example tooLongMessage('Title', 312, 255)
 * // 'Title is 312 characters; SharePoint holds at most 255 — shorten it by 57'
 */
export function tooLongMessage(label: string, length: number, max: number): string {
  return `${label} is ${grouped(length)} characters; SharePoint holds at most ${grouped(max)} — shorten it by ${grouped(length - max)}`;
}

/**
 * A string of at most `max` characters; a longer one fails with {@link tooLongMessage} (zod code
 * `too_big`, so forms can tell it from a blank one).
 * @example limitedText('Description', 4000).safeParse('x'.repeat(4001)).error?.issues[0]?.message
 * // 'Description is 4,001 characters; SharePoint holds at most 4,000 — shorten it by 1'
 */
export function limitedText(label: string, max: number): z.ZodString {
  return z.string().superRefine(atMost(label, max));
}

/**
 * The refinement behind {@link limitedText}, for string schemas of other kinds (`z.email()`).
 * zod's own `max` counts code points (an emoji as 1); SharePoint counts UTF-16 units, as `length` does.
 */
export function atMost(label: string, max: number) {
  return (value: string, ctx: z.RefinementCtx): void => {
    if (value.length <= max) return;
    ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value, message: tooLongMessage(label, value.length, max) });
  };
}

/** Like {@link limitedText}, trimmed and not blank (the domain's `NonBlankSchema` with a limit). */
export function limitedNonBlank(label: string, max: number): z.ZodString {
  return z.string().trim().min(1).superRefine(atMost(label, max));
}

/** What a text input shows about its length: a counter near the limit, an error over it. */
export interface TextLimitState {
  length: number;
  max: number;
  /** `240 / 255` once the text is within 10 % of the limit (or over it); undefined before. */
  counter: string | undefined;
  /** {@link tooLongMessage} when over the limit; undefined otherwise. */
  error: string | undefined;
  over: boolean;
}

/**
 * The counter and error of a text input bound to a column of `max` characters. The counter shows
 * from 90 % of the limit so a short title is not cluttered; the error replaces silent truncation
 * (a browser `maxLength` would cut a paste without a word).
 * @example textLimitState('Title', 'x'.repeat(240), 255) // { counter: '240 / 255', error: undefined, over: false, … }
 * @example textLimitState('Title', 'x'.repeat(256), 255).error
 * // 'Title is 256 characters; SharePoint holds at most 255 — shorten it by 1'
 */
export function textLimitState(label: string, value: string, max: number): TextLimitState {
  const length = value.length;
  const over = length > max;
  return {
    length,
    max,
    counter: over || length >= Math.floor(max * 0.9) ? `${grouped(length)} / ${grouped(max)}` : undefined,
    error: over ? tooLongMessage(label, length, max) : undefined,
    over,
  };
}
