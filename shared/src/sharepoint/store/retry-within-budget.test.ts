import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { DefaultParse } from '@pnp/queryable';
import { ThrottledError, toListStoreError } from './errors';
import { fakeClock } from './fake-clock.fixture';
import { RetryWithinBudget, type RetryWithinBudgetOptions } from './retry-within-budget';

const SITE = 'https://contoso.sharepoint.com/sites/gtm';

type Answer = Response | Error;

/** A site that answers from a script, one answer per request, and records each request's method. */
function scriptedSite(answers: Answer[], options: Omit<RetryWithinBudgetOptions, 'fetch' | 'clock'> = {}) {
  const clock = fakeClock();
  const methods: string[] = [];
  const sp = spfi(SITE).using(
    DefaultInit(),
    DefaultHeaders(),
    RetryWithinBudget({
      ...options,
      clock,
      fetch: async (_url, init) => {
        methods.push(init.method ?? 'GET');
        const answer = answers.shift() ?? new Response('{"value":[]}', { status: 200 });
        if (answer instanceof Error) throw answer;
        return answer;
      },
    }),
    DefaultParse(),
  );
  return { sp, clock, methods };
}

const throttled = (retryAfter?: string, status = 429): Response =>
  new Response('{"odata.error":{"message":{"value":"throttled"}}}', { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });
const ok = (): Response => Response.json({ value: [{ Title: 'Risk Register' }] });

describe('RetryWithinBudget (the PnPjs behavior replacing BrowserFetchWithRetry)', () => {
  it('waits the 1 s that each of two 429s asks for, then returns the third answer', async () => {
    const { sp, clock, methods } = scriptedSite([throttled('1'), throttled('1'), ok()]);
    expect(await sp.web.lists()).toEqual([{ Title: 'Risk Register' }]);
    expect(clock.slept).toEqual([1000, 1000]);
    expect(methods).toEqual(['GET', 'GET', 'GET']);
  });

  it('keeps going past three retries while the budget lasts: five 503s of 2 s fit in 60 s', async () => {
    const { sp, clock } = scriptedSite([throttled('2', 503), throttled('2', 503), throttled('2', 503), throttled('2', 503), throttled('2', 503), ok()]);
    expect(await sp.web.lists()).toHaveLength(1);
    expect(clock.slept).toEqual([2000, 2000, 2000, 2000, 2000]);
  });

  it('honours Retry-After as an HTTP-date: 00:16:45 seen at 00:16:40 is a 5 s wait', async () => {
    // The fake clock starts at 1,000,000 ms after the epoch: 1970-01-01T00:16:40Z.
    const { sp, clock } = scriptedSite([throttled('Thu, 01 Jan 1970 00:16:45 GMT'), ok()]);
    expect(await sp.web.lists()).toHaveLength(1);
    expect(clock.slept).toEqual([5000]);
  });

  it('gives up when one more wait would pass the budget, with a ThrottledError saying it waited 4 s', async () => {
    const { sp, clock } = scriptedSite([throttled('2'), throttled('2'), throttled('2'), ok()], { retryBudgetMs: 5000 });
    const error: unknown = await sp.web.lists().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    const throttledError = error as ThrottledError;
    expect(throttledError.waitedMs).toBe(4000);
    expect(throttledError.retries).toBe(2);
    expect(throttledError.message).toBe(
      'GET /sites/gtm/_api/web/lists: SharePoint is throttling requests (429 Too Many Requests) and still was after retrying for 4 s (it asked to wait 2 s); try again in a minute',
    );
    expect(clock.slept).toEqual([2000, 2000]);
    // A store names the operation when it catches it.
    expect(toListStoreError(error, 'Reading Risk Register').message).toMatch(/^Reading Risk Register: SharePoint is throttling requests .* after retrying for 4 s/);
  });

  it('re-sends a write answered 429 (SharePoint did not apply it), but not one answered 504 (it may have)', async () => {
    const write = scriptedSite([throttled('0'), new Response(null, { status: 204 })]);
    await write.sp.web.lists.getByTitle('Risks').update({ Title: 'Risks' });
    expect(write.methods).toEqual(['POST', 'POST']);

    const timedOut = scriptedSite([new Response('gateway timeout', { status: 504 })]);
    await expect(timedOut.sp.web.lists.getByTitle('Risks').update({ Title: 'Risks' })).rejects.toMatchObject({ status: 504 });
    expect(timedOut.methods).toEqual(['POST']);
  });

  it('re-sends a read whose connection dropped, never a write', async () => {
    const read = scriptedSite([new TypeError('fetch failed'), ok()]);
    expect(await read.sp.web.lists()).toHaveLength(1);
    expect(read.methods).toEqual(['GET', 'GET']);

    const write = scriptedSite([new TypeError('fetch failed')]);
    await expect(write.sp.web.lists.getByTitle('Risks').update({ Title: 'Risks' })).rejects.toThrow('fetch failed');
    expect(write.methods).toEqual(['POST']);
  });

  it('still honours the deprecated retries count as a cap: retries 1 gives up after the second 429', async () => {
    const { sp, methods } = scriptedSite([throttled('0'), throttled('0'), ok()], { maxRetries: 1 });
    await expect(sp.web.lists()).rejects.toBeInstanceOf(ThrottledError);
    expect(methods).toHaveLength(2);
  });
});
