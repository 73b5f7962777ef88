import { JourneyBuilder, type Deal, type Journey, type TouchpointSink } from '@gtm/shared';
import { cellToMs, isBlank, trimmed } from './excel-dates';
import { atRow, ExcelInputError } from './excel-errors';

/** A range as Excel passes it: an array of rows. */
export type Range = readonly (readonly unknown[])[];

/** A column a range may hold, in the order used when the range has no header row. */
export interface ColumnSpec {
  name: string;
  required: boolean;
}

export const TOUCHPOINT_COLUMNS: readonly ColumnSpec[] = [
  { name: 'journey_id', required: true },
  { name: 'channel', required: true },
  { name: 'touched_at', required: true },
  { name: 'converted_at', required: true },
  { name: 'value', required: false },
];

export const DEAL_COLUMNS: readonly ColumnSpec[] = [
  { name: 'deal_id', required: true },
  { name: 'amount', required: true },
  { name: 'ols', required: true },
  { name: 'ols_date', required: false },
  { name: 'cs', required: true },
  { name: 'cs_date', required: false },
];

/** Where each column sits (undefined: absent), and the index of the first data row. */
export interface RangeLayout {
  columns: Record<string, number | undefined>;
  firstDataRow: number;
}

/**
 * Finds the columns of a range. The first non-blank row is a header when its cells name the
 * columns (any order, any case); then every required name must be there. Otherwise the range has
 * no header and the columns come in the spec's order.
 *
 * @throws {ExcelInputError} #VALUE! when a header row lacks a required column.
 *
 * @example
 * layoutOf([['channel', 'journey_id', 'converted_at', 'touched_at']], TOUCHPOINT_COLUMNS)
 * //=> { columns: { journey_id: 1, channel: 0, touched_at: 3, converted_at: 2, value: undefined }, firstDataRow: 1 }
 */
export function layoutOf(rows: Range, spec: readonly ColumnSpec[]): RangeLayout {
  const first = rows.findIndex((row) => !isBlankRow(row));
  const header = first < 0 ? undefined : rows[first];
  const names = (header ?? []).map((cell) => (typeof cell === 'string' ? cell.trim().toLowerCase() : undefined));
  const known = new Set(spec.map((c) => c.name));
  if (header !== undefined && names.some((n) => n !== undefined && known.has(n))) {
    const columns: Record<string, number | undefined> = {};
    for (const column of spec) {
      const i = names.indexOf(column.name);
      if (i < 0 && column.required) {
        throw new ExcelInputError(
          '#VALUE!',
          `row ${first + 1}: the header has no ${column.name} column; ` +
            `name the columns ${spec.map((c) => (c.required ? c.name : `[${c.name}]`)).join(', ')}`,
        );
      }
      columns[column.name] = i < 0 ? undefined : i;
    }
    return { columns, firstDataRow: first + 1 };
  }
  const columns: Record<string, number | undefined> = {};
  spec.forEach((column, i) => (columns[column.name] = i));
  return { columns, firstDataRow: Math.max(first, 0) };
}

/** Whether every cell of a row is blank ('' or null). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

/**
 * Reads a touchpoints range into journeys (see {@link readTouchpoints}), for callers that want
 * the journeys themselves; GTM.ATTRIBUTE streams the rows into an AttributionStream instead.
 *
 * @throws {ExcelInputError} #VALUE! at the first bad row: `row 7: touched_at is not a date …`.
 *
 * @example
 * readJourneys([['j1', 'Email', 46082, 46096, 100], ['j1', 'Paid search', 46089, 46096]])
 * //=> [{ id: 'j1', convertedAt: 1773532800000, value: 100, touches: [Email, Paid search] }]
 */
export function readJourneys(rows: Range): Journey[] {
  const builder = new JourneyBuilder();
  readTouchpoints(rows, {
    add: (journeyId, channel, touchedAt, convertedAt, value) => builder.add({ journeyId, channel, touchedAt, convertedAt, value }),
  });
  return builder.journeys();
}

