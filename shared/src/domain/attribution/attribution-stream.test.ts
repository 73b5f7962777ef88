import { attribute } from './attribute';
import { AttributionStream } from './attribution-stream';
import { TOUCHPOINT_BATCH_ROWS, TouchpointBatch } from './touchpoint-batch';
import { MS_PER_DAY } from './eligible-touches';
import { AttributionOptionsError, JourneyConflictError } from './errors';
import { credits } from './journeys.fixture';
import { groupJourneys } from './journey-builder';
import type { AttributionResult, JourneyModel, TouchpointInput } from './types';

const day = (d: number): number => d * MS_PER_DAY;
const MODELS: JourneyModel[] = ['time-decay', 'first-touch', 'last-touch', 'linear', 'u-shaped', 'markov'];

function streamed(model: JourneyModel, rows: readonly TouchpointInput[], options = {}): AttributionResult {
  const stream = new AttributionStream(model, options);
  for (const r of rows) stream.add(r.journeyId, r.channel, r.touchedAt, r.convertedAt, r.value);
  return stream.result();
}

/** 200 journeys of 1–5 touches, 2 in 3 converting on day 40, touches on days 0–44 (some after). */
function rows(): TouchpointInput[] {
  const out: TouchpointInput[] = [];
  const channels = ['Email', 'Social', 'Paid search', 'Display'];
  for (let j = 0; j < 200; j++) {
    const convertedAt = j % 3 === 2 ? null : day(40);
    for (let t = 0; t <= j % 5; t++) {
      out.push({ journeyId: `j${j}`, channel: channels[(j + t) % 4] as string, touchedAt: day((j * 7 + t * 11) % 45), convertedAt, value: t === 0 ? 10 + j : undefined });
    }
  }
  return out;
}

/** The same rows in a fixed scrambled order (every 7th row first, then every 7th from the next, …). */
function scrambled(input: readonly TouchpointInput[]): TouchpointInput[] {
  const out: TouchpointInput[] = [];
  for (let start = 0; start < 7; start++) for (let i = start; i < input.length; i += 7) out.push(input[i] as TouchpointInput);
  return out;
}

