import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import type { IList } from '@pnp/sp/lists';
import type { ListSchema } from '../lists/list-schema';
import { httpStatusOf } from '../store/errors';
import { listUrlUnder, webServerRelativeUrl } from './list-url';
import type { SiteField, SiteList, SiteState } from './site-state';

type Json = Record<string, unknown>;

/**
 * A DateTime field's display format from its `SchemaXml` (`Format="DateOnly"`): `DisplayFormat` is a
 * property of SP.FieldDateTime only, so a `$select` over the whole field collection cannot name it.
 */
function displayFormatFromXml(schemaXml: string): number {
  return /\sFormat="DateOnly"/i.test(schemaXml) ? 0 : 1;
}

export function toSiteField(f: Json): SiteField {
  const typeAsString = String(f['TypeAsString'] ?? '');
  return {
    internalName: String(f['InternalName'] ?? ''),
    title: String(f['Title'] ?? ''),
    typeAsString,
    ...(typeAsString === 'DateTime' ? { displayFormat: displayFormatFromXml(String(f['SchemaXml'] ?? '')) } : {}),
    indexed: f['Indexed'] === true,
    ...(typeof f['Required'] === 'boolean' ? { required: f['Required'] } : {}),
  };
}

/** The list at `<web>/Lists/<urlName>`: addressed by url, so a renamed list is still found. */
export function listAt(sp: SPFI, urlName: string): IList {
  return sp.web.getList(listUrlUnder(webServerRelativeUrl(sp), urlName));
}

/** One list's fields as `computeDrift` and `provision` compare them. */
export async function readFields(list: IList): Promise<SiteField[]> {
  return ((await list.fields.select('InternalName', 'Title', 'TypeAsString', 'Indexed', 'Required', 'SchemaXml')()) as Json[]).map(toSiteField);
}

/** The list at the schema's url with its fields and views, or null when there is none (404). */
export async function readList(sp: SPFI, schema: ListSchema): Promise<SiteList | null> {
  const list = listAt(sp, schema.urlName);
  let info: Json;
  try {
    info = (await list.select('Id', 'Title')()) as Json;
  } catch (error) {
    if (httpStatusOf(error) === 404) return null;
    throw error;
  }
  const views = ((await list.views.select('Title')()) as Json[]).map((v) => String(v['Title']));
  return { id: String(info['Id']), title: String(info['Title']), fields: await readFields(list), views };
}

/**
 * Reads what the site has for the declared lists — GET requests only, so `gtm provision --check`
 * writes nothing (no digest is even requested).
 */
export async function readSite(sp: SPFI, schemas: readonly ListSchema[]): Promise<SiteState> {
  const state = new Map<string, SiteList | null>();
  for (const schema of schemas) state.set(schema.urlName, await readList(sp, schema));
  return state;
}