/**
 * Reads a touchpoints range (journey_id, channel, touched_at, converted_at[, value]) into
 * `sink`, row by row. Dates are Excel serials or ISO text; an empty converted_at means not
 * converted, an empty value states none. Blank rows are skipped.
 *
 * One pass, as the CLI's CSV reader does it: the rows of a journey usually come together and
 * repeat its id, conversion time and value, so each of those cells is read only when it differs
 * from the previous row's, and channel names are shared strings (see {@link ChannelNames}). A
 * row is only checked for being blank when its journey_id is.
 *
 * @throws {ExcelInputError} #VALUE! at the first bad row: `row 7: touched_at is not a date …`.
 */
export function readTouchpoints(rows: Range, sink: TouchpointSink): void {
  const { columns, firstDataRow } = layoutOf(rows, TOUCHPOINT_COLUMNS);
  // Column indexes; -1 for an absent column (only value may be), which reads as a blank cell.
  const col = (name: string): number => columns[name] ?? -1;
  const [idCol, channelCol, touchedCol, convertedCol, valueCol] = [
    col('journey_id'),
    col('channel'),
    col('touched_at'),
    col('converted_at'),
    col('value'),
  ] as const;
  const channels = new ChannelNames();
  // The previous row's cell of each repeated column and what it read as (NOT_READ: none yet).
  let idCell: unknown = NOT_READ;
  let journeyId = '';
  let convertedCell: unknown = NOT_READ;
  let convertedAt: number | null = null;
  let valueCell: unknown = NOT_READ;
  let value: number | undefined;
  let r = firstDataRow;
  try {
    for (; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const id = row[idCol];
      if (id !== idCell) {
        if (isBlank(id)) {
          if (isBlankRow(row)) continue;
          throw new ExcelInputError('#VALUE!', 'journey_id is empty');
        }
        journeyId = trimmed(String(id));
        idCell = id;
      }
      const channel = channels.of(row[channelCol]);
      const touched = date(row[touchedCol], 'touched_at');
      const converted = row[convertedCol];
      if (converted !== convertedCell) {
        convertedAt = isBlank(converted) ? null : date(converted, 'converted_at');
        convertedCell = converted;
      }
      const stated = valueCol < 0 ? undefined : row[valueCol];
      if (stated !== valueCell) {
        value = optionalNumber(stated, 'value');
        valueCell = stated;
      }
      sink.add(journeyId, channel, touched, convertedAt, value);
    }
  } catch (error) {
    throw atRow(r + 1, error);
  }
}

/** The previous cell before the first data row: unequal to every cell, so that row is always read. */
const NOT_READ: unique symbol = Symbol('not read');

/**
 * The channel names seen so far. A range has a handful of channels in fresh strings on every row:
 * comparing a cell with each known one finds the name without trimming, and the touches share one
 * string per channel, whose hash the model's credit sheet then computes once, not once per touch.
 */
class ChannelNames {
  private readonly cells: unknown[] = [];
  private readonly names: string[] = [];

  /**
   * The trimmed channel name of a cell.
   * @throws {ExcelInputError} #VALUE! when the cell is blank.
   */
  of(cell: unknown): string {
    const cells = this.cells;
    for (let k = 0; k < cells.length; k++) if (cells[k] === cell) return this.names[k] as string;
    const name = text(cell, 'channel');
    // A scan of more than a few dozen names would cost more than it saves: the rest are read each time.
    if (cells.length < 32) {
      cells.push(cell);
      this.names.push(name);
    }
    return name;
  }
}

/**
 * Reads a deals range (deal_id, amount, ols, ols_date, cs, cs_date) into deals; blank rows are
 * skipped, a blank source is kept blank (the domain credits it to `(unattributed)`).
 *
 * @throws {ExcelInputError} #VALUE! at the first bad row.
 */
