/**
 * A cap on requests in flight. Beyond it the workbench answers 503 with Retry-After at once rather
 * than queueing: a queue would keep every waiting socket (and what it sends) open, which is what an
 * abusive client wants; PnPjs (BrowserFetchWithRetry, NodeFetchWithRetry) retries a 503 after
 * Retry-After, so honest clients only slow down.
 */

/** Browsers open 6 connections per host; PnPjs batches and imports stay far below this. */
export const MAX_IN_FLIGHT = 64;
export const BUSY_RETRY_AFTER_SECONDS = 1;

export interface InFlight {
  /** False when the cap is reached (the caller answers 503); else call `leave` once when done. */
  enter(): boolean;
  leave(): void;
  readonly count: number;
}

/** @example const f = inFlightCounter(1); f.enter() // true; f.enter() // false; f.leave(); f.enter() // true */
export function inFlightCounter(max: number = MAX_IN_FLIGHT): InFlight {
  let count = 0;
  return {
    enter() {
      if (count >= max) return false;
      count++;
      return true;
    },
    leave() {
      count = Math.max(0, count - 1);
    },
    get count() {
      return count;
    },
  };
}
