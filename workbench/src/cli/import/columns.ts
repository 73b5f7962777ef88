import { MissingColumnError, normalizeColumnName } from '../../csv/header';

/**
 * A column an import reads, under the names it accepts: the CRM's (HubSpot export) first, then
 * ours (the snake_case names `gtm attribute` reads). Names match ignoring case and edge spaces.
 */
export interface ColumnSpec<Key extends string = string> {
  key: Key;
  names: readonly string[];
  required?: boolean;
  /**
   * The most characters the column it lands in holds (`columnMaxLength(list, 'GtmXxx')` of the
   * list schema): a longer value is a problem on its line, not a silent cut or a 400 from SharePoint.
   */
  maxLength?: number;
}

/** Where each column is in the header (-1: absent) and the name the file gives it, for messages. */
export type Columns<Key extends string> = Record<Key, { at: number; name: string; maxLength?: number }>;

/**
 * Finds the columns in a header.
 * @throws {MissingColumnError} naming the first required column the header lacks (in its CRM name).
 * @example resolveColumns(['Deal Name', 'amount'], [{ key: 'name', names: ['Deal Name'] }, { key: 'amount', names: ['Amount', 'amount'] }])
 * // → { name: { at: 0, name: 'Deal Name' }, amount: { at: 1, name: 'amount' } }
 */
export function resolveColumns<Key extends string>(header: readonly string[], specs: readonly ColumnSpec<Key>[]): Columns<Key> {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalizeColumnName(name);
    if (!positions.has(key)) positions.set(key, i);
  });
  const display = header.map((name) => name.replace(/^\uFEFF/, '').trim());
  const columns: Partial<Columns<Key>> = {};
  for (const spec of specs) {
    const at = spec.names.map((n) => positions.get(n.toLowerCase())).find((p) => p !== undefined) ?? -1;
    if (at === -1 && spec.required) {
      throw new MissingColumnError(spec.names.join('" or "'), display);
    }
    columns[spec.key] = {
      at,
      name: at === -1 ? (spec.names[0] ?? spec.key) : (display[at] ?? spec.key),
      ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
    };
  }
  return columns as Columns<Key>;
}

/** `Record ID, Deal Name, Amount (or deal_id, deal_name, amount)` — the accepted names, for help and messages. */
export function describeColumns(specs: readonly ColumnSpec[]): string {
  const required = specs.filter((s) => s.required);
  const optional = specs.filter((s) => !s.required);
  const line = (list: readonly ColumnSpec[]) => list.map((s) => s.names.join(' | ')).join(', ');
  return optional.length === 0 ? `required: ${line(required)}` : `required: ${line(required)}; optional: ${line(optional)}`;
}