describe('AttributionStream', () => {
  it('splits the worked example as attribute does: Paid search 66.67, Email 33.33 of 100', () => {
    const result = streamed('time-decay', [
      { journeyId: 'j1', channel: 'Email', touchedAt: day(1), convertedAt: day(15), value: 100 },
      { journeyId: 'j1', channel: 'Paid search', touchedAt: day(8), convertedAt: day(15) },
    ]);
    expect(result.total).toBe(100);
    expect(credits(result)['Paid search']).toBeCloseTo(200 / 3, 12);
    expect(credits(result)['Email']).toBeCloseTo(100 / 3, 12);
  });

  it.each(MODELS)('%s: rows in journey order give exactly what attribute gives for the grouped journeys', (model) => {
    for (const options of [{}, { halfLifeDays: 3, lookbackDays: 14 }]) {
      expect(streamed(model, rows(), options)).toEqual(attribute(model, groupJourneys(rows()), options));
    }
  });

  it.each(MODELS)('%s: the same rows scrambled give the same credits (to 1e-12)', (model) => {
    const inOrder = streamed(model, rows());
    const shuffled = streamed(model, scrambled(rows()));
    expect(shuffled.total).toBeCloseTo(inOrder.total, 9);
    expect(shuffled.channels.map((c) => c.channel).sort()).toEqual(inOrder.channels.map((c) => c.channel).sort());
    for (const c of inOrder.channels) expect(credits(shuffled)[c.channel]).toBeCloseTo(c.credit, 9);
  });

  it('weighs touches 10,000 and 10,007 days old 1/3 and 2/3 whichever arrives first (no underflow to 0/0)', () => {
    const old = { journeyId: 'j', channel: 'Old', touchedAt: day(9_993), convertedAt: day(20_000), value: 90 };
    const newer = { journeyId: 'j', channel: 'Newer', touchedAt: day(10_000), convertedAt: day(20_000) };
    for (const order of [[old, newer], [newer, old]]) {
      const result = credits(streamed('time-decay', order));
      expect(result['Old']).toBeCloseTo(30, 9);
      expect(result['Newer']).toBeCloseTo(60, 9);
    }
  });

  it('takes a value stated on a later row, and counts 1 for a journey that states none', () => {
    const result = streamed('linear', [
      { journeyId: 'a', channel: 'Email', touchedAt: day(1), convertedAt: day(9) },
      { journeyId: 'b', channel: 'Social', touchedAt: day(1), convertedAt: day(9) },
      { journeyId: 'a', channel: 'Email', touchedAt: day(2), convertedAt: day(9), value: 50 },
    ]);
    expect(result.total).toBe(51);
    expect(credits(result)).toEqual({ Email: 50, Social: 1 });
  });

  it('refuses a second conversion time or value for a journey and leaves the journey as it was', () => {
    const stream = new AttributionStream('linear');
    stream.add('j1', 'Email', day(1), day(15), 100);
    expect(() => stream.add('j1', 'Social', day(2), null, undefined)).toThrow(JourneyConflictError);
    expect(() => stream.add('j1', 'Social', day(2), day(15), 200)).toThrow('journey "j1" has two values, 100 and 200');
    expect(stream.result().channels).toEqual([{ channel: 'Email', credit: 100, share: 1 }]);
  });

  it('finds a journey from a slice of a longer text (addAt) as from its id', () => {
    const stream = new AttributionStream('last-touch');
    stream.addAt('J0000001,Email,…', 0, 8, 'Email', day(1), day(5), 70);
    stream.add('J0000001', 'Social', day(2), day(5), undefined);
    expect(stream.size).toBe(1);
    expect(credits(stream.result())).toEqual({ Social: 70 });
  });

  it('keeps 100,000 journeys apart: one touch each on alternating channels gives 50,000 to each', () => {
    const stream = new AttributionStream('first-touch');
    for (let j = 0; j < 100_000; j++) stream.add(`J${j}`, j % 2 === 0 ? 'Email' : 'Social', day(1), day(2), 1);
    expect(stream.size).toBe(100_000);
    expect(credits(stream.result())).toEqual({ Email: 50_000, Social: 50_000 });
  });

  it('checks its options and model when made, before any row', () => {
    expect(() => new AttributionStream('time-decay', { halfLifeDays: 0 })).toThrow(AttributionOptionsError);
    expect(() => new AttributionStream('ols-cs' as JourneyModel)).toThrow('the ols-cs model works on deals, not journeys');
  });
});

describe('AttributionStream.addBatch', () => {
  /** The rows as one CSV-like text, each journey id a slice of it, pushed into batches as a reader does. */
  function batched(model: JourneyModel, input: readonly TouchpointInput[]): { result: AttributionResult; refused: number[] } {
    const stream = new AttributionStream(model);
    const batch = new TouchpointBatch();
    const refused: number[] = [];
    let pushed = 0;
    const flush = (base: number): void => stream.addBatch(batch, (row) => refused.push(base + row));
    for (const r of input) {
      const text = `${r.journeyId},${r.channel}`;
      const full = !batch.push(text, 0, r.journeyId.length, r.channel, r.touchedAt, r.convertedAt, r.value);
      pushed++;
      if (full) flush(pushed - TOUCHPOINT_BATCH_ROWS);
    }
    flush(pushed - batch.size);
    return { result: stream.result(), refused };
  }

  it.each(MODELS)('%s: 1,000 rows in batches of 1,024 credit as adding them one by one, in any order', (model) => {
    const input = scrambled([...rows(), ...rows().map((r) => ({ ...r, journeyId: `${r.journeyId}b` }))]);
    expect(input.length).toBeGreaterThan(TOUCHPOINT_BATCH_ROWS); // two batches, the second part-full
    expect(batched(model, input)).toEqual({ result: streamed(model, input), refused: [] });
  });

  it('refuses the row whose conversion disagrees with its journey (row 2 of 3), and credits the other two', () => {
    const { result, refused } = batched('linear', [
      { journeyId: 'j1', channel: 'Email', touchedAt: day(1), convertedAt: day(10), value: 100 },
      { journeyId: 'j1', channel: 'Social', touchedAt: day(2), convertedAt: day(11), value: undefined },
      { journeyId: 'j1', channel: 'Display', touchedAt: day(3), convertedAt: day(10), value: undefined },
    ]);
    expect(refused).toEqual([1]);
    expect(result.channels.map((c) => [c.channel, c.credit])).toEqual([['Display', 50], ['Email', 50]]); // equal credit: by name
  });
});
