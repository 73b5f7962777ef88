/** Graph's view of the same list data: `listItem` with `fields`, lookups as `<Field>LookupId` strings. */
import type { RouteContext } from '../context';
import { getMeta } from '../store/db';
import { rawValue, projectedValue } from '../store/query';
import { getUser } from '../store/users';
import { type FieldDef, type ItemRow, type ListDef } from '../store/types';

export function siteId(ctx: RouteContext): string {
  return `127.0.0.1,${getMeta(ctx.db, 'siteId')},${getMeta(ctx.db, 'webId')}`;
}

export function siteJson(ctx: RouteContext): Record<string, unknown> {
  return {
    id: siteId(ctx),
    name: 'gtm',
    displayName: 'GTM',
    description: 'GTM workbench site',
    webUrl: `${ctx.baseUrl}/sites/gtm`,
    siteCollection: { hostname: '127.0.0.1' },
  };
}

export function listJson(ctx: RouteContext, list: ListDef): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.guid},${list.version}"`,
    id: list.guid,
    // `name` is the list's url segment (fixed at creation), `displayName` its (renamable) title.
    name: list.url,
    displayName: list.title,
    description: list.description,
    createdDateTime: list.created,
    lastModifiedDateTime: list.modified,
    webUrl: `${ctx.baseUrl}/sites/gtm/Lists/${encodeURIComponent(list.url)}`,
    parentReference: { siteId: siteId(ctx) },
    list: { template: list.baseTemplate === 100 ? 'genericList' : String(list.baseTemplate), hidden: false, contentTypesEnabled: false },
  };
}

export function itemETag(item: ItemRow): string {
  return `"${item.guid},${item.version}"`;
}

function identity(ctx: RouteContext, id: number): Record<string, unknown> {
  const u = getUser(ctx.db, id);
  return { user: { id: String(id), email: u?.email ?? '', displayName: u?.title ?? '' } };
}

/** `fields` of an item; `select` (lower-cased names) limits them. Empty values are left out, as Graph does. */
export function fieldsJson(ctx: RouteContext, fields: FieldDef[], item: ItemRow, select: Set<string> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  const want = (name: string): boolean => !select || select.has(name.toLowerCase());
  if (want('id')) out.id = String(item.id);
  for (const f of fields) {
    if (f.internalName === 'ID') continue;
    const v = rawValue(item, f);
    if (f.type === 'lookup' || f.type === 'person') {
      if (f.multi) {
        if (want(f.internalName) && Array.isArray(v) && v.length > 0) {
          out[f.internalName] = (v as number[]).map((id) => ({
            LookupId: id,
            LookupValue: projectedValue(ctx.db, f, id, f.type === 'person' ? 'Title' : f.lookupField || 'Title'),
          }));
        }
      } else if (want(`${f.internalName}LookupId`) && typeof v === 'number') {
        out[`${f.internalName}LookupId`] = String(v);
      }
      continue;
    }
    if (!want(f.internalName) || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (f.type === 'multichoice') out[`${f.internalName}@odata.type`] = 'Collection(Edm.String)';
    out[f.internalName] = v;
  }
  if (want('_UIVersionString')) out._UIVersionString = `${item.version}.0`;
  return out;
}

export function itemJson(ctx: RouteContext, list: ListDef, fields: FieldDef[], item: ItemRow, expandFields: Set<string> | undefined | 'all'): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@odata.etag': itemETag(item),
    createdDateTime: item.created,
    eTag: itemETag(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${ctx.baseUrl}/sites/gtm/Lists/${encodeURIComponent(list.title)}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(ctx, item.authorId),
    lastModifiedBy: identity(ctx, item.editorId),
    parentReference: { id: list.guid, siteId: siteId(ctx) },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (expandFields !== undefined) out.fields = fieldsJson(ctx, fields, item, expandFields === 'all' ? undefined : expandFields);
  return out;
}
