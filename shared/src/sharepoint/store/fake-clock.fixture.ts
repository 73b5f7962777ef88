import type { RetryClock } from './retry-policy';

/** A clock that only moves when slept on (or `advance`d): a request "takes" no time unless a test says so. */
export function fakeClock(random = 0.5): RetryClock & { advance(ms: number): void; slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    random: () => random,
    advance: (ms) => void (now += ms),
    slept,
  };
}
