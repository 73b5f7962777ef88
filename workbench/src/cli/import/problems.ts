/** A bad value on a line of the file: what, where, and how to fix it. */
export interface RowProblem {
  line: number;
  /** The column as the file names it (`Amount`), or `(row)` for a problem of the whole row. */
  field: string;
  value: string;
  /** The message, starting with the column and value: `Amount "12,5k" is not a number; …`. */
  message: string;
}

/** `line 12: Amount "12,5k" is not a number; write … (e.g. 12500)` */
export function describeProblem(problem: RowProblem): string {
  return `line ${problem.line}: ${problem.message}`;
}

/** Something about a row that landed (a kept fact, say) that the user should look at. */
export interface RowNote {
  line: number;
  message: string;
}
