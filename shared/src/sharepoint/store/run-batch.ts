import type { WriteResult } from './list-store';
import { toListStoreError } from './errors';

/**
 * Collects per-item outcomes of a batch: each request's own promise settles its slot; if the batch
 * request itself fails (throttled past its retries, network down), every slot still open gets that
 * error. Results come back in input order.
 */
export async function settleBatch<T>(
  requests: readonly T[],
  enqueue: (request: T, index: number) => Promise<WriteResult>,
  execute: () => Promise<void>,
  what: string,
): Promise<WriteResult[]> {
  const results: (WriteResult | undefined)[] = new Array<WriteResult | undefined>(requests.length).fill(undefined);
  const pending = requests.map((request, index) =>
    enqueue(request, index).then((result) => {
      results[index] = result;
    }),
  );
  try {
    await execute();
    await Promise.all(pending);
  } catch (error) {
    const failure = toListStoreError(error, what);
    return results.map((result) => result ?? { ok: false, id: null, error: failure });
  }
  return results.map((result) => result ?? { ok: false, id: null, error: toListStoreError(new Error('no answer in the batch'), what) });
}
