import type { DirectRequest } from './direct-request';
import { DirectRequestSchema } from './direct-request';
import type { DirectRequestResult } from './triage';
import { closeDirectRequest, rateDirectRequest, recordOutreach } from './triage';

const gmd = { email: 'gmd@contoso.com' };
const received: DirectRequest = {
  id: 'dr1',
  kind: 'demo-request',
  receivedAt: '2025-03-03',
  contact: { email: 'jo@fabrikam.com', company: 'Fabrikam' },
  triage: null,
  outreach: null,
  outcome: null,
  closedAt: null,
};
const unwrap = (r: DirectRequestResult): DirectRequest => {
  if (!r.ok) throw new Error(r.reason);
  return r.request;
};
const rated = unwrap(rateDirectRequest(received, { icpAlignment: 5, relevance: 4, strategicFit: 3 }, gmd, '2025-03-03'));
const contacted = unwrap(recordOutreach(rated, { at: '2025-03-04', by: gmd, template: 'Demo follow-up' }));

describe('direct request triage', () => {
  it('records ratings 5 / 4 / 3 with who and when', () => {
    expect(rated.triage).toEqual({ icpAlignment: 5, relevance: 4, strategicFit: 3, by: gmd, at: '2025-03-03' });
  });

  it('refuses a relevance rating of 6 and of 0', () => {
    expect(rateDirectRequest(received, { icpAlignment: 5, relevance: 6, strategicFit: 3 }, gmd, '2025-03-03')).toEqual({
      ok: false,
      reason: 'The relevance rating must be a whole number from 1 to 5, got 6',
    });
    expect(rateDirectRequest(received, { icpAlignment: 5, relevance: 0, strategicFit: 3 }, gmd, '2025-03-03').ok).toBe(false);
  });

  it('refuses to close without ratings and without outreach, naming both', () => {
    expect(closeDirectRequest(received, { kind: 'nurture' }, '2025-03-05')).toEqual({
      ok: false,
      reason: 'Cannot close the request from jo@fabrikam.com without ratings (ICP alignment, relevance, strategic fit) and presales outreach',
    });
  });

  it('refuses to close a rated request before the presales outreach', () => {
    expect(closeDirectRequest(rated, { kind: 'nurture' }, '2025-03-05')).toEqual({
      ok: false,
      reason: 'Cannot close the request from jo@fabrikam.com without presales outreach',
    });
  });

  it('closes a rated and contacted request as MQA linked to account acme on 5 Mar', () => {
    const closed = unwrap(closeDirectRequest(contacted, { kind: 'mqa', accountId: 'acme' }, '2025-03-05'));
    expect(closed.outcome).toEqual({ kind: 'mqa', accountId: 'acme' });
    expect(closed.closedAt).toBe('2025-03-05');
    expect(DirectRequestSchema.safeParse(closed).success).toBe(true);
  });

  it('closes as MQL or nurture too', () => {
    expect(closeDirectRequest(contacted, { kind: 'mql', leadId: 'c1' }, '2025-03-05').ok).toBe(true);
    expect(closeDirectRequest(contacted, { kind: 'nurture' }, '2025-03-05').ok).toBe(true);
  });

  it('refuses to close, re-rate or contact again once closed as nurture', () => {
    const closed = unwrap(closeDirectRequest(contacted, { kind: 'nurture' }, '2025-03-05'));
    expect(closeDirectRequest(closed, { kind: 'mql' }, '2025-03-06')).toEqual({
      ok: false,
      reason: 'Cannot close the request from jo@fabrikam.com: it is closed as nurture',
    });
    expect(rateDirectRequest(closed, { icpAlignment: 1, relevance: 1, strategicFit: 1 }, gmd, '2025-03-06').ok).toBe(false);
    expect(recordOutreach(closed, { at: '2025-03-06', by: gmd, template: 'x' }).ok).toBe(false);
  });

  it('rejects an MQA outcome without an account id', () => {
    expect(DirectRequestSchema.safeParse({ ...contacted, outcome: { kind: 'mqa' }, closedAt: '2025-03-05' }).success).toBe(false);
  });
});
