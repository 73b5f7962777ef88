import { SINGLE_LINE_TEXT_MAX, tooLongMessage } from '../../domain/common/text-limit';
import type { ListSchema } from '../lists/list-schema';
import { columnMaxLength } from '../lists/list-schema';
import type { RowValues } from '../store/list-store';

/**
 * The text values of a row that are longer than their column holds, each as a message naming the
 * column (display and internal name), its length, the limit and by how much to shorten it:
 * `Title (Title) is 312 characters; SharePoint holds at most 255 — shorten it by 57`. A JSON note
 * says so, since what is too long is the list it holds (mitigations, decisions, history), not one
 * text a user typed. SharePoint answers 400 for a single line over 255; a note over its cap is
 * refused here because the server would not say which field it was.
 *
 * @example overLongValues(RISK_REGISTER_LIST, { Title: 'x'.repeat(312) })
 * // ['Risk (Title) is 312 characters; SharePoint holds at most 255 — shorten it by 57']
 */
export function overLongValues(list: ListSchema, values: RowValues): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    const max = columnMaxLength(list, name);
    if (max === undefined || value.length <= max) continue;
    problems.push(tooLongMessage(labelOf(list, name), value.length, max));
  }
  return problems;
}

function labelOf(list: ListSchema, name: string): string {
  if (name === 'Title') return `${list.titleDisplayName ?? 'Title'} (Title)`;
  const field = list.fields.find((f) => f.name === name);
  if (field === undefined) return name;
  return field.json ? `${field.displayName} (${name}, as JSON)` : `${field.displayName} (${name})`;
}

/**
 * A Title the mapper composes (not one a user typed), cut to the 255 a single line holds with an
 * ellipsis: its parts are kept whole in their own columns, so nothing is lost.
 * @example fitTitle(`Contact message from ${'x'.repeat(255)}`).length // 255, ending in '…'
 */
export function fitTitle(text: string): string {
  return text.length <= SINGLE_LINE_TEXT_MAX ? text : `${text.slice(0, SINGLE_LINE_TEXT_MAX - 1)}…`;
}
