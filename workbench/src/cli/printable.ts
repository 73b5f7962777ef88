/**
 * What gtm prints is text a terminal shows, and parts of it come from the user's files (a header, a
 * value, a file name). A control character in them — NUL, ESC starting a colour or cursor sequence,
 * a C1 control, a bidi override — would be obeyed by the terminal or garble it, so every one is
 * written as its escape instead (`\u0000`, `\u001b`). Line breaks and tabs stay: messages use them.
 *
 * @example printable('header: a, b\u001b[31m') // 'header: a, b\\u001b[31m'
 * @example printable('line 1\nline 2') // unchanged
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * C0 except \t and \n, DEL, C1, the line/paragraph separators and the bidi embeddings, overrides and
 * isolates. Matching control characters is this expression's purpose (hence the lint exception).
 */
// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