export function readDeals(rows: Range): Deal[] {
  const { columns, firstDataRow } = layoutOf(rows, DEAL_COLUMNS);
  const deals: Deal[] = [];
  for (let r = firstDataRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isBlankRow(row)) continue;
    const at = (name: string): unknown => {
      const i = columns[name];
      return i === undefined ? undefined : row[i];
    };
    try {
      deals.push({
        dealId: text(at('deal_id'), 'deal_id'),
        amount: number(at('amount'), 'amount'),
        ols: isBlank(at('ols')) ? '' : String(at('ols')),
        olsDate: optionalDate(at('ols_date'), 'ols_date'),
        cs: isBlank(at('cs')) ? '' : String(at('cs')),
        csDate: optionalDate(at('cs_date'), 'cs_date'),
      });
    } catch (error) {
      throw atRow(r + 1, error);
    }
  }
  return deals;
}

/**
 * The cells of a one-column (or one-row) range, in order.
 *
 * @example
 * column([['Partner'], ['Events']]) //=> ['Partner', 'Events']
 */
export function column(range: Range): unknown[] {
  if (range.length === 1) return [...(range[0] ?? [])];
  return range.map((row) => row[0]);
}

/**
 * Deals from three equal-length columns (OLS source, CS source, amount), as GTM.OLSCS takes them.
 * Rows blank in all three are skipped; deals are named by their row.
 *
 * @throws {ExcelInputError} #VALUE! when the lengths differ or an amount is not a number.
 */
export function dealsFromColumns(ols: Range, cs: Range, amount: Range): Deal[] {
  const [o, c, a] = [column(ols), column(cs), column(amount)];
  if (o.length !== c.length || o.length !== a.length) {
    throw new ExcelInputError(
      '#VALUE!',
      `ols, cs and amount must be the same length, got ${o.length}, ${c.length} and ${a.length} cells`,
    );
  }
  const deals: Deal[] = [];
  for (let i = 0; i < o.length; i++) {
    if (isBlank(o[i]) && isBlank(c[i]) && isBlank(a[i])) continue;
    try {
      deals.push({
        dealId: `row ${i + 1}`,
        amount: number(a[i], 'amount'),
        ols: isBlank(o[i]) ? '' : String(o[i]),
        olsDate: null,
        cs: isBlank(c[i]) ? '' : String(c[i]),
        csDate: null,
      });
    } catch (error) {
      throw atRow(i + 1, error);
    }
  }
  return deals;
}

function text(cell: unknown, name: string): string {
  if (isBlank(cell)) throw new ExcelInputError('#VALUE!', `${name} is empty`);
  return trimmed(String(cell));
}

/** Epoch ms of a date cell; a blank cell reads as NaN too, so it is only told apart on failure. */
function date(cell: unknown, name: string): number {
  const ms = cellToMs(cell);
  if (Number.isNaN(ms)) {
    if (isBlank(cell)) throw new ExcelInputError('#VALUE!', `${name} is empty`);
    throw new ExcelInputError(
      '#VALUE!',
      `${name} is not a date (${describe(cell)}); use an Excel date or ISO text such as 2026-03-01 or 2026-03-01T09:00Z`,
    );
  }
  return ms;
}

function optionalDate(cell: unknown, name: string): number | null {
  return isBlank(cell) ? null : date(cell, name);
}

function number(cell: unknown, name: string): number {
  if (isBlank(cell)) throw new ExcelInputError('#VALUE!', `${name} is empty`);
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  if (!Number.isFinite(n)) throw new ExcelInputError('#VALUE!', `${name} is not a number (${describe(cell)})`);
  return n;
}

function optionalNumber(cell: unknown, name: string): number | undefined {
  return isBlank(cell) ? undefined : number(cell, name);
}

/** A cell as the message shows it: text quoted, numbers as they are. */
function describe(cell: unknown): string {
  return typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
}
