import { MS_PER_DAY } from './eligible-touches';
import { attributeMarkov } from './markov';
import type { AttributionResult, Journey } from './types';

const day = MS_PER_DAY;

/** A journey converting on day `convertedDay` (null: did not convert), touched by channels on days 1, 2, 3, … */
function path(value: number, convertedDay: number | null, ...channels: string[]): Journey {
  return {
    id: `${channels.join('>')}:${value}`,
    convertedAt: convertedDay === null ? null : convertedDay * day,
    value,
    touches: channels.map((channel, i) => ({ channel, touchedAt: (i + 1) * day })),
  };
}

const credits = (result: AttributionResult): Record<string, number> =>
  Object.fromEntries(result.channels.map((c) => [c.channel, c.credit]));

function expectCredits(result: AttributionResult, expected: Record<string, number>): void {
  const actual = credits(result);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [channel, credit] of Object.entries(expected)) expect(actual[channel]).toBeCloseTo(credit, 10);
}

describe('attributeMarkov', () => {
  /*
   * Solved by hand. Journeys: A → conv (value 50), A → B → conv (value 50), B → null.
   * Counts: start→A 2, start→B 1; A→conv 1, A→B 1; B→conv 1, B→null 1.
   * P(conv from B) = 1/2; P(conv from A) = 1/2 + 1/2 · 1/2 = 3/4.
   * P(conv) = 2/3 · 3/4 + 1/3 · 1/2 = 1/2 + 1/6 = 2/3.
   * Remove A (start→A goes to null): P = 1/3 · 1/2 = 1/6, RE(A) = 1 − (1/6)/(2/3) = 3/4.
   * Remove B (A→B and start→B go to null): P = 2/3 · 1/2 = 1/3, RE(B) = 1 − (1/3)/(2/3) = 1/2.
   * ΣRE = 5/4; converted value 100: A = 100 · (3/4)/(5/4) = 60, B = 100 · (1/2)/(5/4) = 40.
   */
  const handSolved = [path(50, 9, 'A'), path(50, 9, 'A', 'B'), path(1, null, 'B')];

  it('credits A 60 and B 40 in the hand-solved example (P(conv) = 2/3, RE(A) = 3/4, RE(B) = 1/2)', () => {
    const result = attributeMarkov(handSolved);
    expect(result.model).toBe('markov');
    expect(result.total).toBe(100);
    expect(result.channels.map((c) => c.channel)).toEqual(['A', 'B']);
    expectCredits(result, { A: 60, B: 40 });
    expect(result.channels[0]?.share).toBeCloseTo(0.6, 12);
  });

  it('weighs transitions by count, not value: the same paths with values 90 and 10 still split 60 / 40', () => {
    expectCredits(attributeMarkov([path(90, 9, 'A'), path(10, 9, 'A', 'B'), path(1, null, 'B')]), { A: 60, B: 40 });
  });

  it('keeps self-loops, which change no probability: A → A → B converting splits like A → B', () => {
    const withLoop = attributeMarkov([path(50, 9, 'A'), path(50, 9, 'A', 'A', 'B'), path(1, null, 'B', 'B')]);
    expectCredits(withLoop, { A: 60, B: 40 });
  });

  /*
   * Journeys: A → conv (value 90), C → A → null.
   * Counts: start→A 1, start→C 1; A→conv 1, A→null 1; C→A 1.
   * P(conv from A) = 1/2, P(conv from C) = 1/2, P(conv) = 1/2.
   * Remove A: nothing converts, RE(A) = 1. Remove C: P = 1/2 · 1/2 = 1/4, RE(C) = 1/2.
   * ΣRE = 3/2: A = 90 · 1/(3/2) = 60, C = 90 · (1/2)/(3/2) = 30.
   */
  it('credits a channel seen only in a non-converting journey when it leads to a converting one: A 60, C 30', () => {
    expectCredits(attributeMarkov([path(90, 9, 'A'), path(1, null, 'C', 'A')]), { A: 60, C: 30 });
  });

  it('leaves out a channel from which no journey converts (D → null only)', () => {
    expectCredits(attributeMarkov([...handSolved, path(1, null, 'D')]), { A: 60, B: 40 });
  });

  it('gives a single channel all the value: 3 journeys through Email worth 10 + 20 + 30', () => {
    expectCredits(attributeMarkov([path(10, 9, 'Email'), path(20, 9, 'Email', 'Email'), path(30, 9, 'Email'), path(5, null, 'Email')]), {
      Email: 60,
    });
  });

  it('walks touches in time order: B on day 2 given before A on day 1 still reads A → B', () => {
    const reversed: Journey = {
      id: 'reversed',
      convertedAt: 9 * day,
      value: 50,
      touches: [
        { channel: 'B', touchedAt: 2 * day },
        { channel: 'A', touchedAt: 1 * day },
      ],
    };
    expectCredits(attributeMarkov([path(50, 9, 'A'), reversed, path(1, null, 'B')]), { A: 60, B: 40 });
  });

  it('drops touches after the conversion from a converting path: A → B → (C after) converts like A → B', () => {
    // C on day 3 is after the day-2.5 conversion, so the path is A → B → conv.
    const late: Journey = { ...path(50, null, 'A', 'B', 'C'), convertedAt: 2.5 * day };
    expectCredits(attributeMarkov([path(50, 9, 'A'), late, path(1, null, 'B')]), { A: 60, B: 40 });
  });

  it('applies the lookback to converting journeys only: a non-converting journey keeps its old touches', () => {
    // Converting on day 9 with a 7-day lookback: A → B on days 1, 2 is out of range, so use days 3, 4.
    const recent = (value: number, ...channels: string[]): Journey => ({
      ...path(value, 9, ...channels),
      touches: channels.map((channel, i) => ({ channel, touchedAt: (i + 3) * day })),
    });
    // The non-converting B on day 1 (far older than 7 days before anything) still counts as B → null.
    expectCredits(attributeMarkov([recent(50, 'A'), recent(50, 'A', 'B'), path(1, null, 'B')], { lookbackDays: 7 }), { A: 60, B: 40 });
  });

  it('gives a converted journey with no eligible touch to (unattributed) and keeps it out of the chain', () => {
    const result = attributeMarkov([...handSolved, path(25, 0.5, 'A')]); // A on day 1 is after the day-0.5 conversion
    expect(result.total).toBe(125);
    expectCredits(result, { A: 60, B: 40, '(unattributed)': 25 });
  });

  it('gives no credit when no journey converted, and total 0', () => {
    expect(attributeMarkov([path(100, null, 'A', 'B')])).toEqual({ model: 'markov', total: 0, channels: [] });
    expect(attributeMarkov([])).toEqual({ model: 'markov', total: 0, channels: [] });
  });

  it('accepts a generator of journeys', () => {
    function* journeys(): Generator<Journey> {
      yield* handSolved;
    }
    expectCredits(attributeMarkov(journeys()), { A: 60, B: 40 });
  });
});
