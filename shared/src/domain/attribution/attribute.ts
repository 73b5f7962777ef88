import { AttributionOptionsError } from './errors';
import { attributeFirstTouch } from './first-touch';
import { attributeLastTouch } from './last-touch';
import { attributeLinear } from './linear';
import { attributeMarkov } from './markov';
import { attributeTimeDecay } from './time-decay';
import { attributeUShaped } from './u-shaped';
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
 * Runs a journey model by name: the one entry point the CLI, Excel and the web parts share.
 * (`ols-cs` works on deals: call {@link attributeOlsCs}.)
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
  switch (model) {
    case 'time-decay':
      return attributeTimeDecay(journeys, options);
    case 'first-touch':
      return attributeFirstTouch(journeys, options);
    case 'last-touch':
      return attributeLastTouch(journeys, options);
    case 'linear':
      return attributeLinear(journeys, options);
    case 'u-shaped':
      return attributeUShaped(journeys, options);
    case 'markov':
      return attributeMarkov(journeys, options);
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
