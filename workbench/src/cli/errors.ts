/**
 * The errors a user can act on. The dispatcher prints their message and exits 2; anything else is
 * a bug in gtm (exit 1, stack with GTM_DEBUG=1).
 */

/** The command line is wrong: an unknown option, a bad option value, a missing argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** The command whose `--help` the message points to, if any. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** The input is wrong: a file that cannot be read, a missing column, a bad value on some line. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Where a row went wrong, for one message and for the --skip-invalid summary. */
export interface RowProblem {
  line: number;
  reason: string;
}

export function describeRowProblem(problem: RowProblem): string {
  return `line ${problem.line}: ${problem.reason}`;
}

/**
 * An error's message and code without `instanceof Error`, which is false for errors made in
 * another realm (Node's own errors seen from a jest sandbox, for one).
 */
export function errorParts(error: unknown): { message: string; code: string | undefined; stack: string | undefined } {
  if (typeof error === 'object' && error !== null) {
    const { message, code, stack } = error as { message?: unknown; code?: unknown; stack?: unknown };
    return {
      message: typeof message === 'string' ? message : String(error),
      code: typeof code === 'string' ? code : undefined,
      stack: typeof stack === 'string' ? stack : undefined,
    };
  }
  return { message: String(error), code: undefined, stack: undefined };
}

/**
 * A `node:util` parseArgs failure as a UsageError for `command`. Node's advice about `--` for an
 * unknown option would only confuse here, so only its first sentence is kept.
 */
export function usageErrorFrom(error: unknown, command: string): UsageError {
  const { message, code } = errorParts(error);
  return new UsageError(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (message.split('. ')[0] ?? message) : message, command);
}
