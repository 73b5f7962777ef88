import type { ListSchema } from '../lists/list-schema';
import { overLongValues } from '../rows/text-lengths';
import { ListStoreError } from '../store/errors';
import type { ListStore, RowChange, RowValues, WriteResult } from '../store/list-store';

/**
 * A row refused before it was sent: a text is longer than its column holds. Status 400, as
 * SharePoint would answer a single line over 255 ("The value is too long"), but nothing reached
 * the server and `problems` names every field, its length, the limit and by how much to shorten it.
 */
export class TextTooLongError extends ListStoreError {
  readonly listTitle: string;
  /** `new item 2 of 3` or `item 14`: which row of the write. */
  readonly row: string;
  readonly problems: readonly string[];
  constructor(listTitle: string, row: string, problems: readonly string[]) {
    super(`${listTitle} ${row}: ${problems.join('; ')}`, 400);
    this.name = 'TextTooLongError';
    this.listTitle = listTitle;
    this.row = row;
    this.problems = problems;
  }
}

/**
 * Sends the rows that fit and answers a failed result for each row with an over-long text, in the
 * input's order, so one bad row neither stops the batch nor is cut silently. Nothing is sent when
 * no row fits.
 */
async function writeFitting<In>(
  inputs: readonly In[],
  problemsOf: (input: In) => string[],
  refused: (input: In, index: number, problems: string[]) => TextTooLongError,
  write: (fitting: In[]) => Promise<WriteResult[]>,
): Promise<WriteResult[]> {
  const checked = inputs.map((input) => problemsOf(input));
  const fitting = inputs.filter((_, i) => checked[i]?.length === 0);
  const written = fitting.length > 0 ? await write(fitting) : [];
  let next = 0;
  return inputs.map((input, i): WriteResult => {
    const problems = checked[i] ?? [];
    if (problems.length > 0) return { ok: false, id: idOf(input), error: refused(input, i, problems) };
    const result = written[next++];
    return result ?? { ok: false, id: idOf(input), error: new ListStoreError('the store gave no answer for this row', 0) };
  });
}

function idOf(input: unknown): number | null {
  return typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'number' ? (input as { id: number }).id : null;
}

/**
 * The store with every add and update checked against the list schema's text limits first
 * (`maxLengthOf`: 255 for a single line of text, SharePoint's cap; a note's declared cap or 63,999).
 * `createRepository` wraps its store in it, so no surface can send an over-long value.
 * @example
 *   const [result] = await withTextLimits(store).add(RISK_REGISTER_LIST, [{ Title: 'x'.repeat(312) }]);
 *   // { ok: false, id: null, error: TextTooLongError('Risk Register new item 1 of 1: Risk (Title) is 312 characters; SharePoint holds at most 255 — shorten it by 57') }
 */
export function withTextLimits(store: ListStore): ListStore {
  return {
    readAll: (list, query) => store.readAll(list, query),
    get: (list, id) => store.get(list, id),
    add: (list: ListSchema, rows: readonly RowValues[]) =>
      writeFitting(
        rows,
        (values) => overLongValues(list, values),
        (_, i, problems) => new TextTooLongError(list.title, `new item ${i + 1} of ${rows.length}`, problems),
        (fitting) => store.add(list, fitting),
      ),
    update: (list: ListSchema, changes: readonly RowChange[]) =>
      writeFitting(
        changes,
        (change) => overLongValues(list, change.changes),
        (change, _, problems) => new TextTooLongError(list.title, `item ${change.id}`, problems),
        (fitting) => store.update(list, fitting),
      ),
    delete: (list, refs) => store.delete(list, refs),
  };
}
