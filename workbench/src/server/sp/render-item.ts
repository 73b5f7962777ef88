/**
 * Renders list items as SharePoint REST does, honouring `$select` and `$expand`: lookups and persons
 * appear as `<Field>Id` (and `<Field>StringId` for persons) unless expanded (`Author/Title`).
 */
import type { Db } from '../store/db';
import { findListByGuid, listFields } from '../store/lists';
import { projectedValue, rawValue, validProjection } from '../store/query';
import { getUser } from '../store/users';
import { type FieldDef, type ItemRow, type ListDef, StoreError } from '../store/types';
import { type SpFormat, collectionValue, entity } from './format';

type Emit = (item: ItemRow, out: Record<string, unknown>) => void;

export interface ItemRenderer {
  render(item: ItemRow): Record<string, unknown>;
}

const EDM: Partial<Record<FieldDef['type'], string>> = { multichoice: 'Edm.String', lookup: 'Edm.Int32', person: 'Edm.Int32' };

function invalid(message: string): StoreError {
  return new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

export function itemUrls(siteUrl: string, list: ListDef, id: number): { id: string; editLink: string } {
  const editLink = `Web/Lists(guid'${list.guid}')/Items(${id})`;
  return { id: `${siteUrl}/_api/${editLink}`, editLink };
}

function scalarEmitters(field: FieldDef, fmt: SpFormat): Emit[] {
  const name = field.internalName;
  switch (field.type) {
    case 'counter':
      return [(item, out) => (out.Id = item.id), (item, out) => (out.ID = item.id)];
    case 'multichoice':
      return [(item, out) => (out[name] = collectionValue((rawValue(item, field) as string[] | null) ?? [], 'Edm.String', fmt))];
    case 'lookup':
    case 'person': {
      const emits: Emit[] = [
        (item, out) => {
          const v = rawValue(item, field);
          out[`${name}Id`] = field.multi ? collectionValue((v as number[] | null) ?? [], EDM[field.type] ?? 'Edm.Int32', fmt) : v;
        },
      ];
      if (field.type === 'person') {
        emits.push((item, out) => {
          const v = rawValue(item, field);
          out[`${name}StringId`] = field.multi
            ? collectionValue(((v as number[] | null) ?? []).map(String), 'Edm.String', fmt)
            : v === null || v === undefined
              ? null
              : String(v);
        });
      }
      return emits;
    }
    default:
      return [(item, out) => (out[name] = rawValue(item, field))];
  }
}

function expandedEmitter(db: Db, siteUrl: string, field: FieldDef, subs: string[], fmt: SpFormat): Emit {
  const person = field.type === 'person';
  const target = !person && field.lookupList ? findListByGuid(db, field.lookupList) : undefined;
  const type = person ? 'SP.Data.UserInfoItem' : `SP.Data.${target?.entityName ?? 'Unknown'}Item`;
  const project = (id: number): Record<string, unknown> | null => {
    if (person ? !getUser(db, id) : !target) return null;
    const props: Record<string, unknown> = {};
    for (const sub of subs) {
      const canonical = person
        ? ({ id: 'Id', title: 'Title', email: 'EMail', name: 'Name', loginname: 'LoginName' } as Record<string, string>)[sub.toLowerCase()] ?? sub
        : sub.toLowerCase() === 'id'
          ? 'Id'
          : listFields(db, (target as ListDef).id).find((f) => f.internalName.toLowerCase() === sub.toLowerCase())?.internalName ?? sub;
      props[canonical] = projectedValue(db, field, id, sub);
    }
    const url = person ? `${siteUrl}/_api/Web/SiteUserInfoList/Items(${id})` : itemUrls(siteUrl, target as ListDef, id).id;
    return entity({ type, id: url, editLink: url }, props, fmt === 'minimal' ? 'nometadata' : fmt);
  };
  return (item, out) => {
    const v = rawValue(item, field);
    if (field.multi) {
      const values = ((v as number[] | null) ?? []).map(project).filter((x) => x !== null);
      out[field.internalName] = fmt === 'verbose' ? { results: values } : values;
    } else {
      out[field.internalName] = typeof v === 'number' ? project(v) : null;
    }
  };
}

/**
 * Builds the renderer once per query, so a bad `$select` fails with 400 before any item is read.
 * @param select the raw `$select` (null: every field), @param expand the raw `$expand`.
 */
export function itemRenderer(db: Db, siteUrl: string, list: ListDef, fields: FieldDef[], select: string | null, expand: string | null, fmt: SpFormat): ItemRenderer {
  const byName = new Map(fields.map((f) => [f.internalName.toLowerCase(), f]));
  const expands = new Set(
    (expand ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length > 0),
  );
  for (const e of expands) {
    const f = byName.get(e);
    if (!f || (f.type !== 'lookup' && f.type !== 'person')) {
      if (e === 'fieldvaluesastext' || e === 'contenttype') continue;
      throw invalid(`The field or property '${e}' does not exist.`);
    }
  }
  const paths = (select ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const all = paths.length === 0 || paths.includes('*');
  const emits: Emit[] = [];
  const subsByField = new Map<string, string[]>();
  const seen = new Set<string>();
  const add = (key: string, e: Emit[]): void => {
    if (seen.has(key)) return;
    seen.add(key);
    emits.push(...e);
  };
  if (all) {
    emits.push((_item, out) => (out.FileSystemObjectType = 0));
    for (const f of fields) {
      if (f.internalName === 'Author' || f.internalName === 'Editor') continue;
      add(f.internalName.toLowerCase(), scalarEmitters(f, fmt));
    }
    emits.push(
      (item, out) => (out.AuthorId = item.authorId),
      (item, out) => (out.EditorId = item.editorId),
      (item, out) => (out.OData__UIVersionString = `${item.version}.0`),
      (_item, out) => (out.Attachments = false),
      (item, out) => (out.GUID = item.guid),
    );
    seen.add('author').add('editor');
  }
  for (const p of paths) {
    if (p === '*') continue;
    const lower = p.toLowerCase();
    const slash = lower.indexOf('/');
    if (slash > 0) {
      const baseName = lower.slice(0, slash);
      const f = byName.get(baseName);
      if (!f || (f.type !== 'lookup' && f.type !== 'person')) throw invalid(`The field or property '${p.slice(0, slash)}' does not exist.`);
      if (!expands.has(baseName)) {
        throw invalid(`The query to field '${f.internalName}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${f.internalName}.`);
      }
      const sub = p.slice(slash + 1);
      if (!validProjection(db, f, sub)) throw invalid(`The field or property '${sub}' does not exist.`);
      const list = subsByField.get(f.internalName) ?? [];
      list.push(sub);
      subsByField.set(f.internalName, list);
      continue;
    }
    if (lower === 'id') {
      add('id', [(item, out) => (out.Id = item.id)]);
      continue;
    }
    const f = byName.get(lower);
    if (f && (f.type === 'lookup' || f.type === 'person')) {
      if (!expands.has(lower)) {
        throw invalid(`The query to field '${f.internalName}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${f.internalName}.`);
      }
      const list = subsByField.get(f.internalName) ?? [];
      list.push('Id', f.type === 'person' ? 'Title' : f.lookupField || 'Title');
      subsByField.set(f.internalName, list);
      continue;
    }
    if (f) {
      add(lower, f.type === 'counter' ? [(item, out) => (out[p === 'Id' ? 'Id' : 'ID'] = item.id)] : scalarEmitters(f, fmt).slice(0, 1));
      continue;
    }
    if (lower === 'authorid' || lower === 'editorid') {
      const key = lower === 'authorid' ? 'AuthorId' : 'EditorId';
      add(lower, [(item, out) => (out[key] = key === 'AuthorId' ? item.authorId : item.editorId)]);
      continue;
    }
    if (lower === 'guid') {
      add(lower, [(item, out) => (out.GUID = item.guid)]);
      continue;
    }
    const idBase = lower.endsWith('stringid') ? byName.get(lower.slice(0, -8)) : lower.endsWith('id') ? byName.get(lower.slice(0, -2)) : undefined;
    if (idBase && (idBase.type === 'lookup' || idBase.type === 'person')) {
      const e = scalarEmitters(idBase, fmt);
      add(lower, lower.endsWith('stringid') ? e.slice(1, 2) : e.slice(0, 1));
      continue;
    }
    throw invalid(`The field or property '${p}' does not exist.`);
  }
  for (const [name, subs] of subsByField) {
    const f = byName.get(name.toLowerCase()) as FieldDef;
    emits.push(expandedEmitter(db, siteUrl, f, [...new Set(subs)], fmt));
  }
  return {
    render(item) {
      const out: Record<string, unknown> = {};
      for (const e of emits) e(item, out);
      const urls = itemUrls(siteUrl, list, item.id);
      return entity({ type: `SP.Data.${list.entityName}Item`, id: urls.id, editLink: urls.editLink, etag: `"${item.version}"` }, out, fmt);
    },
  };
}
