/**
 * The next review's `transactionId`: the same for every run of "End review" of one review, so
 * Graph answers a repeated POST with the event it already created. A fixed-length hex digest of the
 * review key rather than the key itself: real channel ids are long, and the id needs no meaning.
 */

/** FNV-1a (32 bit) of `text`, started from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * `gtm-` and 32 hex digits derived from the review key (four differently seeded FNV-1a hashes).
 * @example nextReviewTransactionId('gtm-review:team-1:channel-1:2026-12-07') // 'gtm-…' (36 characters)
 */
export function nextReviewTransactionId(reviewKey: string): string {
  const text = `${reviewKey}:next`;
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return `gtm-${seeds.map((s) => fnv1a(text, s).toString(16).padStart(8, '0')).join('')}`;
}
