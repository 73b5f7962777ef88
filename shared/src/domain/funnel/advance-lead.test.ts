import type { Lead, QualificationEvidence } from './lead';
import { advanceLead, recordLeadEvidence } from './advance-lead';

const contact = (stage: Lead['stage'], evidence: QualificationEvidence[] = []): Lead => ({
  id: 'c1',
  email: 'jo@fabrikam.com',
  stage,
  evidence,
  stageHistory: [{ from: null, to: stage, at: '2025-01-10' }],
});
const demo: QualificationEvidence = { kind: 'demo-request', at: '2025-03-03', detail: 'Demo form on pricing page' };

describe('lead funnel Subscriber → Lead → Engaged Lead → MQL', () => {
  it('moves a Subscriber to Lead and records the move', () => {
    const result = advanceLead(contact('subscriber'), 'lead', { at: '2025-02-01' });
    expect(result.ok && result.lead.stage).toBe('lead');
    expect(result.ok && result.lead.stageHistory[1]).toEqual({ from: 'subscriber', to: 'lead', at: '2025-02-01' });
  });

  it('moves a Lead to Engaged Lead without evidence', () => {
    expect(advanceLead(contact('lead'), 'engaged-lead', { at: '2025-02-01' }).ok).toBe(true);
  });

  it('refuses Engaged Lead to MQL without qualification evidence', () => {
    expect(advanceLead(contact('engaged-lead'), 'mql', { at: '2025-03-03' })).toEqual({
      ok: false,
      reason: 'Cannot move from Engaged Lead to MQL: an MQL needs at least one piece of qualification evidence',
    });
  });

  it('makes an Engaged Lead an MQL with one demo request given with the move', () => {
    const result = advanceLead(contact('engaged-lead'), 'mql', { at: '2025-03-03', evidence: [demo] });
    expect(result.ok && result.lead.stage).toBe('mql');
    expect(result.ok && result.lead.evidence).toEqual([demo]);
  });

  it('makes an Engaged Lead an MQL with evidence already recorded on it', () => {
    const withEvidence = recordLeadEvidence(contact('engaged-lead'), { kind: 'sustained-interaction', at: '2025-02-20', detail: '6 visits in 2 weeks' });
    expect(advanceLead(withEvidence, 'mql', { at: '2025-03-03' }).ok).toBe(true);
  });

  it('lets a Subscriber with a demo request skip straight to MQL', () => {
    expect(advanceLead(contact('subscriber'), 'mql', { at: '2025-03-03', evidence: [demo] }).ok).toBe(true);
  });

  it('refuses a backward move from Engaged Lead to Lead, naming both stages', () => {
    expect(advanceLead(contact('engaged-lead'), 'lead', { at: '2025-03-03' })).toEqual({
      ok: false,
      reason: 'Cannot move from Engaged Lead to Lead: the funnel only moves forward',
    });
  });

  it('refuses any move out of MQL and a move to the same stage', () => {
    expect(advanceLead(contact('mql', [demo]), 'lead', { at: '2025-03-03' }).ok).toBe(false);
    expect(advanceLead(contact('lead'), 'lead', { at: '2025-03-03' }).ok).toBe(false);
  });

  it('refuses a move dated 9 Jan, before the last move on 10 Jan', () => {
    const result = advanceLead(contact('subscriber'), 'lead', { at: '2025-01-09' });
    expect(!result.ok && result.reason).toContain('the last move was on 2025-01-10');
  });
});
