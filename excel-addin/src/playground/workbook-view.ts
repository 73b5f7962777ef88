/**
 * Draws the stub workbook of taskpane-workbench.html so a person (and the browser test) can see
 * what the task pane wrote: the sheet tabs, a line per table (sheet, range, header and row count),
 * then the active sheet as a grid. Formulas are computed with the real functions bundle when it is
 * loaded (a spilled result fills the cells below and right, as in Excel). DOM calls only — cell
 * text is set with textContent, never parsed as HTML.
 */
import { columnName } from '../sample/a1';
import { evaluate, type Cell, type Grid } from './formulas';
import type { CustomFunction } from './custom-functions-stub';
import { BORDER, element } from './dom';
import type { StubSheet, StubWorkbook } from './office-stub';
import { formatCell } from './sheet-view';

/** Rows drawn of a sheet; a longer sheet says how many more there are (the table line has the count). */
export const ROWS_SHOWN = 200;

/** The sheet's values with every formula replaced by its (spilled) result or its error code. */
export function computedGrid(sheet: StubSheet, functions: ReadonlyMap<string, CustomFunction> | undefined): { grid: Grid; errors: Map<string, string> } {
  const grid: Grid = [];
  const errors = new Map<string, string>();
  const put = (row: number, column: number, value: Cell): void => {
    (grid[row] ??= [])[column] = value;
  };
  for (const [k, value] of sheet.values) {
    const [r = 0, c = 0] = k.split(',').map(Number);
    put(r, c, value);
  }
  const data = grid.map((row) => [...row]);
  for (const [k, formula] of sheet.formulas) {
    const [r = 0, c = 0] = k.split(',').map(Number);
    if (!functions) {
      put(r, c, formula);
      continue;
    }
    const result = evaluate(formula, data, functions);
    if (result.kind === 'error') {
      put(r, c, result.code);
      errors.set(k, result.message);
    } else {
      result.rows.forEach((line, dr) => line.forEach((value, dc) => put(r + dr, c + dc, value)));
    }
  }
  return { grid, errors };
}

/** Renders `book` into `container`, replacing what was there. */
export function renderWorkbook(container: HTMLElement, book: StubWorkbook, functions: ReadonlyMap<string, CustomFunction> | undefined): void {
  const root = element('section', undefined, { fontFamily: '"Segoe UI", system-ui, sans-serif', color: '#242424' });
  root.setAttribute('aria-label', 'Workbook (stub Excel)');
  root.appendChild(element('h2', 'Workbook (stub Excel)', { fontSize: '16px', margin: '0 0 8px' }));

  const tabs = element('ul', undefined, { display: 'flex', gap: '4px', listStyle: 'none', padding: '0', margin: '0 0 8px' });
  tabs.setAttribute('aria-label', 'Sheets');
  for (const sheet of book.sheets) {
    const active = sheet.name === book.active;
    const tab = element('li', sheet.name, { border: BORDER, padding: '2px 10px', background: active ? '#fff' : '#f3f3f3', fontWeight: active ? '600' : '400' });
    if (active) tab.setAttribute('aria-current', 'true');
    tabs.appendChild(tab);
  }
  root.appendChild(tabs);

  const tables = element('ul', undefined, { margin: '0 0 8px', paddingLeft: '18px', fontSize: '13px' });
  tables.setAttribute('aria-label', 'Tables');
  for (const t of book.tables) {
    const range = `${columnName(t.column)}${t.row + 1}:${columnName(t.column + t.width - 1)}${t.row + t.rows}`;
    const item = element('li', `${t.name} on "${t.sheet}" ${range}: ${(t.rows - 1).toLocaleString('en')} rows under a header row`);
    Object.assign(item.dataset, { table: t.name, sheet: t.sheet, rows: String(t.rows - 1) });
    tables.appendChild(item);
  }
  root.appendChild(tables);

  const sheet = book.sheets.find((s) => s.name === book.active);
  if (sheet) root.appendChild(sheetGrid(sheet, book, functions));
  container.replaceChildren(root);
}

function sheetGrid(sheet: StubSheet, book: StubWorkbook, functions: ReadonlyMap<string, CustomFunction> | undefined): HTMLElement {
  const { grid, errors } = computedGrid(sheet, functions);
  // Array.from: the grid has holes (empty rows), which map() would keep as holes and Math.max read as NaN.
  const width = Math.max(1, ...Array.from(grid, (row) => row?.length ?? 0));
  const headerRows = new Set(book.tables.filter((t) => t.sheet === sheet.name).map((t) => t.row));
  const wrap = element('div', undefined, { overflow: 'auto', maxHeight: '70vh' });
  const table = element('table', undefined, { borderCollapse: 'collapse', fontSize: '12px' });
  table.setAttribute('aria-label', `Sheet ${sheet.name}`);
  const head = table.createTHead().insertRow();
  head.appendChild(element('td', '', { background: '#f3f3f3', border: BORDER }));
  for (let c = 0; c < width; c++) head.appendChild(element('th', columnName(c), { background: '#f3f3f3', border: BORDER, padding: '1px 6px' }));
  const body = table.createTBody();
  const shown = Math.min(grid.length, ROWS_SHOWN);
  for (let r = 0; r < shown; r++) {
    const line = body.insertRow();
    line.appendChild(element('th', String(r + 1), { background: '#f3f3f3', border: BORDER, padding: '1px 6px' }));
    for (let c = 0; c < width; c++) {
      const value = grid[r]?.[c] ?? '';
      const k = `${r},${c}`;
      const style: Partial<CSSStyleDeclaration> = { border: BORDER, padding: '1px 6px', whiteSpace: 'nowrap', textAlign: typeof value === 'number' ? 'right' : 'left' };
      if (headerRows.has(r) && value !== '') Object.assign(style, { background: '#0f6cbd', color: '#fff', fontWeight: '600' });
      const td = element('td', formatCell(value, sheet.numberFormats.get(k)), style);
      td.dataset.cell = `${columnName(c)}${r + 1}`;
      const formula = sheet.formulas.get(k);
      if (formula) td.dataset.formula = formula;
      // The cell's number format, as Excel's Format Cells would name it (tests read it).
      const format = sheet.numberFormats.get(k);
      if (format) td.dataset.format = format;
      const error = errors.get(k);
      if (error) td.title = error;
      line.appendChild(td);
    }
  }
  wrap.appendChild(table);
  if (grid.length > shown) wrap.appendChild(element('p', `… and ${(grid.length - shown).toLocaleString('en')} more rows`, { fontSize: '12px', color: '#616161' }));
  return wrap;
}
