import { fakeClock } from './fake-clock.fixture';
import { backoffMs, createRetryBudget, isRetryableStatus, retryAfterMs, type RetryEvent } from './retry-policy';

describe('retryAfterMs reads Retry-After as SharePoint and Graph send it', () => {
  const noon = Date.parse('2026-10-21T12:00:00Z');

  it('reads delay-seconds: "2" is 2000 ms, "0" is 0, and the workbench\'s "0.5" is 500', () => {
    expect(retryAfterMs('2', noon)).toBe(2000);
    expect(retryAfterMs(' 0 ', noon)).toBe(0);
    expect(retryAfterMs('0.5', noon)).toBe(500);
  });

  it('reads an HTTP-date as the time until then: 12:00:05 seen at 12:00:00 is 5000 ms, a past date is 0', () => {
    expect(retryAfterMs('Wed, 21 Oct 2026 12:00:05 GMT', noon)).toBe(5000);
    expect(retryAfterMs('Wed, 21 Oct 2026 11:59:00 GMT', noon)).toBe(0);
  });

  it('answers null for no header, an empty one, a negative number or words', () => {
    expect(retryAfterMs(null, noon)).toBeNull();
    expect(retryAfterMs(undefined, noon)).toBeNull();
    expect(retryAfterMs('', noon)).toBeNull();
    expect(retryAfterMs('-1', noon)).toBeNull();
    expect(retryAfterMs('soon', noon)).toBeNull();
  });
});

describe('backoffMs doubles from the first interval, with jitter between half and all of it', () => {
  it('waits 100–199 ms before the first retry from 200 ms, 800–1599 before the fourth', () => {
    expect(backoffMs(1, 200, 30_000, 0)).toBe(100);
    expect(backoffMs(1, 200, 30_000, 0.99)).toBe(199);
    expect(backoffMs(4, 200, 30_000, 0)).toBe(800);
    expect(backoffMs(4, 200, 30_000, 0.5)).toBe(1200);
  });

  it('never plans more than the cap: the 20th retry from 200 ms waits 15–30 s, not 58 hours', () => {
    expect(backoffMs(20, 200, 30_000, 0)).toBe(15_000);
    expect(backoffMs(20, 200, 30_000, 0.999)).toBeLessThan(30_000);
  });
});

describe('isRetryableStatus', () => {
  it('retries 429, 503 and 504, and nothing else', () => {
    expect([400, 404, 412, 429, 500, 503, 504].filter(isRetryableStatus)).toEqual([429, 503, 504]);
  });
});

describe('a retry budget', () => {
  it('grants waits while time spent plus the next wait stays within the budget: 2 s + 2 s fit in 5 s, a third does not', async () => {
    const clock = fakeClock();
    const budget = createRetryBudget({ retryBudgetMs: 5000, clock });
    expect(budget.next(429, '2', 'GET items')).toEqual({ retry: true, waitMs: 2000 });
    await clock.sleep(2000);
    expect(budget.next(429, '2', 'GET items')).toEqual({ retry: true, waitMs: 2000 });
    await clock.sleep(2000);
    expect(budget.next(429, '2', 'GET items')).toEqual({ retry: false, waitedMs: 4000, askedMs: 2000 });
    expect(budget.retries).toBe(2);
  });

  it('counts the time requests take, not only the waits: 3 slow attempts of 2 s leave no room in 5 s', () => {
    const clock = fakeClock();
    const budget = createRetryBudget({ retryBudgetMs: 5000, clock });
    clock.advance(2000);
    expect(budget.next(503, '0', 'GET items').retry).toBe(true);
    clock.advance(2000);
    expect(budget.next(503, '0', 'GET items').retry).toBe(true);
    clock.advance(2000);
    expect(budget.next(503, '0', 'GET items')).toEqual({ retry: false, waitedMs: 6000, askedMs: 0 });
  });

  it('gives up at once when the server asks for more than the whole budget (120 s asked, 60 s budget)', () => {
    const budget = createRetryBudget({ retryBudgetMs: 60_000, clock: fakeClock() });
    expect(budget.next(429, '120', 'GET items')).toEqual({ retry: false, waitedMs: 0, askedMs: 120_000 });
  });

  it('backs off 200, 400, 800 ms (jitter 0.99 → just under) when the server names no wait', async () => {
    const clock = fakeClock(0.999);
    const budget = createRetryBudget({ retryBudgetMs: 60_000, initialBackoffMs: 200, clock });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const decision = budget.next(503, null, 'GET items');
      if (!decision.retry) throw new Error('the budget should allow three short waits');
      waits.push(decision.waitMs);
      await clock.sleep(decision.waitMs);
    }
    expect(waits).toEqual([199, 399, 799]);
  });

  it('tells onRetry about each retry: status, wait, which retry and what', () => {
    const events: RetryEvent[] = [];
    const budget = createRetryBudget({ retryBudgetMs: 10_000, clock: fakeClock(), onRetry: (e) => events.push(e) });
    budget.next(429, '1', 'GET /sites/gtm/_api/web/lists');
    budget.next(503, '3', 'GET /sites/gtm/_api/web/lists');
    expect(events).toEqual([
      { status: 429, waitMs: 1000, retry: 1, what: 'GET /sites/gtm/_api/web/lists' },
      { status: 503, waitMs: 3000, retry: 2, what: 'GET /sites/gtm/_api/web/lists' },
    ]);
  });
});
