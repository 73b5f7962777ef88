import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import type { IList } from '@pnp/sp/lists';
import type { FieldSchema, ListSchema } from '../lists/list-schema';
import { checkListSchema } from '../lists/list-schema';
import { toListStoreError } from '../store/errors';
import { fieldSchemaXml } from './field-xml';
import { listUrlUnder, webServerRelativeUrl } from './list-url';
import { listAt, readFields, readList } from './read-site';

export interface ProvisionOptions {
  /** Called with each change as it is made, e.g. `created list Risk Register`. */
  log?: (line: string) => void;
}

type Json = Record<string, unknown>;

/** `SP.AddFieldOptions.AddFieldInternalNameHint`: without it SharePoint names a field from its display name. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/** A field SharePoint created under another internal name than the schema's: provisioning stops. */
export class FieldNameError extends Error {
  constructor(
    readonly list: string,
    readonly field: FieldSchema,
    readonly actual: string,
    at: string,
  ) {
    super(
      `${list} (${at}): the field "${field.displayName}" was created as ${actual}, not ${field.name} — the site ignored its internal name, ` +
        `so nothing reading ${field.name} would find it. Delete the column ${actual} from the list (List settings → Columns) and run gtm provision again; ` +
        `if it keeps happening, the site does not honour AddFieldInternalNameHint: report it with this message.`,
    );
    this.name = 'FieldNameError';
  }
}

/**
 * Ensures the lists, their fields (by internal name), indexes and views exist — idempotently:
 * what is there is left alone, nothing is ever deleted (no field, no item, no view), so a second
 * run changes nothing and reports nothing. Returns the changes made, in order.
 *
 * Lists are found by url (`<web>/Lists/<urlName>`), so a list a site owner renamed stays renamed and
 * is still found; a run that stopped half-way (a list created, some fields not) is completed by the
 * next. Every field is created with AddFieldInternalNameHint and read back: SharePoint otherwise
 * names it from its display name (`Due_x0020_date`, pnp/PnP#940), which no query would find.
 */
export async function provision(sp: SPFI, schemas: readonly ListSchema[], options: ProvisionOptions = {}): Promise<string[]> {
  const changes: string[] = [];
  const note = (line: string): void => {
    changes.push(line);
    options.log?.(line);
  };
  const listIds = new Map<string, string>();

  for (const schema of schemas) {
    const problems = checkListSchema(schema);
    if (problems.length > 0) throw new Error(`${schema.title} is not a valid list schema: ${problems.join('; ')}`);
  }
  for (const schema of schemas) {
    try {
      const list = await ensureList(sp, schema, note);
      listIds.set(schema.title, String(((await list.select('Id')()) as Json)['Id']));
      await ensureFields(sp, list, schema, schemas, listIds, note);
      await ensureViews(list, schema, note);
    } catch (error) {
      if (error instanceof FieldNameError) throw error;
      throw toListStoreError(error, `Provisioning ${schema.title}`);
    }
  }
  return changes;
}

async function ensureList(sp: SPFI, schema: ListSchema, note: (line: string) => void): Promise<IList> {
  const list = listAt(sp, schema.urlName);
  const found = await readList(sp, schema);
  if (found === null) {
    // Created under its url name, then titled: SharePoint derives the list's url from the first title.
    await sp.web.lists.add(schema.urlName, schema.description, 100, false);
    await list.update({ Title: schema.title });
    note(`created list ${schema.title}`);
  } else if (found.title === schema.urlName && schema.title !== schema.urlName) {
    // A run stopped between creating and titling the list: finish it. Any other title is a site
    // owner's rename, and stays.
    await list.update({ Title: schema.title });
    note(`titled list ${schema.urlName} ${schema.title}`);
  }
  return list;
}

/** The id of a lookup field's target list, found by the target's url (its title may have changed). */
async function lookupListId(sp: SPFI, field: FieldSchema, schemas: readonly ListSchema[], listIds: Map<string, string>): Promise<string | undefined> {
  if (field.type !== 'lookup' || field.lookupList === undefined) return undefined;
  const known = listIds.get(field.lookupList);
  if (known !== undefined) return known;
  const target = schemas.find((s) => s.title === field.lookupList);
  if (target === undefined) throw new Error(`${field.name} looks up ${field.lookupList}, which is not among the lists being provisioned: provision it too`);
  return String(((await listAt(sp, target.urlName).select('Id')()) as Json)['Id']);
}

async function ensureFields(
  sp: SPFI,
  list: IList,
  schema: ListSchema,
  schemas: readonly ListSchema[],
  listIds: Map<string, string>,
  note: (line: string) => void,
): Promise<void> {
  const existing = new Map((await readFields(list)).map((f) => [f.internalName.toLowerCase(), f]));
  for (const field of schema.fields) {
    const found = existing.get(field.name.toLowerCase());
    if (found === undefined) {
      const xml = fieldSchemaXml(field, await lookupListId(sp, field, schemas, listIds));
      const created = (await list.fields.createFieldAsXml({ SchemaXml: xml, Options: ADD_FIELD_INTERNAL_NAME_HINT })) as Json;
      await checkCreatedName(list, schema, field, String(created['InternalName'] ?? ''), listUrlUnder(webServerRelativeUrl(sp), schema.urlName));
      note(`added field ${field.name} to ${schema.title}`);
      if (field.indexed) note(`indexed ${field.name} in ${schema.title}`);
    } else {
      // Required and Indexed are plain SP.Field properties: a MERGE on the field changes them on a
      // list that has items (Fields REST API reference, "Field resource": MERGE …/fields('<id>') with
      // { Required }, https://learn.microsoft.com/previous-versions/office/developer/sharepoint-rest-reference/dn600182(v=office.15);
      // PnPjs `IField.update(properties, 'SP.Field')`). A field's type is never changed.
      const required = field.required === true;
      if (found.required !== undefined && found.required !== required) {
        await list.fields.getByInternalNameOrTitle(field.name).update({ Required: required }, 'SP.Field');
        note(`made ${field.name} ${required ? 'required' : 'optional'} in ${schema.title}`);
      }
      if (field.indexed && !found.indexed) {
        await list.fields.getByInternalNameOrTitle(field.name).update({ Indexed: true }, 'SP.Field');
        note(`indexed ${field.name} in ${schema.title}`);
      }
    }
  }
}

/** Reads a created field back by internal name; when it is not there, says what SharePoint named it and how to fix it. */
async function checkCreatedName(list: IList, schema: ListSchema, field: FieldSchema, answered: string, at: string): Promise<void> {
  const escaped = field.name.replace(/'/g, "''");
  const back = (await list.fields.filter(`InternalName eq '${escaped}'`).select('InternalName')()) as Json[];
  if (back.length === 0) throw new FieldNameError(schema.title, field, answered || '(a name it did not say)', at);
}

async function ensureViews(list: IList, schema: ListSchema, note: (line: string) => void): Promise<void> {
  const titles = new Set(((await list.views.select('Title')()) as Json[]).map((v) => String(v['Title'])));
  for (const view of schema.views) {
    if (titles.has(view.name)) continue;
    const created = await list.views.add(view.name, false, {
      ...(view.query !== undefined ? { ViewQuery: view.query } : {}),
      RowLimit: view.rowLimit ?? 100,
      ...(view.isDefault ? { DefaultView: true } : {}),
    });
    const added = list.views.getById(created.Id);
    await added.fields.removeAll();
    for (const name of view.fields) await added.fields.add(name === 'Title' ? 'LinkTitle' : name);
    note(`added view ${view.name} to ${schema.title}`);
  }
}
