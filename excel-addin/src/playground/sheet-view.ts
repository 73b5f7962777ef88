/**
 * Draws the playground with DOM calls only (textContent, never HTML strings): the sample data as
 * a small sheet with column letters and row numbers, then each formula cell with its formula, its
 * result (a spilled table, a value, or the Excel error and its message) and a note.
 */
import { SAMPLE_FORMULAS, type SampleFormula } from '../sample/worked-example';
import { columnName, evaluate, type Cell, type Grid } from './formulas';
import type { CustomFunction } from './custom-functions-stub';
import { BORDER, element, scrollBox } from './dom';
import { formatNumber, generalNumber } from './number-format';
import { formulaInput } from './formula-input';

const FONT = '"Segoe UI", system-ui, sans-serif';

/**
 * A cell as Excel shows it: under its number format string when it has one (`0.00`, `0.0%`,
 * `yyyy-mm-dd`, …), else as General (whole numbers as they are, others to 10 significant digits).
 */
export function formatCell(value: Cell, numberFormat?: string): string {
  if (typeof value !== 'number') return String(value);
  return numberFormat === undefined ? generalNumber(value) : formatNumber(value, numberFormat);
}

/** The number format of column `column` of a sample formula's result, as the task pane sets it. */
function resultFormat(sample: SampleFormula, column: number): string | undefined {
  return sample.numberFormats?.[column] ?? (sample.format === 'date' ? 'yyyy-mm-dd' : undefined);
}

function cellStyle(value: Cell): Partial<CSSStyleDeclaration> {
  return { border: BORDER, padding: '2px 8px', textAlign: typeof value === 'number' ? 'right' : 'left', whiteSpace: 'nowrap' };
}

/** The data cells, with a header row of column letters and a first column of row numbers. */
function sheetTable(grid: Grid): HTMLTableElement {
  const width = Math.max(...grid.map((row) => row.length));
  const table = element('table', undefined, { borderCollapse: 'collapse', fontSize: '13px' });
  table.setAttribute('aria-label', 'Sample data, Sheet1');
  const head = table.createTHead().insertRow();
  // The corner above the row numbers heads nothing: a plain cell, not an empty header.
  head.appendChild(element('td', '', { background: '#f3f3f3', border: BORDER }));
  for (let c = 0; c < width; c++) head.appendChild(element('th', columnName(c), { background: '#f3f3f3', border: BORDER, padding: '2px 8px' }));
  const body = table.createTBody();
  grid.forEach((row, r) => {
    const line = body.insertRow();
    line.appendChild(element('th', String(r + 1), { background: '#f3f3f3', border: BORDER, padding: '2px 6px' }));
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? '';
      const td = element('td', formatCell(value), cellStyle(value));
      td.dataset.cell = `${columnName(c)}${r + 1}`;
      line.appendChild(td);
    }
  });
  return table;
}

/** One formula cell: address and formula, then its result or its error. */
function formulaCard(sample: SampleFormula, grid: Grid, functions: ReadonlyMap<string, CustomFunction>): HTMLElement {
  const { cell, formula, note } = sample;
  const card = element('section', undefined, { border: BORDER, borderRadius: '4px', padding: '8px 12px', margin: '0 0 12px' });
  card.dataset.formulaCell = cell;
  // A long formula breaks inside the card rather than widening it.
  const title = element('h3', undefined, { margin: '0 0 6px', fontSize: '14px', fontWeight: '600', overflowWrap: 'anywhere' });
  title.append(element('span', `${cell}  `, { color: '#616161' }), element('code', formula));
  card.appendChild(title);
  const result = evaluate(formula, grid, functions);
  if (result.kind === 'error') {
    const error = element('p', undefined, { margin: '0', color: '#a4262c' });
    error.setAttribute('role', 'status');
    error.dataset.errorCode = result.code;
    error.append(element('strong', result.code), document.createTextNode(` ${result.message}`));
    card.appendChild(error);
  } else {
    const table = element('table', undefined, { borderCollapse: 'collapse', fontSize: '13px' });
    table.setAttribute('aria-label', `Result of ${formula}`);
    const body = table.createTBody();
    for (const row of result.rows) {
      const line = body.insertRow();
      row.forEach((value, column) => {
        const td = element('td', formatCell(value, resultFormat(sample, column)), cellStyle(value));
        // The cell keeps the exact value, as Excel's formula bar would show it; the format only changes the display.
        if (typeof value === 'number') td.dataset.value = generalNumber(value);
        line.appendChild(td);
      });
    }
    card.appendChild(scrollBox(`Result in ${cell}`, table));
  }
  card.appendChild(element('p', note, { margin: '6px 0 0', color: '#616161', fontSize: '12px' }));
  return card;
}

/** Renders the whole playground into `root`, inside a `main` landmark. */
export function renderPlayground(container: HTMLElement, grid: Grid, functions: ReadonlyMap<string, CustomFunction>): void {
  const root = element('main');
  container.replaceChildren(root);
  // The page's body has its 16 px margin already (scripts/site.js): no second one, room for the cards at 320 px.
  Object.assign(root.style, { fontFamily: FONT, margin: '0', color: '#242424' });
  root.appendChild(element('h1', 'GTM functions playground', { fontSize: '20px', margin: '0 0 4px' }));
  root.appendChild(
    element(
      'p',
      `The real functions bundle (functions.js, ${functions.size} functions) on a stub Excel runtime: the sample data below, and the formulas Excel would compute from it.`,
      { margin: '0 0 16px', color: '#616161' },
    ),
  );
  // Side by side where there is room; below that the formulas wrap under the sheet, and at 320 px
  // (WCAG 1.4.10) the page never scrolls sideways: the sheet scrolls in its own box, and the
  // formulas column shrinks to the window (it was at least 420 px: the page was 758 px wide).
  const layout = element('div', undefined, { display: 'flex', gap: '32px', alignItems: 'flex-start', flexWrap: 'wrap' });
  const data = element('div', undefined, { minWidth: '0', maxWidth: '100%' });
  data.append(element('h2', 'Sheet1', { fontSize: '16px' }), scrollBox('Sheet1', sheetTable(grid)));
  const formulas = element('div', undefined, { flex: '1 1 420px', minWidth: '0', maxWidth: '100%' });
  formulas.appendChild(element('h2', 'Formulas', { fontSize: '16px' }));
  formulas.appendChild(formulaInput(grid, functions));
  for (const f of SAMPLE_FORMULAS) formulas.appendChild(formulaCard(f, grid, functions));
  layout.append(data, formulas);
  root.appendChild(layout);
}
