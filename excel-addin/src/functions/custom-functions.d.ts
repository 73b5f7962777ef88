/**
 * The part of the `CustomFunctions` global (injected by Excel's custom functions runtime) that the
 * GTM functions use. Only excel-addin/src/functions touches it; tests stub it.
 */
declare namespace CustomFunctions {
  /** Registers a function under its functions.json id; the webpack plugin appends one call per function. */
  function associate(id: string, fn: (...args: never[]) => unknown): void;

  enum ErrorCode {
    invalidValue = '#VALUE!',
    invalidNumber = '#NUM!',
  }

  /** Thrown from a custom function, Excel shows `code` in the cell and `message` on hover. */
  class Error {
    constructor(errorCode: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
}
