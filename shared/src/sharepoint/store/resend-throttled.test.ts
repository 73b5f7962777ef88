import { fakeClock } from './fake-clock.fixture';
import { resendThrottled, type PartThrottle } from './resend-throttled';

interface Answer {
  status: number;
  retryAfter?: string;
}

/** A batch endpoint that answers each part from a script per request index, and records every round. */
function scriptedBatch(script: Record<number, Answer[]>) {
  const rounds: number[][] = [];
  const sendRound = async (indices: readonly number[]) => {
    rounds.push([...indices]);
    const answers = new Map<number, Answer>();
    for (const index of indices) answers.set(index, script[index]?.shift() ?? { status: 201 });
    return answers;
  };
  const throttleOf = (a: Answer): PartThrottle | null => (a.status === 429 || a.status === 503 ? { status: a.status, retryAfter: a.retryAfter ?? null } : null);
  return { sendRound, throttleOf, rounds };
}

describe('resendThrottled (the parts of a $batch the server throttled)', () => {
  it('re-sends only part 2 of 3 after the 1 s it asked for, and never parts 1 and 3 again', async () => {
    const clock = fakeClock();
    const { sendRound, throttleOf, rounds } = scriptedBatch({ 1: [{ status: 429, retryAfter: '1' }] });
    const { answers, gaveUp } = await resendThrottled(3, sendRound, throttleOf, { clock }, 'Adding to Risk Register');
    expect(rounds).toEqual([[0, 1, 2], [1]]);
    expect([...answers.entries()].sort(([a], [b]) => a - b).map(([, a]) => a.status)).toEqual([201, 201, 201]);
    expect(clock.slept).toEqual([1000]);
    expect(gaveUp).toBeNull();
  });

  it('waits the longest Retry-After of the throttled parts (Graph: "retry all the failed requests in a new batch after the longest retry-after value")', async () => {
    const clock = fakeClock();
    const { sendRound, throttleOf } = scriptedBatch({ 0: [{ status: 429, retryAfter: '1' }], 2: [{ status: 503, retryAfter: '3' }] });
    await resendThrottled(3, sendRound, throttleOf, { clock }, 'Adding');
    expect(clock.slept).toEqual([3000]);
  });

  it('does not re-send a part answered 412 or 400: only 429 and 503 mean "not applied"', async () => {
    const { sendRound, throttleOf, rounds } = scriptedBatch({ 0: [{ status: 412 }], 1: [{ status: 400 }] });
    const { answers } = await resendThrottled(2, sendRound, throttleOf, { clock: fakeClock() }, 'Updating');
    expect(rounds).toEqual([[0, 1]]);
    expect(answers.get(0)?.status).toBe(412);
  });

  it('stops when the budget would be passed, keeping the throttled answers and saying how long it waited (2 s of a 5 s budget)', async () => {
    const clock = fakeClock();
    const always = Array.from({ length: 10 }, () => ({ status: 429, retryAfter: '2' }));
    const { sendRound, throttleOf, rounds } = scriptedBatch({ 0: always });
    const { answers, gaveUp } = await resendThrottled(2, sendRound, throttleOf, { clock, retryBudgetMs: 5000 }, 'Adding');
    // Round 1 at 0 s, round 2 at 2 s, round 3 at 4 s; a fourth would start at 6 s.
    expect(rounds).toEqual([[0, 1], [0], [0]]);
    expect(answers.get(0)?.status).toBe(429);
    expect(answers.get(1)?.status).toBe(201);
    expect(gaveUp).toEqual({ waitedMs: 4000, retries: 2 });
  });
});
