import type { ListRow, ListSchema, ListStore, MapResult, Repository } from '@gtm/shared';
import type { ColumnSpec } from './columns';
import type { PlanOptions } from './plan';
import type { RowReader } from './row-reader';

export const IMPORT_KINDS = ['accounts', 'deals', 'touchpoints'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

/** What the import of one kind of CRM export needs to know: its columns, list, key and rules. */
export interface ImportKind<Key extends string, In, T> {
  /** `accounts`, for messages and the summary. */
  noun: ImportKindName;
  list: ListSchema;
  columns: readonly ColumnSpec<Key>[];
  /** One row of the file: its natural key and values, or null with the problems on `reader`. */
  readRow(reader: RowReader<Key>): { key: string; input: In } | null;
  /** The natural key of an item on the list, from its raw columns (so an invalid item still matches). */
  keyOfItem(row: ListRow): string | null;
  toEntity(row: ListRow): MapResult<T>;
  repository(store: ListStore): Repository<T>;
  plan: PlanOptions<In, T>;
}

/** Any kind, for the command that runs one of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImportKind = ImportKind<string, any, any>;

/** What creating a new MQA account needs from outside the file: the day, and where it came from. */
export interface ImportContext {
  /** Today (UTC), the identification day of a new account whose row has no Create Date. */
  today: string;
  /** The file's name, for the evidence of a new account's first stage move. */
  source: string;
}
