import type { IsoDate } from '../common/iso-date';
import { IsoDateSchema } from '../common/iso-date';
import { reject } from '../common/result';
import { isBlank } from '../common/text';
import type { QualifiedAccount } from './account';
import type { AccountResult } from './identify-account';

function check(account: QualifiedAccount, label: string, current: string | null, source: string, date: IsoDate) {
  if (current !== null) {
    return reject(`${label} of ${account.name} is already "${current}"; it is set once — use correctAttribution with a reason`);
  }
  if (isBlank(source)) return reject(`${label} of ${account.name} cannot be blank`);
  if (!IsoDateSchema.safeParse(date).success) return reject(`${label} date must be YYYY-MM-DD, got "${date}"`);
  return null;
}

/**
 * Records the Original Lead Source and its creation date, once. A second call is rejected: the
 * OLS is a fact, and changing it takes an audited correction.
 * @example recordOriginalLeadSource(account, 'Webinar', '2025-01-15') // { ok: true, account: { ols: 'Webinar', olsDate: '2025-01-15' } }
 */
export function recordOriginalLeadSource(account: QualifiedAccount, source: string, date: IsoDate): AccountResult {
  const problem = check(account, 'Original Lead Source', account.ols, source, date);
  return problem ?? { ok: true, account: { ...account, ols: source.trim(), olsDate: date } };
}

/**
 * Records the Converting Source and its first conversion date, once (re-entries never change it).
 * @example recordConvertingSource(account, 'Sales outreach', '2025-02-20') // { ok: true, account: { cs: 'Sales outreach', csDate: '2025-02-20' } }
 */
export function recordConvertingSource(account: QualifiedAccount, source: string, date: IsoDate): AccountResult {
  const problem = check(account, 'Converting Source', account.cs, source, date);
  return problem ?? { ok: true, account: { ...account, cs: source.trim(), csDate: date } };
}
