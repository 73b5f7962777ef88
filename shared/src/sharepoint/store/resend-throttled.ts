import { createRetryBudget, retryAfterMs, type RetryPolicyOptions } from './retry-policy';

/** A part's answer seen as throttling: its status and the `Retry-After` it sent, if any. */
export interface PartThrottle {
  status: number;
  retryAfter: string | null;
}

export interface ResendOutcome<A> {
  /** The last answer of every request that got one. */
  answers: Map<number, A>;
  /** When parts were still throttled as the budget ran out: how long was spent, how many rounds were re-sent. */
  gaveUp: { waitedMs: number; retries: number } | null;
}

/**
 * Sends the requests `0 … count-1` of a `$batch` in rounds: the first round sends all of them, and
 * each next round only the parts the server throttled (429/503) in the round before, after the
 * longest `Retry-After` those parts named (else an exponential back-off) — while the time budget
 * allows. A part that answered anything else is never sent again, so a write is applied at most
 * once: a throttled part is one the server did not apply.
 *
 * Graph: "Requests in a batch are evaluated individually against throttling limits … You might retry
 * all the failed requests in a new batch after the longest retry-after value" (Graph "Throttling
 * guidance", "Throttling and batching"); SharePoint's `$batch` parts answer with their own status
 * line, and PnPjs does not retry them (its retry behavior sees only the outer request).
 *
 * @param sendRound sends the given requests (indices into the original list) as one or more
 *   `$batch` requests and answers by index; an index it cannot answer is left out.
 * @param throttleOf the throttling a part's answer reports, or null for any other answer.
 * @example
 * // round 1: parts 0, 1, 2 → 201, 429 (Retry-After: 1), 201; round 2 (after 1 s): part 1 → 201
 * await resendThrottled(3, sendRound, throttleOf, { retryBudgetMs: 60_000 }, 'Adding to Risk Register')
 * // → { answers: Map { 0 → 201, 1 → 201, 2 → 201 }, gaveUp: null }
 */
export async function resendThrottled<A>(
  count: number,
  sendRound: (indices: readonly number[]) => Promise<ReadonlyMap<number, A>>,
  throttleOf: (answer: A) => PartThrottle | null,
  options: RetryPolicyOptions,
  what: string,
): Promise<ResendOutcome<A>> {
  const budget = createRetryBudget(options);
  const answers = new Map<number, A>();
  let pending: number[] = Array.from({ length: count }, (_, i) => i);
  while (pending.length > 0) {
    const round = await sendRound(pending);
    const throttled: { index: number; throttle: PartThrottle }[] = [];
    for (const index of pending) {
      const answer = round.get(index);
      if (answer === undefined) continue;
      answers.set(index, answer);
      const throttle = throttleOf(answer);
      if (throttle !== null) throttled.push({ index, throttle });
    }
    if (throttled.length === 0) return { answers, gaveUp: null };
    const now = budget.clock.now();
    const longest = throttled.reduce((a, b) => ((retryAfterMs(b.throttle.retryAfter, now) ?? -1) > (retryAfterMs(a.throttle.retryAfter, now) ?? -1) ? b : a));
    const decision = budget.next(longest.throttle.status, longest.throttle.retryAfter, `${throttled.length} throttled parts of a $batch (${what})`);
    if (!decision.retry) return { answers, gaveUp: { waitedMs: decision.waitedMs, retries: budget.retries } };
    await budget.clock.sleep(decision.waitMs);
    pending = throttled.map((t) => t.index);
  }
  return { answers, gaveUp: null };
}
