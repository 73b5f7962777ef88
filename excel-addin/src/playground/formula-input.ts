/**
 * The playground's own cell: the user types a `=GTM.…` formula over the sample sheet and sees what
 * the real functions bundle computes for it (a spilled table, a value, or the Excel error and its
 * message), drawn with DOM calls only, so typed text is shown as text.
 */
import { evaluate, type Cell, type Grid } from './formulas';
import type { CustomFunction } from './custom-functions-stub';
import { BORDER, element, scrollBox } from './dom';
import { generalNumber } from './number-format';

const EXAMPLE = '=GTM.ATTRIBUTE(A1:E3,"linear")';

/** What computing `formula` shows: the result rows, or the Excel error code and a message saying how to fix it. */
export type TypedResult = { kind: 'value'; rows: Cell[][] } | { kind: 'error'; code: string; message: string };

/**
 * Computes a typed formula as Excel would: it must start with `=GTM.`, its arguments are ranges of
 * the sample sheet, numbers or quoted text; anything else is an error that says what was wrong.
 *
 * @example
 * computeTyped('=GTM.ATTRIBUTE(A1:E3,"linear")', grid, functions) // { kind: 'value', rows: [['Channel','Credit','Share'], …] }
 * computeTyped('SUM(A1:A3)', grid, functions)                     // { kind: 'error', code: '#NAME?', message: 'Type a formula starting with =GTM., …' }
 */
export function computeTyped(formula: string, grid: Grid, functions: ReadonlyMap<string, CustomFunction>): TypedResult {
  const text = formula.trim();
  if (!/^=GTM\./i.test(text)) {
    return { kind: 'error', code: '#NAME?', message: `Type a formula starting with =GTM., for example ${EXAMPLE}.` };
  }
  try {
    const result = evaluate(text, grid, functions);
    return result.kind === 'value' ? { kind: 'value', rows: result.rows.map((row) => [...row]) } : result;
  } catch (error) {
    // parseFormula's own words name the argument it could not read.
    return { kind: 'error', code: '#VALUE!', message: `${error instanceof Error ? error.message : String(error)}: ranges such as A1:E3, numbers, or text in double quotes.` };
  }
}

/** The form: a labelled formula field, a Compute button, and the result below it (announced politely). */
export function formulaInput(grid: Grid, functions: ReadonlyMap<string, CustomFunction>): HTMLElement {
  const card = element('section', undefined, { border: BORDER, borderRadius: '4px', padding: '8px 12px', margin: '0 0 12px' });
  card.setAttribute('aria-labelledby', 'typed-formula-title');
  const title = element('h3', 'Your formula', { margin: '0 0 6px', fontSize: '14px', fontWeight: '600' });
  title.id = 'typed-formula-title';
  const form = element('form', undefined, { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' });
  const label = element('label', 'Formula over Sheet1', { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: '12px', flex: '1 1 220px' });
  const input = element('input', undefined, { font: '13px Consolas, "Courier New", monospace', padding: '4px 6px', border: '1px solid #8a8886', borderRadius: '2px', minWidth: '0' });
  input.type = 'text';
  input.value = EXAMPLE;
  input.spellcheck = false;
  input.dataset.testid = 'typed-formula';
  label.appendChild(input);
  const button = element('button', 'Compute', { padding: '4px 16px', background: '#0078d4', color: '#fff', border: '1px solid #0078d4', borderRadius: '2px', font: '600 14px "Segoe UI", sans-serif' });
  button.type = 'submit';
  form.append(label, button);
  const output = element('div', undefined, { marginTop: '8px' });
  output.setAttribute('aria-live', 'polite');
  output.dataset.testid = 'typed-result';
  const show = (): void => {
    const result = computeTyped(input.value, grid, functions);
    if (result.kind === 'error') {
      const error = element('p', undefined, { margin: '0', color: '#a4262c' });
      error.dataset.errorCode = result.code;
      error.append(element('strong', result.code), document.createTextNode(` ${result.message}`));
      output.replaceChildren(error);
      return;
    }
    const table = element('table', undefined, { borderCollapse: 'collapse', fontSize: '13px' });
    table.setAttribute('aria-label', `Result of ${input.value.trim()}`);
    const body = table.createTBody();
    for (const row of result.rows) {
      const line = body.insertRow();
      for (const value of row) line.appendChild(element('td', typeof value === 'number' ? generalNumber(value) : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : value, { border: BORDER, padding: '2px 8px', textAlign: typeof value === 'number' ? 'right' : 'left' }));
    }
    output.replaceChildren(scrollBox('Result of your formula', table));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  card.append(title, form, output);
  return card;
}
