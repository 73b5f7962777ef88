/** Row shapes of the workbench store, generic over lists. */

export type FieldType =
  | 'counter'
  | 'text'
  | 'note'
  | 'number'
  | 'currency'
  | 'choice'
  | 'multichoice'
  | 'date'
  | 'person'
  | 'lookup'
  | 'boolean';

export interface ListDef {
  id: number;
  guid: string;
  title: string;
  description: string;
  baseTemplate: number;
  /** The list's segment under `/sites/gtm/Lists/`, fixed when it is created (its title may change). */
  url: string;
  entityName: string;
  lastItemId: number;
  version: number;
  created: string;
  modified: string;
}

export interface FieldDef {
  listId: number;
  guid: string;
  internalName: string;
  title: string;
  type: FieldType;
  required: boolean;
  indexed: boolean;
  choices: string[];
  /** Target list GUID of a lookup field. */
  lookupList: string | null;
  /** Field of the target list shown by a lookup (default Title). */
  lookupField: string | null;
  multi: boolean;
  builtin: boolean;
  description: string;
  position: number;
  /** A DateTime field's `DisplayFormat`: 0 date only, 1 date and time; null for other types. */
  displayFormat: number | null;
}

export interface ViewDef {
  listId: number;
  guid: string;
  title: string;
  viewQuery: string;
  rowLimit: number;
  viewFields: string[];
  isDefault: boolean;
  personal: boolean;
}

/** A stored field value: scalars, multi-choice arrays, lookup/person ids (arrays when multi). */
export type StoredValue = string | number | boolean | null | string[] | number[];

export interface ItemRow {
  id: number;
  guid: string;
  version: number;
  data: Record<string, StoredValue>;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
}

export interface UserRow {
  id: number;
  login: string;
  title: string;
  email: string;
}

/** An error that the routes render as an HTTP response in the API's own error shape. */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    readonly spCode: string,
    message: string,
    readonly graphCode = 'invalidRequest',
  ) {
    super(message);
  }
}

/** SharePoint's own date format in JSON: ISO 8601 in UTC, no milliseconds. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
