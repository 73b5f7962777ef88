/**
 * Just enough of a spreadsheet for the playground: cells placed by A1 address, and formulas of
 * the form `=GTM.NAME(arg, …)` whose arguments are ranges (`A1:E3`), numbers or "text". Ranges
 * reach the function as Excel passes them: an array of rows, empty cells as "".
 */
import { parseAddress } from '../sample/a1';
import type { CustomFunction } from './custom-functions-stub';

export { columnName, parseAddress } from '../sample/a1';

/** A cell value as Excel passes it. */
export type Cell = string | number | boolean;

/** A sheet: values by zero-based [row][column]. */
export type Grid = Cell[][];

/** What a formula cell shows: a (spilled) value, or an Excel error with its message. */
export type FormulaResult = { kind: 'value'; rows: Cell[][] } | { kind: 'error'; code: string; message: string };

/** A formula argument: a range reference or a literal. */
export type Argument = { range: string } | { literal: Cell };

/** Puts a block of rows into the grid with its top-left cell at `address`. */
export function place(grid: Grid, address: string, rows: readonly (readonly Cell[])[]): void {
  const { row, column } = parseAddress(address);
  rows.forEach((values, r) => {
    const line = (grid[row + r] ??= []);
    values.forEach((value, c) => (line[column + c] = value));
  });
}

/** The values of `A1:E3` as an array of rows; missing cells are "" (an empty cell). */
export function rangeValues(grid: Grid, reference: string): Cell[][] {
  const [from, to = from] = reference.split(':');
  const a = parseAddress(from ?? '');
  const b = parseAddress(to ?? '');
  const rows: Cell[][] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    const row: Cell[] = [];
    for (let c = Math.min(a.column, b.column); c <= Math.max(a.column, b.column); c++) row.push(grid[r]?.[c] ?? '');
    rows.push(row);
  }
  return rows;
}

/**
 * Splits `=GTM.ATTRIBUTE(A1:E3,"linear",14)` into the function id and its arguments.
 * @throws when the text is not such a formula
 */
export function parseFormula(formula: string): { id: string; args: Argument[] } {
  const match = /^=GTM\.([A-Z]+)\((.*)\)$/i.exec(formula.trim());
  if (!match) throw new Error(`not a GTM formula: ${JSON.stringify(formula)}`);
  const args: Argument[] = [];
  const argumentText = match[2] ?? '';
  const pattern = /\s*("(?:[^"]|"")*"|[^,]*)\s*(?:,|$)/g;
  for (let m = pattern.exec(argumentText); m && m.index < argumentText.length; m = pattern.exec(argumentText)) {
    const text = (m[1] ?? '').trim();
    if (text.startsWith('"')) args.push({ literal: text.slice(1, -1).replaceAll('""', '"') });
    else if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(text)) args.push({ range: text });
    else if (text !== '' && Number.isFinite(Number(text))) args.push({ literal: Number(text) });
    else throw new Error(`cannot read the argument ${JSON.stringify(text)} of ${formula}`);
  }
  return { id: (match[1] ?? '').toUpperCase(), args };
}

/** An error a custom function threw, as `CustomFunctions.Error` carries it. */
function isExcelError(error: unknown): error is { code: string; message?: string } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * Computes a formula the way Excel would call the function: ranges as arrays of rows, single-cell
 * ranges as the value, a thrown `CustomFunctions.Error` shown as its code and message.
 */
export function evaluate(formula: string, grid: Grid, functions: ReadonlyMap<string, CustomFunction>): FormulaResult {
  const { id, args } = parseFormula(formula);
  const fn = functions.get(id);
  if (!fn) return { kind: 'error', code: '#NAME?', message: `GTM.${id} is not a function of this add-in` };
  try {
    const values = args.map((arg) => ('range' in arg ? rangeValues(grid, arg.range) : arg.literal));
    const result = fn(...values);
    const rows = Array.isArray(result) ? (result as Cell[][]) : [[result as Cell]];
    return { kind: 'value', rows };
  } catch (error) {
    if (isExcelError(error)) return { kind: 'error', code: error.code, message: error.message ?? '' };
    // Excel shows #VALUE! for an exception that is not a CustomFunctions.Error.
    return { kind: 'error', code: '#VALUE!', message: 'the function failed unexpectedly' };
  }
}
