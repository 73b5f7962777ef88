/**
 * A browser stand-in for the slice of office.js the task pane uses, for the workbench page
 * taskpane-workbench.html only (never packaged): `Office.onReady`, the document's settings, and
 * `Excel.run` over an in-memory workbook of sheets and tables.
 *
 * It keeps Office's batching rules so the pane's code is exercised as Excel would run it: writes
 * and `load`s are queued and happen at `context.sync()`; a property read before it was loaded and
 * synced throws `PropertyNotLoaded`, as office.js does; a values array of the wrong size fails the
 * sync with `InvalidArgument`. A failed sync drops the rest of its batch.
 */
import { blockAddress, columnName, parseAddress } from '../sample/a1';

/** A cell value as Excel stores it. */
export type StubCell = string | number | boolean;

/** One sheet: values, formulas and number formats by "row,column" (zero-based). */
export interface StubSheet {
  name: string;
  values: Map<string, StubCell>;
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
}

/** A table: its sheet, top-left cell, width, and row count including the header row. */
export interface StubTable {
  name: string;
  sheet: string;
  row: number;
  column: number;
  width: number;
  rows: number;
}

/** The whole workbook; `onSync` is told after every successful sync (the page redraws). */
export interface StubWorkbook {
  sheets: StubSheet[];
  tables: StubTable[];
  active: string;
}

/** The error office.js rejects with (`OfficeExtension.Error`): name RichApi.Error and a code. */
export class StubOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Box = { row: number; column: number; rows: number; columns: number };
const key = (row: number, column: number): string => `${row},${column}`;

function parseRange(address: string): Box {
  const [from = '', to = from] = address.replace(/^.*!/, '').split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

function addressOf(box: Box): string {
  return blockAddress(`${columnName(box.column)}${box.row + 1}`, box.rows, box.columns);
}

/** The queue of one `Excel.run`: work done at the next sync, in order. */
class StubContext {
  private queue: (() => void)[] = [];
  constructor(
    readonly book: StubWorkbook,
    private readonly onSync: () => void,
  ) {}
  enqueue(work: () => void): void {
    this.queue.push(work);
  }
  async sync(): Promise<void> {
    const work = this.queue;
    this.queue = [];
    // Office answers asynchronously: let the page paint between batches, as it would.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      for (const step of work) step();
    } finally {
      this.onSync();
    }
  }
  sheet(name: string): StubSheet {
    const sheet = this.book.sheets.find((s) => s.name === name);
    if (!sheet) throw new StubOfficeError('ItemNotFound', `The requested resource doesn't exist. (worksheet "${name}")`);
    return sheet;
  }
}

/** Loaded properties: readable only after `load` and `sync`, as in office.js. */
class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: StubContext) {}
  /** Queues reading `props` (comma-separated or an array); they are readable after the next sync. */
  load(props: string | string[]): this {
    const names = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim());
    this.ctx.enqueue(() => {
      for (const name of names) this.loaded.set(name, this.read(name));
    });
    return this;
  }
  protected read(name: string): unknown {
    throw new StubOfficeError('InvalidArgument', `The property '${name}' cannot be loaded in this stub.`);
  }
  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new StubOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }
}

