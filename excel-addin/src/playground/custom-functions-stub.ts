/**
 * A stand-in for the `CustomFunctions` global Excel's runtime injects: `associate` records each
 * function by its id (as the bundle's generated calls register them), and `Error`/`ErrorCode` are
 * what the functions throw. Lets the playground (and the benchmark) run the real functions bundle.
 */

/** The Excel error codes, as the runtime's `CustomFunctions.ErrorCode` spells them. */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** What a function throws for bad input: Excel shows `code` in the cell and `message` on hover. */
export class StubCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? '');
    this.name = 'CustomFunctions.Error';
  }
}

/** A registered custom function. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsStub {
  associate(id: string, fn: CustomFunction): void;
  Error: typeof StubCustomFunctionError;
  ErrorCode: typeof ERROR_CODES;
  /** The functions `associate` recorded, by id (ATTRIBUTE, OLSCS, …). */
  functions: Map<string, CustomFunction>;
}

/** A fresh stub with nothing associated yet. */
export function createCustomFunctionsStub(): CustomFunctionsStub {
  const functions = new Map<string, CustomFunction>();
  return {
    associate: (id, fn) => void functions.set(id.toUpperCase(), fn),
    Error: StubCustomFunctionError,
    ErrorCode: ERROR_CODES,
    functions,
  };
}
