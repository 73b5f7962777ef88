/** A1 addresses: the sample sheet's layout, shared by the task pane (Office.js) and the playground. */

/** `B3` → { row: 2, column: 1 } (zero-based). */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address.trim().toUpperCase());
  if (!match) throw new Error(`not a cell address: ${JSON.stringify(address)}`);
  const column = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The address a block of `rows` covers from its top-left cell: `blockAddress('G1', 4, 3)` → `G1:I4`. */
export function blockAddress(topLeft: string, rows: number, columns: number): string {
  const { row, column } = parseAddress(topLeft);
  return `${topLeft.toUpperCase()}:${columnName(column + columns - 1)}${row + rows}`;
}
