import type { IsoDate, Lead, QualifiedAccount, Touchpoint } from '@gtm/shared';
import { CHANNELS } from './channels';
import type { Rng } from './prng';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Journeys open with discovery channels and close with direct, email, events and webinars. */
const FIRST_WEIGHTS = [6, 20, 24, 18, 10, 8, 8, 6];
const MIDDLE_WEIGHTS = [24, 10, 12, 14, 8, 16, 6, 10];
const LAST_WEIGHTS = [18, 10, 8, 8, 14, 16, 12, 14];

/** An instant as `2026-03-03T09:30:00Z` (no milliseconds: CRM exports carry none). */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A working-hours time on the day `daysBefore` days before midnight of `nowMs`. */
function workingTime(nowMs: number, daysBefore: number, rng: Rng): number {
  const day = nowMs - daysBefore * DAY_MS;
  return day + rng.int(7, 18) * HOUR_MS + rng.int(0, 59) * 60_000;
}

function channelAt(position: number, length: number, rng: Rng): string {
  const weights = position === 0 ? FIRST_WEIGHTS : position === length - 1 ? LAST_WEIGHTS : MIDDLE_WEIGHTS;
  return rng.weighted(CHANNELS, weights);
}

/**
 * ~3,000 touchpoints in ~1,000 journeys over the year before `now`: 1–6 touches each, ~60% of
 * journeys converting with a value (the same conversion instant and value on each of their
 * touches), some tied to an MQA account or a lead. A few converting journeys have one more
 * e-mail after the conversion, which attribution must ignore.
 */
export function generateTouchpoints(
  journeyCount: number,
  links: { accounts: readonly QualifiedAccount[]; leads: readonly Lead[] },
  now: IsoDate,
  rng: Rng,
): Touchpoint[] {
  const nowMs = Date.parse(`${now}T00:00:00Z`);
  const touchpoints: Touchpoint[] = [];
  for (let j = 1; j <= journeyCount; j += 1) {
    const journeyId = `journey-${String(j).padStart(4, '0')}`;
    const length = rng.weighted([1, 2, 3, 4, 5, 6], [15, 25, 25, 18, 10, 7]);
    const converts = rng.chance(0.6);
    const endDaysBefore = rng.int(2, 360);
    const endMs = workingTime(nowMs, endDaysBefore, rng);
    const convertedAtMs = converts ? endMs : null;
    const value = converts ? Math.round(rng.float(2_000, 60_000) / 500) * 500 : undefined;
    // Touch days before the end: the last within 3 days of it, earlier ones up to ~6 weeks back.
    const offsets = Array.from({ length }, (_, i) => (i === length - 1 ? rng.float(0.05, 3) : rng.float(1, 45))).sort((a, b) => b - a);
    const account = rng.chance(0.3) ? rng.pick(links.accounts) : null;
    const lead = rng.chance(0.4) && links.leads.length > 0 ? rng.pick(links.leads) : null;
    const facts = {
      convertedAt: convertedAtMs === null ? null : isoInstant(convertedAtMs),
      ...(value === undefined ? {} : { value }),
      ...(lead ? { leadId: lead.id } : {}),
      ...(account ? { accountId: account.id } : {}),
    };
    const times = offsets.map((days) => Math.round((endMs - days * DAY_MS) / 60_000) * 60_000);
    if (convertedAtMs !== null && rng.chance(0.03)) {
      const after = convertedAtMs + rng.int(1, 4) * DAY_MS;
      if (after < nowMs) times.push(after);
    }
    times.forEach((ms, i) => {
      const channel = i >= length ? 'Email' : channelAt(i, length, rng);
      touchpoints.push({ id: `tp-${String(touchpoints.length + 1).padStart(6, '0')}`, journeyId, channel, touchedAt: isoInstant(ms), ...facts });
    });
  }
  return touchpoints;
}
