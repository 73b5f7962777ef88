/**
 * How SharePoint turns a display name into a field's internal name when the client does not insist
 * on one (`createFieldAsXml` without `AddFieldInternalNameHint`, `fields.add`, `addField`).
 *
 * Sources: pnp/PnP#940 (`Name='MyField' DisplayName='My Field'` became `My_x0020_Field`),
 * SharePoint/sp-dev-docs#3286 (`Publish Date` → `Publish_x0020_Date` despite `Name="PublishDate"`),
 * SubPointSolutions/spmeta2#1073 (the Cyrillic `Значимость` became `_x0417__x043d__x0430__x0447__x04`:
 * every non-ASCII letter is escaped, and the name is cut at 32 characters even inside an escape),
 * pnp/PnP#1556 and MicrosoftDocs/microsoft-365-community#524 (list field internal names: 32 characters).
 */

/** Internal names of list fields are at most 32 characters (longer ones are cut, not refused). */
export const MAX_INTERNAL_NAME = 32;

/**
 * Escapes what XML names do not allow as SharePoint does: `_xHHHH_` with the 4 lowercase hex digits
 * of each UTF-16 code unit, for everything but ASCII letters, digits and `_` — and for a leading
 * digit, which cannot start an XML name. The result is not cut.
 *
 * @example encodeDisplayName('Due date') // 'Due_x0020_date'
 * @example encodeDisplayName('Owner (e-mail)') // 'Owner_x0020__x0028_e_x002d_mail_x0029_'
 * @example encodeDisplayName('1st call') // '_x0031_st_x0020_call'
 */
export function encodeDisplayName(displayName: string): string {
  let out = '';
  for (let i = 0; i < displayName.length; i++) {
    const c = displayName[i] as string;
    const plain = /[A-Za-z_]/.test(c) || (i > 0 && /[0-9]/.test(c));
    out += plain ? c : `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`;
  }
  return out;
}

/**
 * The internal name SharePoint gives a field it names from its display name: encoded, cut to 32
 * characters, and made unique in the list by appending a counter (`Due_x0020_date0`, then `…1`),
 * cutting further so the counter still fits.
 *
 * @param taken whether a name is already used in the list (SharePoint compares case-insensitively)
 * @example internalNameFor('Due date', () => false) // 'Due_x0020_date'
 * @example internalNameFor('Due date', (n) => n === 'Due_x0020_date') // 'Due_x0020_date0'
 * @example internalNameFor('Значимость', () => false) // '_x0417__x043d__x0430__x0447__x04' (32 characters)
 */
export function internalNameFor(displayName: string, taken: (name: string) => boolean): string {
  return uniqueInternalName(encodeDisplayName(displayName).slice(0, MAX_INTERNAL_NAME), taken);
}

/**
 * `name` when it is free, else `name` + the first counter (0, 1, 2, …) that makes it free, the name
 * cut so the whole stays within 32 characters.
 *
 * @example uniqueInternalName('GtmStatus', (n) => n === 'GtmStatus') // 'GtmStatus0'
 */
export function uniqueInternalName(name: string, taken: (name: string) => boolean): string {
  const base = name.slice(0, MAX_INTERNAL_NAME);
  if (!taken(base)) return base;
  for (let n = 0; ; n++) {
    const suffix = String(n);
    const candidate = `${base.slice(0, MAX_INTERNAL_NAME - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
