import { ChannelIndex, JourneyTable } from './journey-table';
import type { TouchTally } from './tally';
import type { AttributionResult, Journey } from './types';

/**
 * @internal Runs a tally over journeys already grouped (the web parts' and the tests' way in):
 * journey objects are numbered in order, so two objects with the same id stay two journeys.
 *
 * @example
 * tallyJourneys(new LinearTally({ halfLifeDays: 7, lookbackDays: Infinity }), journeys) // same as attributeLinear(journeys)
 */
export function tallyJourneys(tally: TouchTally, journeys: Iterable<Journey>): AttributionResult {
  const table = new JourneyTable();
  const channels = new ChannelIndex();
  for (const journey of journeys) {
    const convertedAt = journey.convertedAt;
    const j = table.push(convertedAt, journey.value, true);
    for (const touch of journey.touches) tally.add(j, channels.indexOf(touch.channel), touch.touchedAt, convertedAt);
  }
  return tally.result(table, channels.names);
}