/** A rectangle of cells on a sheet. */
export class StubRange extends ClientObject {
  constructor(
    ctx: StubContext,
    private readonly sheetOf: () => string,
    private readonly box: () => Box,
  ) {
    super(ctx);
  }
  readonly format = { autofitColumns: (): void => undefined };
  get values(): StubCell[][] {
    return this.loadedValue('values');
  }
  set values(rows: StubCell[][]) {
    this.ctx.enqueue(() => this.writeValues(rows));
  }
  /** @internal writes values now (inside a sync: rows.add uses it). */
  writeValues(rows: StubCell[][]): void {
    this.write(rows, (sheet, k, v) => (sheet.formulas.delete(k), sheet.values.set(k, v)));
  }
  get formulas(): StubCell[][] {
    return this.loadedValue('formulas');
  }
  set formulas(rows: StubCell[][]) {
    this.ctx.enqueue(() =>
      this.write(rows, (sheet, k, v) => {
        if (typeof v === 'string' && v.startsWith('=')) sheet.formulas.set(k, v);
        else sheet.values.set(k, v);
      }),
    );
  }
  set numberFormat(rows: string[][]) {
    this.ctx.enqueue(() => this.write(rows, (sheet, k, v) => sheet.numberFormats.set(k, String(v))));
  }
  get address(): string {
    return this.loadedValue('address');
  }
  /** Empties the cells (values, formulas, formats). */
  clear(): void {
    this.ctx.enqueue(() => {
      const sheet = this.ctx.sheet(this.sheetOf());
      this.each((k) => (sheet.values.delete(k), sheet.formulas.delete(k), sheet.numberFormats.delete(k)));
    });
  }
  getOffsetRange(rows: number, columns: number): StubRange {
    return new StubRange(this.ctx, this.sheetOf, () => {
      const b = this.box();
      return { ...b, row: b.row + rows, column: b.column + columns };
    });
  }
  /** @internal the sheet and box, resolved now (tables.add uses it at sync time). */
  resolve(): { sheet: string; box: Box } {
    return { sheet: this.sheetOf(), box: this.box() };
  }
  protected override read(name: string): unknown {
    const sheet = this.ctx.sheet(this.sheetOf());
    const b = this.box();
    const grid = (cell: (k: string) => StubCell): StubCell[][] =>
      Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.columns }, (_, c) => cell(key(b.row + r, b.column + c))));
    if (name === 'values') return grid((k) => sheet.values.get(k) ?? '');
    if (name === 'formulas') return grid((k) => sheet.formulas.get(k) ?? sheet.values.get(k) ?? '');
    if (name === 'address') return `${this.sheetOf()}!${addressOf(b)}`;
    return super.read(name);
  }
  private each(visit: (k: string) => void): void {
    const b = this.box();
    for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.columns; c++) visit(key(b.row + r, b.column + c));
  }
  private write<T>(rows: T[][], put: (sheet: StubSheet, k: string, v: StubCell) => void): void {
    const b = this.box();
    if (rows.length !== b.rows || rows.some((row) => row.length !== b.columns)) {
      throw new StubOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${addressOf(b)}).`,
      );
    }
    const sheet = this.ctx.sheet(this.sheetOf());
    rows.forEach((row, r) => row.forEach((v, c) => put(sheet, key(b.row + r, b.column + c), v as StubCell)));
  }
}

/** An Excel table, found by name at sync time. */
export class StubTableObject extends ClientObject {
  constructor(
    ctx: StubContext,
    private readonly find: () => StubTable | undefined,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.loadedValue('isNullObject');
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.ctx.enqueue(() => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new StubOfficeError('InvalidArgument', `"${name}" is not a valid table name.`);
      this.table().name = name;
    });
  }
  readonly rows = {
    /** Appends rows under the table (`index` must be undefined/null: the stub appends only). */
    add: (index: number | null | undefined, values: StubCell[][]): void => {
      this.ctx.enqueue(() => {
        const t = this.table();
        if (index !== undefined && index !== null) throw new StubOfficeError('InvalidArgument', 'The stub appends rows only.');
        const body = new StubRange(this.ctx, () => t.sheet, () => ({ row: t.row + t.rows, column: t.column, rows: values.length, columns: t.width }));
        // Through a range, so a row of the wrong width fails the sync as in Excel.
        body.writeValues(values);
        t.rows += values.length;
      });
    },
  };
  getHeaderRowRange(): StubRange {
    return this.range((t) => ({ row: t.row, column: t.column, rows: 1, columns: t.width }));
  }
  getDataBodyRange(): StubRange {
    return this.range((t) => ({ row: t.row + 1, column: t.column, rows: t.rows - 1, columns: t.width }));
  }
  getRange(): StubRange {
    return this.range((t) => ({ row: t.row, column: t.column, rows: t.rows, columns: t.width }));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const t = this.table();
      this.ctx.book.tables.splice(this.ctx.book.tables.indexOf(t), 1);
    });
  }
  protected override read(name: string): unknown {
    if (name === 'isNullObject') return this.find() === undefined;
    if (name === 'name') return this.table().name;
    return super.read(name);
  }
  private range(box: (t: StubTable) => Box): StubRange {
    // The sheet is known only once the table is: both are resolved when the batch runs.
    return new StubRange(this.ctx, () => this.table().sheet, () => box(this.table()));
  }
  private table(): StubTable {
    const t = this.find();
    if (!t) throw new StubOfficeError('ItemNotFound', "The requested resource doesn't exist. (table)");
    return t;
  }
}


/** A worksheet, found by name when the batch runs (or, for a null object, perhaps not at all). */
export class StubWorksheet extends ClientObject {
  constructor(
    ctx: StubContext,
    private readonly nameOf: () => string | undefined,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.loadedValue('isNullObject');
  }
  get name(): string {
    return this.loadedValue('name');
  }
  /** `getRange()` is the whole used area; `getRange("A1:E3")` a block. */
  getRange(address?: string): StubRange {
    return new StubRange(this.ctx, () => this.sheetName(), () => (address === undefined ? this.usedBox() : parseRange(address)));
  }
  getUsedRange(): StubRange {
    return this.getRange();
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.book.active = this.sheetName()));
  }
  readonly tables = {
    /** A table over `range` (a range or an address); with headers, its first row is the header row. */
    add: (range: StubRange | string, hasHeaders: boolean): StubTableObject => {
      let created: StubTable | undefined;
      this.ctx.enqueue(() => {
        const { sheet, box } = typeof range === 'string' ? { sheet: this.sheetName(), box: parseRange(range) } : range.resolve();
        if (!hasHeaders) throw new StubOfficeError('InvalidArgument', 'The stub makes tables with a header row only.');
        const overlap = this.ctx.book.tables.find(
          (t) => t.sheet === sheet && t.row < box.row + box.rows && box.row < t.row + t.rows && t.column < box.column + box.columns && box.column < t.column + t.width,
        );
        if (overlap) throw new StubOfficeError('InvalidArgument', `A table can't overlap another table (${overlap.name}).`);
        created = { name: `Table${this.ctx.book.tables.length + 1}`, sheet, row: box.row, column: box.column, width: box.columns, rows: box.rows };
        this.ctx.book.tables.push(created);
      });
      return new StubTableObject(this.ctx, () => created);
    },
  };
  protected override read(name: string): unknown {
    if (name === 'isNullObject') return this.nameOf() === undefined;
    if (name === 'name') return this.sheetName();
    return super.read(name);
  }
  private sheetName(): string {
    const name = this.nameOf();
    if (name === undefined) throw new StubOfficeError('ItemNotFound', "The requested resource doesn't exist. (worksheet)");
    return this.ctx.sheet(name).name;
  }
  private usedBox(): Box {
    const sheet = this.ctx.sheet(this.sheetName());
    let rows = 1;
    let columns = 1;
    for (const k of [...sheet.values.keys(), ...sheet.formulas.keys()]) {
      const [r = 0, c = 0] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { row: 0, column: 0, rows, columns };
  }
}

