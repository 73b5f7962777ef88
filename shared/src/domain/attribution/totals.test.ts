import { attribute } from './attribute';
import { MS_PER_DAY } from './eligible-touches';
import { groupJourneys } from './journey-builder';
import { attributeOlsCs } from './ols-cs';
import type { AttributionOptions, AttributionResult, Deal, Journey, JourneyModel, TouchpointInput } from './types';

/** mulberry32: a tiny deterministic PRNG, so every run checks the same data sets. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['Email', 'Social', 'Paid search', 'Display', 'Events', 'Partner'];

/**
 * 300 journeys of 1–6 touches over 60 days; about 60% convert, some touches fall after the
 * conversion or at the same time as another, and a value is stated on some rows only.
 */
function randomTouchpoints(seed: number): TouchpointInput[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const rows: TouchpointInput[] = [];
  for (let j = 0; j < 300; j++) {
    const converts = random() < 0.6;
    const convertedAt = converts ? Math.floor(random() * 60 * MS_PER_DAY) : null;
    const value = Math.round(random() * 1000) / 10;
    const touches = 1 + Math.floor(random() * 6);
    for (let t = 0; t < touches; t++) {
      // Whole hours, so equal times happen; up to 5 days after a conversion so some never count.
      const touchedAt = Math.floor(random() * 65 * 24) * 3_600_000;
      rows.push({ journeyId: `j${j}`, channel: pick(CHANNELS), touchedAt, convertedAt, value: random() < 0.5 ? value : undefined });
    }
  }
  return rows;
}

function convertedValue(journeys: readonly Journey[]): number {
  return journeys.reduce((sum, j) => (j.convertedAt === null ? sum : sum + j.value), 0);
}

function expectConsistent(result: AttributionResult, total: number): void {
  expect(result.total).toBeCloseTo(total, 9);
  const credited = result.channels.reduce((sum, c) => sum + c.credit, 0);
  expect(Math.abs(credited - result.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(total)));
  const shares = result.channels.reduce((sum, c) => sum + c.share, 0);
  expect(shares).toBeCloseTo(1, 9);
  result.channels.forEach((c, i) => {
    expect(c.credit).toBeGreaterThanOrEqual(0);
    const next = result.channels[i + 1];
    if (next !== undefined) expect(c.credit > next.credit || (c.credit === next.credit && c.channel < next.channel)).toBe(true);
  });
}

const MODELS: JourneyModel[] = ['time-decay', 'first-touch', 'last-touch', 'linear', 'u-shaped', 'markov'];
const OPTION_SETS: AttributionOptions[] = [{}, { halfLifeDays: 3 }, { lookbackDays: 14 }, { halfLifeDays: 30, lookbackDays: 0.5 }];

describe('every model keeps the total: the credits add up to the converted value', () => {
  for (const seed of [1, 2, 3, 42, 2026]) {
    const journeys = groupJourneys(randomTouchpoints(seed));
    const total = convertedValue(journeys);

    for (const model of MODELS) {
      it(`${model} on data set ${seed} (${journeys.length} journeys) with 4 option sets`, () => {
        for (const options of OPTION_SETS) expectConsistent(attribute(model, journeys, options), total);
      });
    }
  }

  it('and the lookback moves value to (unattributed) without losing any', () => {
    const journeys = groupJourneys(randomTouchpoints(7));
    const narrow = attribute('linear', journeys, { lookbackDays: 0.5 });
    const wide = attribute('linear', journeys);
    const unattributed = (r: AttributionResult): number => r.channels.find((c) => c.channel === '(unattributed)')?.credit ?? 0;
    expect(unattributed(narrow)).toBeGreaterThan(unattributed(wide));
    expect(narrow.total).toBe(wide.total);
  });
});

describe('ols-cs keeps the total: the credits add up to the deal amounts', () => {
  for (const seed of [1, 2, 3]) {
    it(`on 200 random deals from seed ${seed}`, () => {
      const random = prng(seed);
      const source = (): string => (random() < 0.2 ? ' ' : (CHANNELS[Math.floor(random() * CHANNELS.length)] as string));
      const deals: Deal[] = Array.from({ length: 200 }, (_, i) => ({
        dealId: `d${i}`,
        amount: Math.round(random() * 1_000_000) / 100,
        ols: source(),
        olsDate: null,
        cs: source(),
        csDate: null,
      }));
      expectConsistent(
        attributeOlsCs(deals),
        deals.reduce((sum, d) => sum + d.amount, 0),
      );
    });
  }
});
