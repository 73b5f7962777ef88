import type { ListSchema } from '../lists/list-schema';
import type { ListRow, ListStore, RowValues, WriteResult } from '../store/list-store';

/**
 * Test fixture: a ListStore over an array, enough to test mapping and reporting (the adapters are
 * tested on their own). It records what is added; added items get ids from 100.
 */
export function memoryStore(rows: ListRow[]): ListStore & { written: RowValues[] } {
  const written: RowValues[] = [];
  return {
    written,
    readAll: (_list: ListSchema) => ({
      async *[Symbol.asyncIterator]() {
        yield rows;
      },
    }),
    get: async (_list, id) => rows.find((r) => r.id === id) ?? null,
    add: async (_list, values): Promise<WriteResult[]> => {
      written.push(...values);
      return values.map((_, i) => ({ ok: true, id: 100 + i, etag: '"1"' }));
    },
    update: async () => [],
    delete: async () => [],
  };
}
