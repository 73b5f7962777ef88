import { attribute, isAttributionModel } from './attribute';
import { AttributionOptionsError } from './errors';
import { attributeFirstTouch } from './first-touch';
import { attributeLastTouch } from './last-touch';
import { attributeLinear } from './linear';
import { attributeMarkov } from './markov';
import { attributeTimeDecay } from './time-decay';
import { ATTRIBUTION_MODELS, type JourneyModel } from './types';
import { attributeUShaped } from './u-shaped';
import type { Journey } from './types';

const march = (d: number): number => Date.UTC(2026, 2, d);
const journeys: Journey[] = [
  {
    id: 'j1',
    convertedAt: march(15),
    value: 100,
    touches: [
      { channel: 'Email', touchedAt: march(1) },
      { channel: 'Social', touchedAt: march(4) },
      { channel: 'Paid search', touchedAt: march(8) },
    ],
  },
  { id: 'j2', convertedAt: null, value: 1, touches: [{ channel: 'Social', touchedAt: march(2) }] },
];

describe('attribute', () => {
  it('runs each journey model by name, with the same result as calling it directly', () => {
    const options = { halfLifeDays: 3, lookbackDays: 30 };
    expect(attribute('time-decay', journeys, options)).toEqual(attributeTimeDecay(journeys, options));
    expect(attribute('first-touch', journeys, options)).toEqual(attributeFirstTouch(journeys, options));
    expect(attribute('last-touch', journeys, options)).toEqual(attributeLastTouch(journeys, options));
    expect(attribute('linear', journeys, options)).toEqual(attributeLinear(journeys, options));
    expect(attribute('u-shaped', journeys, options)).toEqual(attributeUShaped(journeys, options));
    expect(attribute('markov', journeys, options)).toEqual(attributeMarkov(journeys, options));
  });

  it('labels each result with its model', () => {
    const models: JourneyModel[] = ['time-decay', 'first-touch', 'last-touch', 'linear', 'u-shaped', 'markov'];
    expect(models.map((m) => attribute(m, journeys).model)).toEqual(models);
  });

  it('splits the worked example 66.67 / 33.33 by time decay and 50 / 50 linearly', () => {
    const example: Journey[] = [
      {
        id: 'worked example',
        convertedAt: march(15),
        value: 100,
        touches: [
          { channel: 'Email', touchedAt: march(1) },
          { channel: 'Paid search', touchedAt: march(8) },
        ],
      },
    ];
    expect(attribute('time-decay', example).channels.map((c) => c.credit)).toEqual([
      expect.closeTo(66.6667, 4),
      expect.closeTo(33.3333, 4),
    ]);
    expect(attribute('linear', example).channels.map((c) => c.credit)).toEqual([50, 50]);
  });

  it('accepts a generator of journeys', () => {
    function* generate(): Generator<Journey> {
      yield* journeys;
    }
    expect(attribute('linear', generate())).toEqual(attributeLinear(journeys));
  });

  it('refuses ols-cs, which works on deals, pointing at attributeOlsCs', () => {
    const model = 'ols-cs' as JourneyModel;
    expect(() => attribute(model, journeys)).toThrow(AttributionOptionsError);
    expect(() => attribute(model, journeys)).toThrow('the ols-cs model works on deals, not journeys; call attributeOlsCs(deals)');
  });

  it('refuses an unknown model name from an untyped caller, listing the models', () => {
    expect(() => attribute('shapley' as JourneyModel, journeys)).toThrow(
      'unknown attribution model "shapley"; use one of time-decay, first-touch, last-touch, linear, u-shaped, markov',
    );
  });
});

describe('isAttributionModel', () => {
  it('accepts the 7 model names, ols-cs included', () => {
    expect(ATTRIBUTION_MODELS.filter(isAttributionModel)).toHaveLength(7);
  });

  it('rejects other spellings: "Time decay", "linear " and ""', () => {
    expect(['Time decay', 'linear ', '', 'toString'].some(isAttributionModel)).toBe(false);
  });
});
