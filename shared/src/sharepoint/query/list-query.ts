/**
 * Typed queries over a declared list. Repositories build these; only `compileSpQuery` and
 * `compileGraphQuery` turn them into OData, so no other code concatenates a filter string.
 */

export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type TextOp = 'startswith' | 'substringof';
export type NullOp = 'null' | 'notnull';
export type QueryOp = ComparisonOp | TextOp | NullOp;

/** A value compared with a column: dates may be `Date`s or ISO strings (`2025-03-03`). */
export type QueryValue = string | number | boolean | Date;

export type Condition =
  | { field: string; op: ComparisonOp; value: QueryValue }
  | { field: string; op: TextOp; value: string }
  | { field: string; op: NullOp };

/** A condition, or a group of conditions joined by `and` / `or` (groups nest). */
export type Where = Condition | { and: readonly Where[] } | { or: readonly Where[] };

export interface OrderBy {
  field: string;
  descending?: boolean;
}

export interface ListQuery {
  /** Joined by `and`. */
  where?: readonly Where[];
  orderBy?: readonly OrderBy[];
  /** Page size, 1–5000; reads default to 5000 (SharePoint's maximum page). */
  top?: number;
}

/** A query the list schema refuses (unknown field, wrong value type, non-finite number…). */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}
