import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import type { IList } from '@pnp/sp/lists';
import type { ListSchema } from '../lists/list-schema';
import { checkListSchema } from '../lists/list-schema';
import { httpStatusOf, toListStoreError } from '../store/errors';
import { fieldSchemaXml } from './field-xml';

export interface ProvisionOptions {
  /** Called with each change as it is made, e.g. `created list Risk Register`. */
  log?: (line: string) => void;
}

type Json = Record<string, unknown>;

/**
 * Ensures the lists, their fields (by internal name), indexes and views exist — idempotently:
 * what is there is left alone, nothing is ever deleted (no field, no item, no view), so a second
 * run changes nothing and reports nothing. Returns the changes made, in order.
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
    try {
      const list = await ensureList(sp, schema, note);
      const info = (await list.select('Id')()) as Json;
      listIds.set(schema.title, String(info['Id']));
      await ensureFields(sp, list, schema, listIds, note);
      await ensureViews(list, schema, note);
    } catch (error) {
      throw toListStoreError(error, `Provisioning ${schema.title}`);
    }
  }
  return changes;
}

async function ensureList(sp: SPFI, schema: ListSchema, note: (line: string) => void): Promise<IList> {
  const list = sp.web.lists.getByTitle(schema.title);
  try {
    await list.select('Title')();
    return list;
  } catch (error) {
    if (httpStatusOf(error) !== 404) throw error;
  }
  // Created under its url name, then titled: SharePoint derives the list's url from the first title.
  await sp.web.lists.add(schema.urlName, schema.description, 100, false);
  await sp.web.lists.getByTitle(schema.urlName).update({ Title: schema.title });
  note(`created list ${schema.title}`);
  return sp.web.lists.getByTitle(schema.title);
}

async function ensureFields(
  sp: SPFI,
  list: IList,
  schema: ListSchema,
  listIds: Map<string, string>,
  note: (line: string) => void,
): Promise<void> {
  const existing = new Map<string, boolean>();
  for (const f of (await list.fields.select('InternalName', 'Indexed')()) as Json[]) {
    existing.set(String(f['InternalName']), f['Indexed'] === true);
  }
  for (const field of schema.fields) {
    const indexed = existing.get(field.name);
    if (indexed === undefined) {
      let lookupId: string | undefined;
      if (field.type === 'lookup' && field.lookupList !== undefined) {
        lookupId = listIds.get(field.lookupList) ?? String(((await sp.web.lists.getByTitle(field.lookupList).select('Id')()) as Json)['Id']);
      }
      await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, lookupId), Options: 8 });
      note(`added field ${field.name} to ${schema.title}`);
      if (field.indexed) note(`indexed ${field.name} in ${schema.title}`);
    } else if (field.indexed && !indexed) {
      await list.fields.getByInternalNameOrTitle(field.name).update({ Indexed: true }, 'SP.Field');
      note(`indexed ${field.name} in ${schema.title}`);
    }
  }
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
