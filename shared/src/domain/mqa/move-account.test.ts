import { addDays } from '../common/day-math';
import type { QualifiedAccount } from './account';
import { QualifiedAccountSchema } from './account';
import type { AccountResult } from './identify-account';
import { identifyAccount } from './identify-account';
import { legalNextStages } from './legal-next-stages';
import { moveAccount } from './move-account';
import type { MqaStage } from './stages';

const gmd = { email: 'gmd@contoso.com' };
const ae = { email: 'ae@contoso.com' };

function unwrap(result: AccountResult): QualifiedAccount {
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

const acme = unwrap(
  identifyAccount(
    { id: 'acme', name: 'Acme', domain: 'acme.com', icpFit: 5, intentTopics: ['SIEM'], engagementScore: 72, marketingOwner: gmd },
    { at: '2025-01-06', by: gmd, evidence: 'Intent surge on SIEM' },
  ),
);

/** Walks the account through stages, one move a day after its last move (Acme: 7 Jan, 8 Jan, …). */
function walk(account: QualifiedAccount, ...stages: MqaStage[]): QualifiedAccount {
  return stages.reduce((acc, stage) => {
    const at = addDays(acc.stageHistory[acc.stageHistory.length - 1]?.at ?? acc.identifiedAt, 1);
    return unwrap(moveAccount(acc, stage, { at, by: gmd, evidence: `moved to ${stage}` }));
  }, account);
}

const shared = walk(acme, 'internal-review', 'presales-validation', 'shared-with-sales'); // shared on 9 Jan

describe('identifying an account', () => {
  it('starts at Identified on 6 Jan with one history entry and no attribution facts', () => {
    expect(acme.stage).toBe('identified');
    expect(acme.identifiedAt).toBe('2025-01-06');
    expect(acme.stageHistory).toEqual([{ from: null, to: 'identified', at: '2025-01-06', by: gmd, evidence: 'Intent surge on SIEM' }]);
    expect([acme.ols, acme.cs, acme.salesOwner]).toEqual([null, null, null]);
    expect(QualifiedAccountSchema.safeParse(acme).success).toBe(true);
  });

  it('refuses to identify an account without evidence', () => {
    const result = identifyAccount({ ...acme }, { at: '2025-01-06', by: gmd, evidence: '  ' });
    expect(result).toEqual({ ok: false, reason: 'Cannot identify Acme: evidence is required' });
  });
});

describe('MQA stage machine', () => {
  it('walks the main path to Shared with Sales, recording 4 history entries and 1 conversion on 9 Jan', () => {
    expect(shared.stage).toBe('shared-with-sales');
    expect(shared.stageHistory).toHaveLength(4);
    expect(shared.stageHistory[3]).toEqual({ from: 'presales-validation', to: 'shared-with-sales', at: '2025-01-09', by: gmd, evidence: 'moved to shared-with-sales' });
    expect(shared.conversionHistory).toEqual([{ kind: 'conversion', at: '2025-01-09', stage: 'shared-with-sales' }]);
  });

  it('reaches Won through Sales accepted and Opportunity', () => {
    expect(walk(shared, 'sales-accepted', 'opportunity', 'won').stage).toBe('won');
  });

  it('refuses to skip from Identified to Opportunity, naming both stages and the legal ones', () => {
    expect(moveAccount(acme, 'opportunity', { at: '2025-01-07', by: gmd, evidence: 'keen' })).toEqual({
      ok: false,
      reason: 'Cannot move Acme from Identified to Opportunity: from Identified it can go to Internal review or Disqualified',
    });
  });

  it('refuses a move without evidence', () => {
    const result = moveAccount(acme, 'internal-review', { at: '2025-01-07', by: gmd, evidence: '' });
    expect(result).toEqual({ ok: false, reason: 'Cannot move Acme from Identified to Internal review: evidence is required' });
  });

  it('refuses a move dated 5 Jan, before the last move on 6 Jan', () => {
    const result = moveAccount(acme, 'internal-review', { at: '2025-01-05', by: gmd, evidence: 'x' });
    expect(!result.ok && result.reason).toContain('the last move was on 2025-01-06');
  });

  it('disqualifies from Internal review, and nothing leaves Disqualified', () => {
    const out = walk(acme, 'internal-review', 'disqualified');
    expect(out.stage).toBe('disqualified');
    expect(legalNextStages(out)).toEqual([]);
    const again = moveAccount(out, 'internal-review', { at: '2025-02-01', by: gmd, evidence: 'x' });
    expect(again).toEqual({ ok: false, reason: 'Cannot move Acme from Disqualified to Internal review: Disqualified is final' });
  });

  it('refuses to stall an account at Presales validation (before Shared with Sales)', () => {
    const early = walk(acme, 'internal-review', 'presales-validation');
    expect(moveAccount(early, 'stalled', { at: '2025-02-01', by: gmd, evidence: 'silent' }).ok).toBe(false);
  });

  it('refuses Lost from Sales accepted: only an Opportunity is won or lost', () => {
    const accepted = walk(shared, 'sales-accepted');
    expect(moveAccount(accepted, 'lost', { at: '2025-02-01', by: ae, evidence: 'no budget' }).ok).toBe(false);
  });
});

describe('legal next stages for the UI', () => {
  it.each<[MqaStage[], MqaStage[]]>([
    [[], ['internal-review', 'disqualified']],
    [['internal-review'], ['presales-validation', 'disqualified']],
    [['internal-review', 'presales-validation'], ['shared-with-sales', 'disqualified']],
    [['internal-review', 'presales-validation', 'shared-with-sales'], ['sales-accepted', 'stalled', 'disqualified']],
    [['internal-review', 'presales-validation', 'shared-with-sales', 'sales-accepted'], ['opportunity', 'stalled', 'disqualified']],
    [['internal-review', 'presales-validation', 'shared-with-sales', 'sales-accepted', 'opportunity'], ['won', 'lost', 'stalled', 'disqualified']],
  ])('after %j offers %j', (path, expected) => {
    expect(legalNextStages(walk(acme, ...path))).toEqual(expected);
  });
});

describe('stall and re-entry', () => {
  const stalledFromOpportunity = walk(shared, 'sales-accepted', 'opportunity', 'stalled'); // stalled 12 Jan

  it('offers the stage it stalled from (Opportunity), Shared with Sales, or Disqualified', () => {
    expect(legalNextStages(stalledFromOpportunity)).toEqual(['opportunity', 'shared-with-sales', 'disqualified']);
  });

  it('re-enters at Opportunity on 14 Apr: the date is appended to the conversion history', () => {
    const back = unwrap(moveAccount(stalledFromOpportunity, 'opportunity', { at: '2025-04-14', by: ae, evidence: 'Budget unfrozen' }));
    expect(back.stage).toBe('opportunity');
    expect(back.conversionHistory).toEqual([
      { kind: 'conversion', at: '2025-01-09', stage: 'shared-with-sales' },
      { kind: 're-entry', at: '2025-04-14', stage: 'opportunity' },
    ]);
  });

  it('re-enters as a fresh handover to Shared with Sales, recorded as a re-entry, not a second conversion', () => {
    const back = unwrap(moveAccount(stalledFromOpportunity, 'shared-with-sales', { at: '2025-04-14', by: gmd, evidence: 'New champion' }));
    expect(back.conversionHistory.map((c) => c.kind)).toEqual(['conversion', 're-entry']);
  });

  it('refuses a stalled account skipping to Won', () => {
    const result = moveAccount(stalledFromOpportunity, 'won', { at: '2025-04-14', by: ae, evidence: 'signed' });
    expect(result).toEqual({
      ok: false,
      reason: 'Cannot move Acme from Stalled to Won: from Stalled it can go to Opportunity, Shared with Sales or Disqualified',
    });
  });

  it('offers only Shared with Sales (once) when it stalled from Shared with Sales', () => {
    expect(legalNextStages(walk(shared, 'stalled'))).toEqual(['shared-with-sales', 'disqualified']);
  });

  it('does not count disqualifying a stalled account as a re-entry', () => {
    const out = unwrap(moveAccount(stalledFromOpportunity, 'disqualified', { at: '2025-04-14', by: ae, evidence: 'Acquired by a competitor' }));
    expect(out.conversionHistory).toHaveLength(1);
  });

  it('keeps OLS and CS unchanged through a stall and a re-entry', () => {
    const withSources = { ...stalledFromOpportunity, ols: 'Webinar', olsDate: '2024-12-01', cs: 'Demo request', csDate: '2025-01-09' };
    const back = unwrap(moveAccount(withSources, 'opportunity', { at: '2025-04-14', by: ae, evidence: 'Budget unfrozen' }));
    expect([back.ols, back.olsDate, back.cs, back.csDate]).toEqual(['Webinar', '2024-12-01', 'Demo request', '2025-01-09']);
  });

  it('counts two stalls and two re-entries as 1 conversion and 2 re-entries', () => {
    const twice = walk(shared, 'stalled', 'shared-with-sales', 'stalled', 'shared-with-sales');
    expect(twice.conversionHistory.map((c) => c.kind)).toEqual(['conversion', 're-entry', 're-entry']);
  });
});

describe('QualifiedAccountSchema', () => {
  it('rejects an account whose stage disagrees with its last history entry', () => {
    const parsed = QualifiedAccountSchema.safeParse({ ...shared, stage: 'won' });
    expect(parsed.success).toBe(false);
  });

  it('rejects an ICP fit of 6 on the 1–5 scale', () => {
    expect(QualifiedAccountSchema.safeParse({ ...shared, icpFit: 6 }).success).toBe(false);
  });
});
