import { JourneyConflictError } from './errors';
import { groupJourneys, JourneyBuilder } from './journey-builder';
import type { TouchpointInput } from './types';

const march = (day: number): number => Date.UTC(2026, 2, day);

function tp(journeyId: string, channel: string, day: number, convertedDay: number | null, value?: number): TouchpointInput {
  return { journeyId, channel, touchedAt: march(day), convertedAt: convertedDay === null ? null : march(convertedDay), value };
}

function thrown(run: () => void): JourneyConflictError {
  try {
    run();
  } catch (error) {
    if (error instanceof JourneyConflictError) return error;
    throw error;
  }
  throw new Error('expected a JourneyConflictError');
}

describe('JourneyBuilder', () => {
  it('groups 4 touchpoints of 2 journeys, journeys in first-seen order and touches in input order', () => {
    const builder = new JourneyBuilder();
    builder.add(tp('b', 'Email', 1, 15, 100));
    builder.add(tp('a', 'Social', 2, null));
    builder.add(tp('b', 'Paid search', 8, 15));
    builder.add(tp('b', 'Email', 3, 15));
    expect(builder.size).toBe(2);
    expect(builder.journeys()).toEqual([
      {
        id: 'b',
        convertedAt: march(15),
        value: 100,
        touches: [
          { channel: 'Email', touchedAt: march(1) },
          { channel: 'Paid search', touchedAt: march(8) },
          { channel: 'Email', touchedAt: march(3) },
        ],
      },
      { id: 'a', convertedAt: null, value: 1, touches: [{ channel: 'Social', touchedAt: march(2) }] },
    ]);
  });

  it('gives a journey value 1 when no row states one', () => {
    expect(groupJourneys([tp('j', 'Email', 1, 15), tp('j', 'Social', 2, 15)])[0]?.value).toBe(1);
  });

  it('takes the value from whichever row states it, even the last, and rows without a value never conflict', () => {
    const journeys = groupJourneys([tp('j', 'Email', 1, 15), tp('j', 'Social', 2, 15, 250), tp('j', 'Display', 3, 15)]);
    expect(journeys[0]?.value).toBe(250);
  });

  it('accepts the same value stated twice', () => {
    expect(groupJourneys([tp('j', 'Email', 1, 15, 80), tp('j', 'Social', 2, 15, 80)])[0]?.value).toBe(80);
  });

  it('refuses two conversion times in one journey, naming the journey and both times', () => {
    const builder = new JourneyBuilder();
    builder.add(tp('J-7', 'Email', 1, 15));
    const error = thrown(() => builder.add(tp('J-7', 'Social', 2, 16)));
    expect(error).toMatchObject({
      name: 'JourneyConflictError',
      journeyId: 'J-7',
      field: 'convertedAt',
      first: march(15),
      second: march(16),
    });
    expect(error.message).toBe(
      'journey "J-7" has two conversion times, 2026-03-15T00:00:00.000Z and 2026-03-16T00:00:00.000Z; ' +
        'give every touchpoint of a journey the same conversion time (or none when it did not convert)',
    );
  });

  it('refuses a journey that both converted and did not (a time, then null)', () => {
    const builder = new JourneyBuilder();
    builder.add(tp('J-8', 'Email', 1, 15));
    expect(() => builder.add(tp('J-8', 'Social', 2, null))).toThrow(
      'journey "J-8" has two conversion times, 2026-03-15T00:00:00.000Z and not converted',
    );
  });

  it('refuses values 100 and 200 in one journey, naming the journey and both values', () => {
    const builder = new JourneyBuilder();
    builder.add(tp('J-9', 'Email', 1, 15, 100));
    builder.add(tp('J-9', 'Display', 1, 15));
    const error = thrown(() => builder.add(tp('J-9', 'Social', 2, 15, 200)));
    expect(error).toMatchObject({ journeyId: 'J-9', field: 'value', first: 100, second: 200 });
    expect(error.message).toContain('journey "J-9" has two values, 100 and 200');
  });

  it('leaves the journey as it was when a row conflicts, so the caller can report the row and go on', () => {
    const builder = new JourneyBuilder();
    builder.add(tp('j', 'Email', 1, 15, 100));
    expect(() => builder.add(tp('j', 'Social', 2, 15, 200))).toThrow(JourneyConflictError);
    expect(() => builder.add(tp('j', 'Social', 2, 16))).toThrow(JourneyConflictError);
    expect(builder.journeys()).toEqual([
      { id: 'j', convertedAt: march(15), value: 100, touches: [{ channel: 'Email', touchedAt: march(1) }] },
    ]);
  });

  it('describes a conversion time too large for a date as the plain number', () => {
    const builder = new JourneyBuilder();
    builder.add({ journeyId: 'j', channel: 'Email', touchedAt: 0, convertedAt: 1e20 });
    expect(() => builder.add({ journeyId: 'j', channel: 'Email', touchedAt: 0, convertedAt: 0 })).toThrow(
      'two conversion times, 100000000000000000000 and 1970-01-01T00:00:00.000Z',
    );
  });

  it('a stated value of 1 is stated: a later 2 conflicts with it, though 1 is also the default', () => {
    const builder = new JourneyBuilder();
    builder.add(tp('j', 'Email', 1, 15));
    builder.add(tp('j', 'Social', 2, 15, 1));
    expect(() => builder.add(tp('j', 'Display', 3, 15, 2))).toThrow('journey "j" has two values, 1 and 2');
  });

  it('each journey takes its own first stated value when journeys interleave: a 30 then 30, b 70 then 70', () => {
    const journeys = groupJourneys([
      tp('a', 'Email', 1, 15),
      tp('b', 'Email', 1, 15),
      tp('a', 'Social', 2, 15, 30),
      tp('b', 'Social', 2, 15, 70),
      tp('a', 'Display', 3, 15, 30),
      tp('b', 'Display', 3, 15, 70),
    ]);
    expect(journeys.map((j) => [j.id, j.value, j.touches.length])).toEqual([
      ['a', 30, 3],
      ['b', 70, 3],
    ]);
  });

  it('starts empty', () => {
    const builder = new JourneyBuilder();
    expect(builder.size).toBe(0);
    expect(builder.journeys()).toEqual([]);
  });
});

describe('groupJourneys', () => {
  it('groups any iterable, e.g. a generator of 3 rows into 2 journeys', () => {
    function* rows(): Generator<TouchpointInput> {
      yield tp('a', 'Email', 1, 15, 100);
      yield tp('b', 'Social', 1, null);
      yield tp('a', 'Paid search', 8, 15);
    }
    const journeys = groupJourneys(rows());
    expect(journeys.map((j) => [j.id, j.touches.length, j.value])).toEqual([
      ['a', 2, 100],
      ['b', 1, 1],
    ]);
  });
});
