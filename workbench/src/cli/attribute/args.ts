import { parseArgs } from 'node:util';
import { ATTRIBUTION_MODELS, isAttributionModel, type AttributionModel } from '@gtm/shared/attribution';
import { parseDecimal } from '../../csv/parse-number';
import { usageErrorFrom, UsageError } from '../errors';
import { gluedNegativeValues } from '../option-values';

export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `gtm attribute` after its command line was checked. */
export interface AttributeArgs {
  help: false;
  /** A path, or null for stdin (`-` or no file). */
  input: string | null;
  model: AttributionModel;
  halfLifeDays: number | undefined;
  lookbackDays: number | undefined;
  format: OutputFormat;
  skipInvalid: boolean;
  /** `--allow-refunds`: a negative value or amount (a refund) is credited as it is instead of refused. */
  allowRefunds: boolean;
}

const COMMAND = 'attribute';

/**
 * Reads `gtm attribute`'s arguments (after the word `attribute`).
 *
 * @throws {UsageError} naming the option and the values it takes.
 *
 * @example
 * parseAttributeArgs(['journeys.csv', '--model', 'time-decay', '--half-life', '14'])
 * // → { help: false, input: 'journeys.csv', model: 'time-decay', halfLifeDays: 14, lookbackDays: undefined, format: 'table', skipInvalid: false, allowRefunds: false }
 */
export function parseAttributeArgs(argv: readonly string[]): AttributeArgs | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: gluedNegativeValues(argv, ['half-life', 'lookback']),
      options: {
        model: { type: 'string', short: 'm' },
        'half-life': { type: 'string' },
        lookback: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'skip-invalid': { type: 'boolean' },
        'allow-refunds': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageErrorFrom(error, COMMAND);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true };

  if (positionals.length > 1) {
    throw new UsageError(`give one input file, got ${positionals.length}: ${positionals.join(' ')}`, COMMAND);
  }
  const file = positionals[0];

  const model = values.model;
  if (model === undefined) throw new UsageError(`missing --model (one of: ${ATTRIBUTION_MODELS.join(', ')})`, COMMAND);
  if (!isAttributionModel(model)) {
    throw new UsageError(`unknown model "${model}" (use one of: ${ATTRIBUTION_MODELS.join(', ')})`, COMMAND);
  }

  const format = values.format ?? 'table';
  if (!isOutputFormat(format)) {
    throw new UsageError(`unknown format "${format}" (use one of: ${OUTPUT_FORMATS.join(', ')})`, COMMAND);
  }

  return {
    help: false,
    input: file === undefined || file === '-' ? null : file,
    model,
    halfLifeDays: days(values['half-life'], '--half-life', 'greater than 0', (d) => d > 0, 7),
    lookbackDays: days(values.lookback, '--lookback', '0 or more', (d) => d >= 0, 30),
    format,
    skipInvalid: values['skip-invalid'] === true,
    allowRefunds: values['allow-refunds'] === true,
  };
}

function days(
  text: string | undefined,
  option: string,
  range: string,
  inRange: (d: number) => boolean,
  example: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = parseDecimal(text);
  if (Number.isNaN(value) || !inRange(value)) {
    throw new UsageError(
      `${option} must be a number of days ${range}, got "${text}" (e.g. ${option} ${example})`,
      COMMAND,
    );
  }
  return value;
}

function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(s);
}
