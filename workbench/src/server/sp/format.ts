/** SharePoint REST response formats: minimal metadata (`value`, `odata.*`), verbose (`d`), errors. */
import { type InternalResponse, jsonResponse } from '../http';

export type SpFormat = 'minimal' | 'verbose' | 'nometadata';

export function formatOf(accept: string | undefined): SpFormat {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentType(fmt: SpFormat): string {
  if (fmt === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  return `application/json;odata=${fmt === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
}

export function spError(status: number, code: string, message: string, fmt: SpFormat): InternalResponse {
  const error = { code, message: { lang: 'en-US', value: message } };
  return jsonResponse(status, fmt === 'verbose' ? { error } : { 'odata.error': error }, contentType(fmt), { 'x-ms-diagnostics': '1000;reason="workbench"' });
}

/** Metadata of one entity, in the wanted format. */
export interface EntityMeta {
  type: string;
  /** Absolute URL of the entity. */
  id: string;
  /** Relative edit link (`Web/Lists(guid'…')/Items(3)`). */
  editLink: string;
  etag?: string;
}

export function entity(meta: EntityMeta, props: Record<string, unknown>, fmt: SpFormat): Record<string, unknown> {
  if (fmt === 'nometadata') return props;
  if (fmt === 'verbose') {
    return { __metadata: { id: meta.id, uri: meta.id, ...(meta.etag ? { etag: meta.etag } : {}), type: meta.type }, ...props };
  }
  return {
    'odata.type': meta.type,
    'odata.id': meta.id,
    ...(meta.etag ? { 'odata.etag': meta.etag } : {}),
    'odata.editLink': meta.editLink,
    ...props,
  };
}

/** A collection value in the verbose format is `{ __metadata, results }`. */
export function collectionValue(values: unknown[], elementType: string, fmt: SpFormat): unknown {
  return fmt === 'verbose' ? { __metadata: { type: `Collection(${elementType})` }, results: values } : values;
}

export function single(value: unknown, fmt: SpFormat, status = 200, extra: Record<string, string> = {}): InternalResponse {
  return jsonResponse(status, fmt === 'verbose' ? { d: value } : value, contentType(fmt), extra);
}

export function collection(values: unknown[], fmt: SpFormat, nextLink?: string): InternalResponse {
  if (fmt === 'verbose') return jsonResponse(200, { d: { results: values, ...(nextLink ? { __next: nextLink } : {}) } }, contentType(fmt));
  return jsonResponse(200, { value: values, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) }, contentType(fmt));
}

/** `$select` on non-item resources: keeps the named top-level properties (and the metadata). */
export function pick(obj: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select || !select.trim()) return obj;
  // `RootFolder/ServerRelativeUrl` keeps the (expanded) RootFolder.
  const wanted = new Set(select.split(',').map((s) => (s.trim().split('/')[0] ?? '').toLowerCase()));
  if (wanted.has('*')) return obj;
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k === '__metadata' || k.startsWith('odata.') || wanted.has(k.toLowerCase())));
}