/** The workbook a batch sees: its worksheets and tables collections. */
function workbookOf(ctx: StubContext) {
  const book = ctx.book;
  return {
    worksheets: {
      getItem: (name: string) => new StubWorksheet(ctx, () => ctx.sheet(name).name),
      getItemOrNullObject: (name: string) => new StubWorksheet(ctx, () => book.sheets.find((s) => s.name === name)?.name),
      getActiveWorksheet: () => new StubWorksheet(ctx, () => book.active),
      add: (name: string) => {
        ctx.enqueue(() => {
          if (book.sheets.some((s) => s.name === name)) throw new StubOfficeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
          book.sheets.push({ name, values: new Map(), formulas: new Map(), numberFormats: new Map() });
        });
        return new StubWorksheet(ctx, () => name);
      },
    },
    tables: {
      getItem: (name: string) => new StubTableObject(ctx, () => book.tables.find((t) => t.name === name) ?? missingTable(name)),
      getItemOrNullObject: (name: string) => new StubTableObject(ctx, () => book.tables.find((t) => t.name === name)),
    },
  };
}

function missingTable(name: string): never {
  throw new StubOfficeError('ItemNotFound', `The requested resource doesn't exist. (table "${name}")`);
}

/** The request context the `Excel.run` callback gets. */
export type StubRequestContext = { workbook: ReturnType<typeof workbookOf>; sync(): Promise<void> };

/** A new workbook with one empty sheet, "Sheet1", active. */
export function createStubWorkbook(): StubWorkbook {
  return { sheets: [{ name: 'Sheet1', values: new Map(), formulas: new Map(), numberFormats: new Map() }], tables: [], active: 'Sheet1' };
}

/**
 * The `Excel` and `Office` globals over `book`. `Excel.run` syncs what the callback left queued,
 * as office.js does; `onSync` is called after every sync, failed or not (the page redraws).
 */
export function createOfficeStub(book: StubWorkbook, onSync: () => void) {
  const Excel = {
    async run<T>(batch: (context: StubRequestContext) => Promise<T>): Promise<T> {
      const ctx = new StubContext(book, onSync);
      const context: StubRequestContext = { workbook: workbookOf(ctx), sync: () => ctx.sync() };
      const result = await batch(context);
      await ctx.sync();
      return result;
    },
  };
  // The workbook's add-in settings (Office.context.document.settings): set/remove change the
  // in-memory copy, saveAsync "writes the file" and answers asynchronously with a succeeded status.
  const settings = new Map<string, unknown>();
  const Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      document: {
        settings: {
          get: (name: string): unknown => (settings.has(name) ? structuredClone(settings.get(name)) : null),
          set: (name: string, value: unknown): void => void settings.set(name, structuredClone(value)),
          remove: (name: string): void => void settings.delete(name),
          saveAsync(callback?: (result: { status: string }) => void): void {
            setTimeout(() => callback?.({ status: 'succeeded' }), 0);
          },
        },
      },
      // The workbench never signs in through MSAL (its build takes the dev token), so no requirement set is claimed.
      requirements: { isSetSupported: (): boolean => false },
    },
    /** Resolves at once (the stub has nothing to wait for) and calls `callback` like office.js. */
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  return { Excel, Office };
}
