/**
 * Finds named columns in a CSV header: names match after trimming, ignoring case and a UTF-8
 * byte order mark; columns nobody asked for are ignored.
 *
 * @example
 * mapHeader(['Journey_ID', ' channel ', 'notes'], { required: ['journey_id', 'channel'], optional: ['value'] });
 * // → { journey_id: 0, channel: 1, value: -1 }
 */

export interface HeaderSpec<Required extends string, Optional extends string = never> {
  required: readonly Required[];
  optional?: readonly Optional[];
}

/** Column positions by name; an optional column the header lacks is -1. */
export type ColumnIndex<Required extends string, Optional extends string = never> = Record<
  Required | Optional,
  number
>;

/** A required column is not in the header. */
export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    readonly header: readonly string[],
  ) {
    const has = header.length === 0 || (header.length === 1 && header[0] === '') ? 'nothing' : header.join(', ');
    super(`missing column "${column}" (the header has: ${has})`);
    this.name = 'MissingColumnError';
  }
}

export function normalizeColumnName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

export function mapHeader<Required extends string, Optional extends string = never>(
  header: readonly string[],
  spec: HeaderSpec<Required, Optional>,
): ColumnIndex<Required, Optional> {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalizeColumnName(name);
    if (!positions.has(key)) positions.set(key, i);
  });
  const index: Partial<Record<string, number>> = {};
  const display = header.map((name) => name.replace(/^\uFEFF/, '').trim());
  for (const column of spec.required) {
    const at = positions.get(column.toLowerCase());
    if (at === undefined) throw new MissingColumnError(column, display);
    index[column] = at;
  }
  for (const column of spec.optional ?? []) {
    index[column] = positions.get(column.toLowerCase()) ?? -1;
  }
  return index as ColumnIndex<Required, Optional>;
}
