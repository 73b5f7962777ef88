import { addDays } from '../common/day-math';
import type { QualifiedAccount } from './account';
import { QualifiedAccountSchema } from './account';
import { handOverMissing, handOverToSales } from './hand-over';
import type { HandOverInput } from './hand-over';
import type { AccountResult } from './identify-account';
import { identifyAccount } from './identify-account';
import { moveAccount } from './move-account';
import { recordConvertingSource } from './record-source';
import { CONVERTING_SOURCES } from './sources';
import type { MqaStage } from './stages';

const gmd = { email: 'gmd@contoso.com', displayName: 'Elena Ricci' };
const noor = { email: 'noor.haddad@contoso.com', displayName: 'Noor Haddad' };

function unwrap(result: AccountResult): QualifiedAccount {
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

function walk(account: QualifiedAccount, ...stages: MqaStage[]): QualifiedAccount {
  return stages.reduce((acc, stage) => {
    const at = addDays(acc.stageHistory[acc.stageHistory.length - 1]?.at ?? acc.identifiedAt, 1);
    return unwrap(moveAccount(acc, stage, { at, by: gmd, evidence: `moved to ${stage}` }));
  }, account);
}

const acme = unwrap(
  identifyAccount(
    { id: 'acme', name: 'Acme', domain: 'acme.com', icpFit: 5, intentTopics: ['SIEM'], engagementScore: 72, marketingOwner: gmd },
    { at: '2026-11-01', by: gmd, evidence: 'Intent surge on SIEM' },
  ),
);
/** Presales validation since 3 Nov 2026, no Sales owner, no Converting Source. */
const validated = walk(acme, 'internal-review', 'presales-validation');
const complete: HandOverInput = { salesOwner: noor, convertingSource: 'Webinar', at: '2026-11-22', by: gmd, evidence: 'Presales confirmed the SOC project' };

describe('handOverToSales: the one way to Shared with Sales', () => {
  it('refuses without a Sales owner or a Converting Source, naming both, and records nothing', () => {
    const result = handOverToSales(validated, { ...complete, salesOwner: null, convertingSource: null });
    expect(result).toEqual({ ok: false, reason: 'Cannot hand Acme over to Sales: the Sales owner and the Converting Source are missing' });
    expect(handOverToSales(validated, { ...complete, salesOwner: null })).toEqual({ ok: false, reason: 'Cannot hand Acme over to Sales: the Sales owner is missing' });
    expect(handOverToSales(validated, { ...complete, convertingSource: ' ' })).toEqual({ ok: false, reason: 'Cannot hand Acme over to Sales: the Converting Source is missing' });
    expect(handOverToSales(validated, { ...complete, evidence: '' })).toEqual({ ok: false, reason: 'Cannot hand Acme over to Sales: the hand-over evidence is missing' });
  });

  it('with both, moves to Shared with Sales on 22 Nov 2026 and records the Sales owner, CS "Webinar" and its first conversion date 2026-11-22', () => {
    const handed = unwrap(handOverToSales(validated, complete));
    expect(handed).toEqual(
      expect.objectContaining({ stage: 'shared-with-sales', salesOwner: noor, cs: 'Webinar', csDate: '2026-11-22', conversionHistory: [{ kind: 'conversion', at: '2026-11-22', stage: 'shared-with-sales' }] }),
    );
    expect(handed.stageHistory[handed.stageHistory.length - 1]).toEqual({ from: 'presales-validation', to: 'shared-with-sales', at: '2026-11-22', by: gmd, evidence: 'Presales confirmed the SOC project' });
    expect(QualifiedAccountSchema.safeParse(handed).success).toBe(true);
  });

  it('offers the 9 sources of the domain (8 channels and Sales outreach) and refuses any other', () => {
    expect(CONVERTING_SOURCES).toEqual(['Email', 'Paid search', 'Organic search', 'LinkedIn', 'Events', 'Webinar', 'Partner referral', 'Direct', 'Sales outreach']);
    const result = handOverToSales(validated, { ...complete, convertingSource: 'Gut feeling' });
    expect(result.ok ? '' : result.reason).toMatch(/^Cannot hand Acme over to Sales: “Gut feeling” is not a Converting Source; choose one of Email, Paid search, /);
  });

  it('an account with its CS already (from the CRM) keeps it: the hand-over asks only for the Sales owner', () => {
    const sourced = unwrap(recordConvertingSource(validated, 'Events', '2026-09-15'));
    expect(handOverMissing(sourced, { salesOwner: null, convertingSource: null, evidence: 'x' })).toEqual(['salesOwner']);
    const handed = unwrap(handOverToSales(sourced, { ...complete, convertingSource: null }));
    expect([handed.cs, handed.csDate, handed.salesOwner]).toEqual(['Events', '2026-09-15', noor]);
  });

  it('a stalled account handed over again is a re-entry with the new Sales owner; a CS missing until then gets the first conversion date, 4 Nov', () => {
    const stalled = walk(acme, 'internal-review', 'presales-validation', 'shared-with-sales', 'stalled'); // shared on 4 Nov, stalled on 5 Nov
    const back = unwrap(handOverToSales(stalled, complete));
    expect(back.conversionHistory).toEqual([
      { kind: 'conversion', at: '2026-11-04', stage: 'shared-with-sales' },
      { kind: 're-entry', at: '2026-11-22', stage: 'shared-with-sales' },
    ]);
    expect([back.salesOwner, back.cs, back.csDate]).toEqual([noor, 'Webinar', '2026-11-04']);
  });

  it('refuses an account that is not due for a hand-over (Identified), saying from where one is', () => {
    expect(handOverToSales(acme, complete)).toEqual({
      ok: false,
      reason: 'Cannot hand Acme over to Sales: it is at Identified; an account is handed over from Presales validation, or again from Stalled',
    });
  });
});
