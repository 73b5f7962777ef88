import type { FieldSchema } from '../lists/list-schema';
import { maxLengthOf } from '../lists/list-schema';
import { typeAsStringOf } from './drift';

function attr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * The `SchemaXml` for `fields.createFieldAsXml`: the only way SharePoint takes an internal name
 * (`Name`/`StaticName`) that differs from the display name in one request.
 * @example fieldSchemaXml({ name: 'GtmStatus', displayName: 'Status', type: 'choice', choices: ['Open'] })
 *   // '<Field Type="Choice" Name="GtmStatus" StaticName="GtmStatus" DisplayName="Status" …><CHOICES><CHOICE>Open</CHOICE></CHOICES></Field>'
 */
export function fieldSchemaXml(field: FieldSchema, lookupListId?: string): string {
  const attrs: [string, string][] = [
    ['Type', typeAsStringOf(field)],
    ['Name', field.name],
    ['StaticName', field.name],
    ['DisplayName', field.displayName],
    ['Required', field.required ? 'TRUE' : 'FALSE'],
    ['Indexed', field.indexed ? 'TRUE' : 'FALSE'],
  ];
  if (field.description) attrs.push(['Description', field.description]);
  // SharePoint enforces a Text field's MaxLength (CAML Field element, "MaxLength": at most 255);
  // a note's cap is not a field attribute, so the data layer checks it before writing.
  if (field.type === 'text') attrs.push(['MaxLength', String(maxLengthOf(field) ?? 255)]);
  if (field.type === 'note') attrs.push(['RichText', 'FALSE'], ['NumLines', '6']);
  if (field.type === 'date') attrs.push(['Format', field.includesTime ? 'DateTime' : 'DateOnly']);
  if (field.type === 'lookup') {
    if (!lookupListId) throw new Error(`${field.name} needs the id of ${field.lookupList ?? 'its lookup list'}`);
    attrs.push(['List', `{${lookupListId.replace(/[{}]/g, '')}}`], ['ShowField', 'Title']);
  }
  // People only (no SharePoint groups), from the site's User Information List; `Mult` keeps several.
  if (field.type === 'person') attrs.push(['UserSelectionMode', 'PeopleOnly'], ['List', 'UserInfo'], ['ShowField', 'ImnName']);
  if (field.multi === true) attrs.push(['Mult', 'TRUE']);
  const children: string[] = [];
  if (field.defaultValue !== undefined) children.push(`<Default>${attr(field.defaultValue)}</Default>`);
  if (field.choices) children.push(`<CHOICES>${field.choices.map((c) => `<CHOICE>${attr(c)}</CHOICE>`).join('')}</CHOICES>`);
  return `<Field ${attrs.map(([k, v]) => `${k}="${attr(v)}"`).join(' ')}>${children.join('')}</Field>`;
}
