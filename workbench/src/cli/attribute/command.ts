import type { Readable } from 'node:stream';
import { attributeOlsCs, AttributionOptionsError, AttributionStream, type AttributionResult } from '@gtm/shared/attribution';
import { openCsvFile } from '../../csv/read-csv';
import { describeRowProblem, errorParts, InputError, UsageError } from '../errors';
import { fileShapeError } from '../file-shape';
import type { CliIo } from '../io';
import { parseAttributeArgs, type AttributeArgs } from './args';
import { formatResult } from './format';
import { readDeals, DEAL_HEADER } from './read-deals';
import { SKIPPED_SHOWN, type SkippedRows } from './read-rows';
import { readTouchpoints, TOUCHPOINT_HEADER } from './read-touchpoints';

export const ATTRIBUTE_USAGE = `Usage: gtm attribute [FILE.csv | -] --model MODEL [options]

Credits channels with the value of converted journeys (or deal amounts, for ols-cs).
Reads FILE.csv, or stdin when FILE is - or left out.

Models:
  time-decay    each touch weighs 2^(-days before conversion / half-life)
  first-touch   the first touch gets it all
  last-touch    the last touch gets it all
  linear        every touch gets an equal share
  u-shaped      40% first, 40% last, 20% shared by the touches between
  markov        removal effect of each channel in a Markov chain of the paths
  ols-cs        deals: original lead source and conversion source

Options:
  -m, --model MODEL      one of the models above (required)
      --half-life DAYS   time-decay half-life, a number > 0 (default 7)
      --lookback DAYS    ignore touches more than DAYS before the conversion
  -f, --format FORMAT    table (default), csv or json
      --skip-invalid     skip bad rows (reported on stderr) instead of stopping at the first
      --allow-refunds    accept a negative value or amount (a refund) and credit it as it is;
                         without it a negative number stops the read at its line, as in gtm import
  -h, --help             show this help

Input (a header row, columns in any order, names in any case, extra columns ignored):
  journeys  ${TOUCHPOINT_HEADER}
  deals     ${DEAL_HEADER}
  Times are ISO 8601 with Z or an offset (2026-03-01T09:30:00Z), or a date (2026-03-01, UTC).
  An empty converted_at means the journey did not convert; an empty value counts as 1.

Exit status: 0 done, 2 bad arguments or bad input, 1 internal error.

Example:
  gtm attribute touchpoints.csv --model time-decay --half-life 7 --format json
`;

/** `gtm attribute …`: returns the exit code. */
export async function attributeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseAttributeArgs(argv);
  if (args.help) {
    io.stdout(ATTRIBUTE_USAGE);
    return 0;
  }
  if (args.input === null && io.stdinIsTty) {
    throw new UsageError('no input: give a CSV file, or pipe one into stdin', 'attribute');
  }

  const { result, skipped } = await run(args, args.input === null ? io.stdin : openCsvFile(args.input));
  if (skipped.count > 0) io.stderr(describeSkipped(skipped));
  io.stdout(formatResult(result, args.format));
  return 0;
}

async function run(args: AttributeArgs, input: Readable): Promise<{ result: AttributionResult; skipped: SkippedRows }> {
  try {
    if (args.model === 'ols-cs') {
      const { deals, skipped } = await readDeals(input, args);
      return { result: attributeOlsCs(deals), skipped };
    }
    const stream = new AttributionStream(args.model, { halfLifeDays: args.halfLifeDays, lookbackDays: args.lookbackDays });
    const { skipped } = await readTouchpoints(input, stream, args);
    return { result: stream.result(), skipped };
  } catch (error) {
    if (error instanceof AttributionOptionsError) throw new UsageError(error.message, 'attribute');
    throwIfDefined(fileShapeError(error, args.input ?? '-'));
    const reason = unreadable(error);
    if (reason !== undefined) throw new InputError(`cannot read ${JSON.stringify(args.input ?? '-')}: ${reason}`);
    throw error;
  } finally {
    input.destroy();
  }
}

function throwIfDefined(error: InputError | undefined): void {
  if (error !== undefined) throw error;
}

/** A file-system error's plain meaning, or undefined for any other error. */
function unreadable(error: unknown): string | undefined {
  switch (errorParts(error).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return undefined;
  }
}

function describeSkipped(skipped: SkippedRows): string {
  const lines = [`gtm: skipped ${skipped.count} invalid row${skipped.count === 1 ? '' : 's'}:`];
  for (const problem of skipped.first) lines.push(`  ${describeRowProblem(problem)}`);
  if (skipped.count > SKIPPED_SHOWN) lines.push(`  … and ${skipped.count - SKIPPED_SHOWN} more`);
  return `${lines.join('\n')}\n`;
}
