import type { FieldSchema, ListSchema } from '../lists/list-schema';
import { listUrlUnder } from './list-url';
import type { SiteField, SiteState } from './site-state';

/** SharePoint's `TypeAsString` for each schema type (the `Type` that `fieldSchemaXml` writes). */
export const TYPE_AS_STRING: Readonly<Record<FieldSchema['type'], string>> = {
  text: 'Text',
  note: 'Note',
  number: 'Number',
  currency: 'Currency',
  choice: 'Choice',
  'multi-choice': 'MultiChoice',
  date: 'DateTime',
  person: 'User',
  lookup: 'Lookup',
  boolean: 'Boolean',
};

/**
 * The `TypeAsString` SharePoint reports for a field: a person field that keeps several people is a
 * `UserMulti` (a lookup `LookupMulti`), as the CAML `Field` element's `Mult="TRUE"` makes it.
 * @example typeAsStringOf({ type: 'person', multi: true }) // 'UserMulti'
 */
export function typeAsStringOf(field: Pick<FieldSchema, 'type' | 'multi'>): string {
  const base = TYPE_AS_STRING[field.type];
  return field.multi === true && (field.type === 'person' || field.type === 'lookup') ? `${base}Multi` : base;
}

export type DriftKind = 'missing-list' | 'missing-field' | 'wrong-name' | 'wrong-type' | 'wrong-format' | 'missing-index' | 'wrong-required' | 'missing-view';

/** One difference between the declared lists and the site, with the line `gtm provision --check` prints. */
export interface Drift {
  readonly kind: DriftKind;
  /** The list's title in the schema. */
  readonly list: string;
  /** The field's internal name in the schema, or the view's name. */
  readonly name?: string;
  readonly line: string;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function displayFormatOf(field: FieldSchema): number {
  return field.includesTime === true ? 1 : 0;
}

function formatWords(format: number | undefined): string {
  return format === 0 ? 'date only (DisplayFormat 0)' : 'date and time (DisplayFormat 1)';
}

/** The site's column a schema field became when SharePoint ignored its internal name: same display name, other name. */
function misnamed(field: FieldSchema, siteFields: readonly SiteField[], declared: ReadonlySet<string>): SiteField | undefined {
  return siteFields.find((f) => f.title === field.displayName && f.internalName !== field.name && !declared.has(f.internalName));
}

/**
 * What `provision` would change on a site, and what it cannot fix (a field under another internal
 * name or of another type), in schema order — one entry per list, field, index or view. A list's
 * title is not compared: site owners may rename lists, which are found by url.
 *
 * @example
 * computeDrift([RISKS], new Map([['GtmRisks', null]]), '/sites/gtm')
 * // [{ kind: 'missing-list', list: 'Risk Register', line: 'missing list Risk Register at /sites/gtm/Lists/GtmRisks (12 fields, 2 views)' }]
 * @example
 * // The site has "Due date" as Due_x0020_date (created without AddFieldInternalNameHint):
 * // { kind: 'wrong-name', list: 'Risk Register', name: 'GtmDueDate',
 * //   line: 'field Risk Register / GtmDueDate ("Due date") is named Due_x0020_date on the site' }
 */
export function computeDrift(schemas: readonly ListSchema[], site: SiteState, webPath: string): Drift[] {
  const out: Drift[] = [];
  for (const schema of schemas) {
    const list = site.get(schema.urlName) ?? null;
    const at = listUrlUnder(webPath, schema.urlName);
    if (list === null) {
      out.push({
        kind: 'missing-list',
        list: schema.title,
        line: `missing list ${schema.title} at ${at} (${count(schema.fields.length, 'field')}, ${count(schema.views.length, 'view')})`,
      });
      continue;
    }
    const byName = new Map(list.fields.map((f) => [f.internalName.toLowerCase(), f]));
    const declared = new Set(schema.fields.map((f) => f.name));
    const where = (name: string): string => `${schema.title} / ${name}`;
    for (const field of schema.fields) {
      const found = byName.get(field.name.toLowerCase());
      const type = typeAsStringOf(field);
      if (found === undefined) {
        const other = misnamed(field, list.fields, declared);
        out.push(
          other !== undefined
            ? {
                kind: 'wrong-name',
                list: schema.title,
                name: field.name,
                line: `field ${where(field.name)} ("${field.displayName}") is named ${other.internalName} on the site (created without its internal name; provision adds ${field.name}, move the values and delete ${other.internalName})`,
              }
            : { kind: 'missing-field', list: schema.title, name: field.name, line: `missing field ${where(field.name)} (${type})` },
        );
        continue;
      }
      if (found.typeAsString !== type) {
        out.push({
          kind: 'wrong-type',
          list: schema.title,
          name: field.name,
          line: `field ${where(field.name)} is ${found.typeAsString} on the site, the schema says ${type} (provision cannot change a type: fix it in the list settings)`,
        });
      } else if (field.type === 'date' && found.displayFormat !== undefined && found.displayFormat !== displayFormatOf(field)) {
        out.push({
          kind: 'wrong-format',
          list: schema.title,
          name: field.name,
          line: `field ${where(field.name)} shows ${formatWords(found.displayFormat)} on the site, the schema says ${formatWords(displayFormatOf(field))}`,
        });
      }
      if (found.required !== undefined && found.required !== (field.required === true)) {
        out.push({
          kind: 'wrong-required',
          list: schema.title,
          name: field.name,
          line: `field ${where(field.name)} is ${found.required ? 'required' : 'optional'} on the site, the schema says ${field.required === true ? 'required' : 'optional'}`,
        });
      }
      if (field.indexed === true && !found.indexed) {
        out.push({ kind: 'missing-index', list: schema.title, name: field.name, line: `missing index ${where(field.name)}` });
      }
    }
    const views = new Set(list.views.map((v) => v.toLowerCase()));
    for (const view of schema.views) {
      if (!views.has(view.name.toLowerCase())) out.push({ kind: 'missing-view', list: schema.title, name: view.name, line: `missing view ${where(view.name)}` });
    }
  }
  return out;
}
