import { EndTouchTally } from './end-touch-tally';
import { AttributionOptionsError } from './errors';
import { LinearTally } from './linear';
import { MarkovTally } from './markov';
import { resolveAttributionOptions, type ResolvedAttributionOptions } from './options';
import type { TouchTally } from './tally';
import { tallyJourneys } from './tally-journeys';
import { TimeDecayTally } from './time-decay';
import { UShapedTally } from './u-shaped';
import { ATTRIBUTION_MODELS } from './types';
import type { AttributionModel, AttributionOptions, AttributionResult, Journey, JourneyModel } from './types';

/**
 * Whether a string (a CLI flag, an Excel argument, a dropdown value) names an attribution model.
 *
 * @example
 * isAttributionModel('time-decay') //=> true
 * isAttributionModel('ols-cs')     //=> true
 * isAttributionModel('Time decay') //=> false
 */
export function isAttributionModel(s: string): s is AttributionModel {
  return (ATTRIBUTION_MODELS as readonly string[]).includes(s);
}

/**
 * Runs a journey model by name over journeys already grouped (the web parts, tests). Files and
 * ranges (the CLI, Excel) stream through {@link AttributionStream} instead, which feeds the same
 * tallies touch by touch and gives the same numbers. (`ols-cs` works on deals: call
 * {@link attributeOlsCs}.)
 *
 * @throws {AttributionOptionsError} when the options are invalid, or when `model` is not a
 *   journey model (possible from untyped callers).
 *
 * @example
 * const at = (day: number) => Date.UTC(2026, 2, day);
 * const journeys = [{ id: 'j1', convertedAt: at(15), value: 100,
 *   touches: [{ channel: 'Email', touchedAt: at(1) }, { channel: 'Paid search', touchedAt: at(8) }] }];
 * attribute('time-decay', journeys).channels.map((c) => c.credit) //=> [66.666…, 33.333…]
 * attribute('linear', journeys).channels.map((c) => c.credit)     //=> [50, 50]
 * attribute('time-decay', journeys, { halfLifeDays: 14 }).channels.map((c) => c.credit) //=> [58.578…, 41.421…]
 */
export function attribute(
  model: JourneyModel,
  journeys: Iterable<Journey> | Journey[],
  options: AttributionOptions = {},
): AttributionResult {
  return tallyJourneys(tallyFor(model, resolveAttributionOptions(options)), journeys);
}

/**
 * @internal The running state of a journey model (see {@link TouchTally}): what
 * {@link attribute} and {@link AttributionStream} feed touches to.
 *
 * @throws {AttributionOptionsError} when `model` is not a journey model (possible from untyped callers).
 *
 * @example
 * tallyFor('linear', resolveAttributionOptions({})).model //=> 'linear'
 */
export function tallyFor(model: JourneyModel, options: ResolvedAttributionOptions): TouchTally {
  switch (model) {
    case 'time-decay':
      return new TimeDecayTally(options);
    case 'first-touch':
    case 'last-touch':
      return new EndTouchTally(model, options);
    case 'linear':
      return new LinearTally(options);
    case 'u-shaped':
      return new UShapedTally(options);
    case 'markov':
      return new MarkovTally(options);
    default:
      return unknownModel(model);
  }
}

function unknownModel(model: never): never {
  const name: unknown = model;
  const journeyModels = ATTRIBUTION_MODELS.filter((m) => m !== 'ols-cs').join(', ');
  const message =
    name === 'ols-cs'
      ? 'the ols-cs model works on deals, not journeys; call attributeOlsCs(deals)'
      : `unknown attribution model ${JSON.stringify(name)}; use one of ${journeyModels}`;
  throw new AttributionOptionsError('model', name, message);
}
