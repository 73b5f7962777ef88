import type { IsoDate } from '../common/iso-date';
import { IsoDateSchema } from '../common/iso-date';
import type { Person } from '../common/person';
import { reject } from '../common/result';
import { isBlank } from '../common/text';
import type { QualifiedAccount, SourceField } from './account';
import type { AccountResult } from './identify-account';

const FIELD_LABELS: Readonly<Record<SourceField, string>> = {
  ols: 'Original Lead Source',
  olsDate: 'Original Lead Source date',
  cs: 'Converting Source',
  csDate: 'Converting Source date',
};

/**
 * Corrects a recorded OLS/CS fact. A reason is required, and an audit entry keeps the old value,
 * the new value, the reason, who and when. A fact never recorded is recorded, not corrected.
 * @example
 * correctAttribution(account, 'ols', 'Partner referral', 'CRM import mapped the partner to Webinar', gmd, '2025-03-03')
 * // { ok: true, account: { ols: 'Partner referral', attributionAudit: [{ field: 'ols', oldValue: 'Webinar',
 * //   newValue: 'Partner referral', reason: 'CRM import…', by: gmd, at: '2025-03-03' }] } }
 */
export function correctAttribution(
  account: QualifiedAccount,
  field: SourceField,
  newValue: string,
  reason: string,
  by: Person,
  now: IsoDate,
): AccountResult {
  const label = FIELD_LABELS[field];
  if (isBlank(reason)) return reject(`Correcting the ${label} of ${account.name} needs a reason`);
  const oldValue = account[field];
  if (oldValue === null) return reject(`The ${label} of ${account.name} was never recorded; record it instead of correcting it`);
  const value = newValue.trim();
  if (value.length === 0) return reject(`The ${label} of ${account.name} cannot be corrected to a blank value`);
  if ((field === 'olsDate' || field === 'csDate') && !IsoDateSchema.safeParse(value).success) {
    return reject(`The ${label} must be YYYY-MM-DD, got "${newValue}"`);
  }
  if (value === oldValue) return reject(`The ${label} of ${account.name} is already "${oldValue}"`);
  return {
    ok: true,
    account: {
      ...account,
      [field]: value,
      attributionAudit: [...account.attributionAudit, { field, oldValue, newValue: value, reason: reason.trim(), by, at: now }],
    },
  };
}
