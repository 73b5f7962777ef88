/** Field and list definitions as SharePoint REST reads and writes them (FieldTypeKind, SchemaXml). */
import type { NewField, FieldChanges } from '../store/lists';
import { MAX_INTERNAL_NAME, encodeDisplayName } from '../store/field-names';
import { type FieldDef, type FieldType, StoreError } from '../store/types';

const KIND_TO_TYPE: Readonly<Record<number, FieldType>> = {
  1: 'number',
  2: 'text',
  3: 'note',
  4: 'date',
  6: 'choice',
  7: 'lookup',
  8: 'boolean',
  9: 'number',
  10: 'currency',
  15: 'multichoice',
  20: 'person',
};

const TYPE_INFO: Readonly<Record<FieldType, { kind: number; typeAsString: string; odataType: string }>> = {
  counter: { kind: 5, typeAsString: 'Counter', odataType: 'SP.Field' },
  text: { kind: 2, typeAsString: 'Text', odataType: 'SP.FieldText' },
  note: { kind: 3, typeAsString: 'Note', odataType: 'SP.FieldMultiLineText' },
  number: { kind: 9, typeAsString: 'Number', odataType: 'SP.FieldNumber' },
  currency: { kind: 10, typeAsString: 'Currency', odataType: 'SP.FieldCurrency' },
  choice: { kind: 6, typeAsString: 'Choice', odataType: 'SP.FieldChoice' },
  multichoice: { kind: 15, typeAsString: 'MultiChoice', odataType: 'SP.FieldMultiChoice' },
  date: { kind: 4, typeAsString: 'DateTime', odataType: 'SP.FieldDateTime' },
  person: { kind: 20, typeAsString: 'User', odataType: 'SP.FieldUser' },
  lookup: { kind: 7, typeAsString: 'Lookup', odataType: 'SP.FieldLookup' },
  boolean: { kind: 8, typeAsString: 'Boolean', odataType: 'SP.Field' },
};

const XML_TYPES: Readonly<Record<string, { type: FieldType; multi?: boolean }>> = {
  text: { type: 'text' },
  note: { type: 'note' },
  number: { type: 'number' },
  integer: { type: 'number' },
  currency: { type: 'currency' },
  choice: { type: 'choice' },
  multichoice: { type: 'multichoice' },
  datetime: { type: 'date' },
  boolean: { type: 'boolean' },
  user: { type: 'person' },
  usermulti: { type: 'person', multi: true },
  lookup: { type: 'lookup' },
  lookupmulti: { type: 'lookup', multi: true },
};

function bad(message: string): StoreError {
  return new StoreError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'TRUE' || v === 'true') return true;
  if (v === 'FALSE' || v === 'false') return false;
  return undefined;
}

function choices(v: unknown): string[] | undefined {
  const arr = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results) ? (v as { results: unknown[] }).results : undefined;
  return arr?.filter((c): c is string => typeof c === 'string');
}

/** `SP.AddFieldOptions.AddFieldInternalNameHint`: take the internal name from the XML's `Name`. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/** SharePoint's name for a field it names from its display name: encoded and cut to 32 characters. */
function nameFromDisplayName(displayName: string): string {
  return encodeDisplayName(displayName).slice(0, MAX_INTERNAL_NAME);
}

/** `DisplayFormat` of a DateTime field: 0 date only, 1 date and time (the default). */
function displayFormatOf(v: unknown): number {
  return v === 0 || v === '0' || v === 'DateOnly' ? 0 : 1;
}

/**
 * The body of `fields.add(...)` (`POST fields`) or `fields.addField` (`{ parameters }`). SharePoint
 * names these fields from their `Title`, whatever else the body says (pnp/pnpjs#1825: "displayname
 * overwrites internalname"); the route makes the name unique in the list.
 */
export function fieldFromBody(body: Record<string, unknown>): NewField {
  const title = str(body.Title);
  const kind = typeof body.FieldTypeKind === 'number' ? body.FieldTypeKind : Number(body.FieldTypeKind);
  const type = KIND_TO_TYPE[kind];
  if (!title) throw bad('The field Title is required.');
  if (!type) throw bad(`FieldTypeKind ${String(body.FieldTypeKind)} is not supported by the workbench.`);
  return {
    internalName: nameFromDisplayName(title),
    title,
    type,
    required: bool(body.Required) ?? false,
    indexed: bool(body.Indexed) ?? false,
    choices: choices(body.Choices),
    lookupList: str(body.LookupListId) ?? str(body.LookupList) ?? null,
    lookupField: str(body.LookupFieldName) ?? str(body.LookupField) ?? null,
    multi: bool(body.AllowMultipleValues) ?? false,
    description: str(body.Description) ?? '',
    ...(type === 'date' ? { displayFormat: displayFormatOf(body.DisplayFormat) } : {}),
  };
}

function xmlUnescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * `createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="GtmStatus" DisplayName="Status" …>', Options })`.
 * As CSOM's `AddFieldAsXml`, the internal name comes from `DisplayName` unless `Options` includes
 * `AddFieldInternalNameHint` (8): `Name="GtmDueDate" DisplayName="Due date"` becomes `Due_x0020_date`
 * (pnp/PnP#940, pnp/pnpcore#1317, SharePoint/sp-dev-docs#3286). The route makes the name unique.
 */
export function fieldFromXml(xml: string, options = 0): NewField {
  const open = /<Field\s([^>]*?)\/?>/i.exec(xml);
  if (!open) throw bad('SchemaXml must hold a <Field> element.');
  const attrs: Record<string, string> = {};
  for (const m of (open[1] ?? '').matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) attrs[(m[1] ?? '').toLowerCase()] = xmlUnescape(m[2] ?? '');
  const xt = XML_TYPES[(attrs.type ?? '').toLowerCase()];
  if (!xt) throw bad(`Field Type '${attrs.type ?? ''}' is not supported by the workbench.`);
  const hinted = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
  const displayName = attrs.displayname ?? attrs.name ?? attrs.staticname;
  if (!displayName) throw bad('The field needs a DisplayName (and a Name, sent with Options 8, to set its internal name).');
  const name = hinted && attrs.name ? attrs.name.slice(0, MAX_INTERNAL_NAME) : nameFromDisplayName(displayName);
  const choiceList = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/gi)].map((m) => xmlUnescape(m[1] ?? ''));
  return {
    internalName: name,
    title: displayName,
    type: xt.type,
    required: attrs.required?.toUpperCase() === 'TRUE',
    indexed: attrs.indexed?.toUpperCase() === 'TRUE',
    choices: choiceList,
    lookupList: attrs.list ?? null,
    lookupField: attrs.showfield ?? null,
    multi: xt.multi === true || attrs.mult?.toUpperCase() === 'TRUE',
    description: attrs.description ?? '',
    ...(xt.type === 'date' ? { displayFormat: displayFormatOf(attrs.format) } : {}),
  };
}

export function fieldChangesFromBody(body: Record<string, unknown>): FieldChanges {
  return {
    title: str(body.Title),
    required: bool(body.Required),
    indexed: bool(body.Indexed),
    choices: choices(body.Choices),
    description: str(body.Description),
  };
}

function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

export function fieldTypeInfo(f: FieldDef): { kind: number; typeAsString: string; odataType: string } {
  const info = TYPE_INFO[f.type];
  if (f.multi && (f.type === 'person' || f.type === 'lookup')) return { ...info, typeAsString: `${info.typeAsString}Multi` };
  return info;
}

export function fieldProps(f: FieldDef): Record<string, unknown> {
  const info = fieldTypeInfo(f);
  const choiceXml = f.choices.length > 0 ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  const schemaXml = `<Field Type="${info.typeAsString}" ID="{${f.guid}}" Name="${xmlEscape(f.internalName)}" StaticName="${xmlEscape(f.internalName)}" DisplayName="${xmlEscape(f.title)}" Required="${f.required ? 'TRUE' : 'FALSE'}" Indexed="${f.indexed ? 'TRUE' : 'FALSE'}"${f.lookupList ? ` List="{${f.lookupList}}" ShowField="${xmlEscape(f.lookupField ?? 'Title')}"` : ''}${f.multi ? ' Mult="TRUE"' : ''}${f.type === 'date' ? ` Format="${f.displayFormat === 0 ? 'DateOnly' : 'DateTime'}"` : ''}>${choiceXml}</Field>`;
  return {
    Id: f.guid,
    Title: f.title,
    InternalName: f.internalName,
    StaticName: f.internalName,
    EntityPropertyName: f.type === 'lookup' || f.type === 'person' ? f.internalName : f.internalName,
    FieldTypeKind: info.kind,
    TypeAsString: info.typeAsString,
    Required: f.required,
    Indexed: f.indexed,
    Hidden: false,
    ReadOnlyField: f.builtin && f.internalName !== 'Title',
    FromBaseType: f.builtin,
    CanBeDeleted: !f.builtin,
    Description: f.description,
    Group: f.builtin ? '_Hidden' : 'GTM',
    SchemaXml: schemaXml,
    ...(f.type === 'date' ? { DisplayFormat: f.displayFormat ?? 1 } : {}),
    ...(f.type === 'choice' || f.type === 'multichoice' ? { Choices: f.choices } : {}),
    ...(f.type === 'lookup' || f.type === 'person' ? { LookupList: f.lookupList ? `{${f.lookupList}}` : '', LookupField: f.lookupField ?? 'Title', AllowMultipleValues: f.multi } : {}),
  };
}
