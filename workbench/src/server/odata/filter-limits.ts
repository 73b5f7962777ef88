/**
 * How long and how deep a `$filter` may be, on SharePoint REST and Graph alike. Both refuse what
 * goes past them with a 400 in their own error shape (the routes map `ODataSyntaxError`), never a
 * 500 "Maximum call stack size exceeded".
 *
 * - Length: SharePoint Online takes request URLs of about 2,000 characters — IIS's default
 *   `maxQueryString` is 2,048, and PnPjs' maintainers point past "~2000 character length" to CAML in a
 *   POST body (pnp/pnpjs#2678, #2958; SharePoint/sp-dev-docs#7848). Graph answers long OR-chains the
 *   same way: "limits in the number of operators … as well as the overall URL length; split the query
 *   into multiple requests and use batches" (Microsoft Q&A 1815528). So a flat chain of 20,000
 *   `ID eq n or …` terms (about 240,000 characters) is refused on both, inside `$batch` too, where the
 *   message says how to split it: a real tenant would never answer it either, and code that passes here
 *   must pass there.
 * - Depth: Microsoft.OData's parser stops at 800 recursive calls (`QueryParserSettings.DefaultFilterLimit`,
 *   "The recursion limit has been exceeded"); one level of parentheses costs it about eight calls
 *   (or → and → comparison → … → parenthesis), so about 100 levels, the limit taken here.
 */

/** The most characters a `$filter` may have (IIS's default `maxQueryString`). */
export const MAX_FILTER_LENGTH = 2048;

/** The most levels of parentheses and `not` a `$filter` may nest. */
export const MAX_FILTER_DEPTH = 100;

/** About how many `ID eq 1234 or ` terms fit in {@link MAX_FILTER_LENGTH}: 2,048 / 14 ≈ 146, rounded down. */
export const ID_TERMS_PER_FILTER = 140;

/**
 * The message for a `$filter` over {@link MAX_FILTER_LENGTH}, or undefined when it fits.
 *
 * @example filterLengthProblem('ID eq 1') // undefined
 * @example filterLengthProblem('x'.repeat(3000)) // 'The $filter is 3,000 characters long; the limit is 2,048 …'
 */
export function filterLengthProblem(src: string): string | undefined {
  if (src.length <= MAX_FILTER_LENGTH) return undefined;
  return (
    `The $filter is ${src.length.toLocaleString('en-US')} characters long; the limit is ${MAX_FILTER_LENGTH.toLocaleString('en-US')} ` +
    `(SharePoint and Graph refuse request URLs much over 2,000 characters). Split a long id set into several requests of about ` +
    `${ID_TERMS_PER_FILTER} 'ID eq n' terms each, e.g. as the parts of one $batch.`
  );
}

/** The message for a `$filter` nested deeper than {@link MAX_FILTER_DEPTH}. */
export function filterDepthProblem(): string {
  return `The $filter nests more than ${MAX_FILTER_DEPTH} levels of parentheses or 'not'; the limit is ${MAX_FILTER_DEPTH}. Write 'a or b or c' without parentheses around each term.`;
}
