/**
 * Reads a dataset from SharePoint page by page (5,000 items per request underneath), mapping each
 * row with the shared mapper: valid rows become table cells, rows that do not map are counted and
 * reported with their item id and reasons — never dropped silently, never fatal.
 */
import type { ListStore } from '@gtm/shared';
import type { CellValue, Dataset } from './datasets';

/** One page of a dataset, ready for Excel. */
export interface DatasetPage {
  rows: CellValue[][];
  invalid: { id: number; errors: string[] }[];
}

/** The dataset's pages, as SharePoint (or Graph) returns them. */
export async function* readDataset<T>(store: ListStore, dataset: Dataset<T>): AsyncGenerator<DatasetPage> {
  for await (const page of store.readAll(dataset.list)) {
    const result: DatasetPage = { rows: [], invalid: [] };
    for (const row of page) {
      const mapped = dataset.toEntity(row);
      if (mapped.ok) result.rows.push(dataset.toCells(mapped.value));
      else result.invalid.push({ id: row.id, errors: mapped.errors });
    }
    yield result;
  }
}
