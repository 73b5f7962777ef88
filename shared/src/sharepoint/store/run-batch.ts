import type { WriteResult } from './list-store';
import { ThrottledError, toListStoreError } from './errors';
import { resendThrottled } from './resend-throttled';
import type { RetryPolicyOptions } from './retry-policy';

/** One `$batch` round: a fresh PnPjs batch (`sp.batched()`) to enqueue requests on, then execute. */
export interface BatchRound<T> {
  enqueue: (request: T, index: number) => Promise<WriteResult>;
  execute: () => Promise<void>;
}

/** A slot's result and whether a part of the batch answered it (false: the whole `$batch` request failed). */
interface Slot {
  result: WriteResult;
  fromPart: boolean;
}

/**
 * Collects per-item outcomes of a SharePoint `$batch`: each request's own promise settles its slot;
 * if the batch request itself fails (throttled past the retry behavior's budget, network down),
 * every slot still open gets that error. Parts answered 429/503 (not applied) are enqueued again,
 * alone, in a new batch after their Retry-After, within `options.retryBudgetMs` (see
 * `resendThrottled`). Results come back in input order.
 */
export async function settleBatch<T>(
  requests: readonly T[],
  openRound: () => BatchRound<T>,
  what: string,
  options: RetryPolicyOptions = {},
): Promise<WriteResult[]> {
  const sendRound = async (indices: readonly number[]): Promise<Map<number, Slot>> => {
    const { enqueue, execute } = openRound();
    const slots = new Map<number, Slot>();
    const pending = indices.map((index) => {
      const request = requests[index] as T;
      return enqueue(request, index).then((result) => void slots.set(index, { result, fromPart: true }));
    });
    try {
      await execute();
      await Promise.all(pending);
    } catch (error) {
      const failure = toListStoreError(error, what);
      for (const index of indices) if (!slots.has(index)) slots.set(index, { result: { ok: false, id: null, error: failure }, fromPart: false });
    }
    return slots;
  };
  const throttleOf = (slot: Slot) =>
    slot.fromPart && !slot.result.ok && slot.result.error instanceof ThrottledError
      ? { status: slot.result.error.status, retryAfter: slot.result.error.retryAfterSeconds === null ? null : String(slot.result.error.retryAfterSeconds) }
      : null;
  const { answers, gaveUp } = await resendThrottled(requests.length, sendRound, throttleOf, options, what);
  return requests.map((_, index) => {
    const slot = answers.get(index);
    if (slot === undefined) return { ok: false, id: null, error: toListStoreError(new Error('no answer in the batch'), what) };
    const throttled = gaveUp !== null ? throttleOf(slot) : null;
    if (throttled !== null && !slot.result.ok && slot.result.error instanceof ThrottledError) {
      const { error } = slot.result;
      return { ...slot.result, error: new ThrottledError(what, error.status, error.retryAfterSeconds, { waitedMs: gaveUp?.waitedMs ?? null, retries: gaveUp?.retries ?? null }) };
    }
    return slot.result;
  });
}
