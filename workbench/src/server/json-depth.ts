/**
 * A JSON request body nested deeper than {@link MAX_JSON_DEPTH} is refused before anything walks it:
 * `JSON.parse` itself copes with 100,000 levels, but every recursive step after it (validation,
 * `JSON.stringify` into the store) overflows the stack and answered 500. SharePoint's OData reader
 * stops at 100 levels (`ODataMessageQuotas.MaxNestingDepth`, Microsoft.Data.OData); no list item,
 * batch or people-picker body of the suite nests more than 4, so 64 is generous and safe.
 */

export const MAX_JSON_DEPTH = 64;

/**
 * How deep `text` nests `[`/`{` outside string literals, counted in one pass (no recursion), stopping
 * as soon as it passes `limit`.
 *
 * @example jsonNestingDepth('{"Title":"[[["}') // 1: brackets inside a string do not count
 * @example jsonNestingDepth('{"a":[[1]]}') // 3
 */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return max;
}

/** The 400 message for a body nested past {@link MAX_JSON_DEPTH}, or undefined when it is within. */
export function jsonDepthProblem(text: string): string | undefined {
  if (jsonNestingDepth(text, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH) return undefined;
  return `The JSON body nests more than ${MAX_JSON_DEPTH} levels of arrays or objects; the limit is ${MAX_JSON_DEPTH}. A field value is a string, number, boolean, null or a flat array of those (e.g. a multi-choice's { "results": [ … ] }).`;
}
