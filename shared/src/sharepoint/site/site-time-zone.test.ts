import { ThrottledError } from '../store/errors';
import type { RetryClock } from '../store/retry-policy';
import { fetchSiteTimeZone, ianaOfRegionalTimeZone, onceTimeZone, type FetchLike } from './site-time-zone';

/** Answers in order; each answer is [status, body, Retry-After]. */
function answers(...list: [number, unknown, string?][]): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fake = async (url: string) => {
    calls.push(url);
    const [status, body, retryAfter] = list.shift() ?? [500, {}];
    return { ok: status < 300, status, headers: { get: (name: string) => (name === 'retry-after' ? (retryAfter ?? null) : null) }, json: async () => body };
  };
  return Object.assign(fake, { calls });
}

const fakeClock = (): RetryClock & { slept: number[] } => {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, random: () => 0, sleep: async (ms) => { slept.push(ms); now += ms; } };
};

describe("a site's time zone over SharePoint REST", () => {
  it('maps Id 13 to America/Los_Angeles, in verbose and nometadata answers', () => {
    expect(ianaOfRegionalTimeZone({ Id: 13, Description: '(UTC-08:00) Pacific Time (US and Canada)' })).toBe('America/Los_Angeles');
    expect(ianaOfRegionalTimeZone({ d: { Id: 17 } })).toBe('Pacific/Auckland');
  });

  it('names an id it does not know and says how to fix it', () => {
    expect(() => ianaOfRegionalTimeZone({ Id: 52, Description: '(UTC+03:00) Somewhere' })).toThrow(
      `The site's time zone (Id 52 ("(UTC+03:00) Somewhere")) is not in the suite's table of SharePoint time zones`,
    );
  });

  it('asks again after a 429 with Retry-After: 2, then reads Auckland', async () => {
    const fetchImpl = answers([429, {}, '2'], [200, { Id: 17 }]);
    const clock = fakeClock();
    await expect(fetchSiteTimeZone('http://127.0.0.1:4321/sites/gtm/', fetchImpl, { clock })).resolves.toBe('Pacific/Auckland');
    expect(fetchImpl.calls).toEqual(Array(2).fill('http://127.0.0.1:4321/sites/gtm/_api/web/regionalsettings/timezone'));
    expect(clock.slept).toEqual([2000]);
  });

  it('gives up with a ThrottledError when the next wait would pass the budget (3 s budget, 2 s asked twice)', async () => {
    const clock = fakeClock();
    const reading = fetchSiteTimeZone('http://x/sites/gtm', answers([503, {}, '2'], [503, {}, '2'], [200, { Id: 17 }]), { clock, retryBudgetMs: 3000 });
    await expect(reading).rejects.toBeInstanceOf(ThrottledError);
    expect(clock.slept).toEqual([2000]);
  });

  it('does not retry a 404', async () => {
    const fetchImpl = answers([404, {}], [200, { Id: 17 }]);
    await expect(fetchSiteTimeZone('http://x/sites/gtm', fetchImpl)).rejects.toThrow('failed: HTTP 404');
    expect(fetchImpl.calls).toHaveLength(1);
  });

  it('reads once for concurrent callers, and again after a failure', async () => {
    let reads = 0;
    const zone = onceTimeZone(async () => {
      reads += 1;
      if (reads === 1) throw new Error('offline');
      return 'UTC';
    });
    await expect(zone()).rejects.toThrow('offline');
    await expect(Promise.all([zone(), zone()])).resolves.toEqual(['UTC', 'UTC']);
    expect(reads).toBe(2);
  });
});
