import type { QualifiedAccount } from './account';
import { correctAttribution } from './correct-attribution';
import type { AccountResult } from './identify-account';
import { identifyAccount } from './identify-account';
import { recordConvertingSource, recordOriginalLeadSource } from './record-source';

const gmd = { email: 'gmd@contoso.com' };

function unwrap(result: AccountResult): QualifiedAccount {
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

const acme = unwrap(
  identifyAccount(
    { id: 'acme', name: 'Acme', domain: 'acme.com', icpFit: 4, intentTopics: [], engagementScore: 10, marketingOwner: gmd },
    { at: '2025-01-06', by: gmd, evidence: 'Visited pricing 3 times' },
  ),
);
const sourced = unwrap(recordConvertingSource(unwrap(recordOriginalLeadSource(acme, 'Webinar', '2024-12-01')), 'Demo request', '2025-01-09'));

describe('OLS and CS are set once', () => {
  it('records OLS Webinar created 1 Dec 2024 and CS Demo request converted 9 Jan 2025', () => {
    expect([sourced.ols, sourced.olsDate, sourced.cs, sourced.csDate]).toEqual(['Webinar', '2024-12-01', 'Demo request', '2025-01-09']);
  });

  it('refuses to set the OLS a second time', () => {
    expect(recordOriginalLeadSource(sourced, 'Event', '2024-11-01')).toEqual({
      ok: false,
      reason: 'Original Lead Source of Acme is already "Webinar"; it is set once — use correctAttribution with a reason',
    });
  });

  it('refuses to set the CS a second time', () => {
    expect(recordConvertingSource(sourced, 'Sales outreach', '2025-04-14').ok).toBe(false);
  });

  it('refuses a blank source and a date that is not YYYY-MM-DD', () => {
    expect(recordOriginalLeadSource(acme, ' ', '2024-12-01').ok).toBe(false);
    expect(recordOriginalLeadSource(acme, 'Webinar', '01/12/2024').ok).toBe(false);
  });
});

describe('correcting an attribution fact', () => {
  it('changes the OLS to Partner referral and leaves one audit entry with old value, new value, reason, who and when', () => {
    const fixed = unwrap(correctAttribution(sourced, 'ols', 'Partner referral', 'Import mapped the partner to Webinar', gmd, '2025-03-03'));
    expect(fixed.ols).toBe('Partner referral');
    expect(fixed.attributionAudit).toEqual([
      { field: 'ols', oldValue: 'Webinar', newValue: 'Partner referral', reason: 'Import mapped the partner to Webinar', by: gmd, at: '2025-03-03' },
    ]);
  });

  it('corrects the CS date from 9 Jan to 8 Jan 2025', () => {
    const fixed = unwrap(correctAttribution(sourced, 'csDate', '2025-01-08', 'Form timestamp was UTC+1', gmd, '2025-03-03'));
    expect(fixed.csDate).toBe('2025-01-08');
    expect(fixed.attributionAudit[0]?.oldValue).toBe('2025-01-09');
  });

  it('refuses a correction without a reason', () => {
    expect(correctAttribution(sourced, 'ols', 'Event', '   ', gmd, '2025-03-03')).toEqual({
      ok: false,
      reason: 'Correcting the Original Lead Source of Acme needs a reason',
    });
  });

  it('refuses to correct a fact never recorded', () => {
    expect(correctAttribution(acme, 'cs', 'Event', 'typo', gmd, '2025-03-03').ok).toBe(false);
  });

  it('refuses a date correction that is not a date, and a correction to the same value', () => {
    expect(correctAttribution(sourced, 'olsDate', 'yesterday', 'typo', gmd, '2025-03-03').ok).toBe(false);
    expect(correctAttribution(sourced, 'ols', 'Webinar', 'typo', gmd, '2025-03-03').ok).toBe(false);
  });

  it('keeps both entries after two corrections, oldest first', () => {
    const once = unwrap(correctAttribution(sourced, 'ols', 'Event', 'first fix', gmd, '2025-03-03'));
    const twice = unwrap(correctAttribution(once, 'ols', 'Partner referral', 'second fix', gmd, '2025-03-24'));
    expect(twice.attributionAudit.map((e) => `${e.oldValue}→${e.newValue}`)).toEqual(['Webinar→Event', 'Event→Partner referral']);
  });
});
