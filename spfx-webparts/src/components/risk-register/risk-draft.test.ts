import type { Risk } from '@gtm/shared';
import { draftOf, newRiskDraft, validateDraft } from './risk-draft';
import { PAT, riskWith } from './risk-register.fixture';

// Every optional part filled in (a mitigation, a monitoring KPI, a review date), so the round trip
// below covers each field of the form. Owner Pat Lee and last reviewed 2026-11-10 are riskWith's defaults.
const risk: Risk = riskWith('Competitor bundles detection', {
  id: '7',
  category: 'market-positioning',
  inherent: { likelihood: 4, impact: 5 },
  residual: { likelihood: 2, impact: 5 },
  mitigationActions: [{ title: 'Publish a comparison', owner: { email: PAT.email }, dueDate: '2026-12-04', status: 'open' }],
  monitoringKpiIds: ['3'],
  status: 'mitigating',
});

describe('the edit form’s draft', () => {
  it('turns a risk into a draft and back unchanged', () => {
    const result = validateDraft(draftOf(risk));
    expect(result).toEqual({ ok: true, risk });
  });

  it('starts a new risk owned by the current user at Possible × Moderate = 9 on both bases', () => {
    const draft = newRiskDraft({ email: 'alex.morgan@contoso.example', displayName: 'Alex Morgan' });
    expect(draft).toMatchObject({ id: null, ownerEmail: 'alex.morgan@contoso.example', inherent: { likelihood: 3, impact: 3 }, residual: { likelihood: 3, impact: 3 } });
  });

  it('reports a blank title, a bad owner e-mail and a bad review date on their fields, with how to fix them', () => {
    const result = validateDraft({ ...draftOf(risk), title: '   ', ownerEmail: 'pat', lastReviewedAt: '10/11/2026' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: 'Give the risk a title: it cannot be blank.',
      'owner.email': 'Choose the risk’s owner: type part of their name and pick them from the list.',
      lastReviewedAt: 'Pick the date from the calendar or type it, or leave it empty if never reviewed.',
    });
  });

  it('refuses a residual 3 × 5 = 15 above an inherent 2 × 5 = 10 with the domain’s message on the residual', () => {
    const result = validateDraft({ ...draftOf(risk), inherent: { likelihood: 2, impact: 5 }, residual: { likelihood: 3, impact: 5 } });
    expect(result.ok ? {} : result.errors).toEqual({ residual: 'The residual score (after mitigation) cannot exceed the inherent score' });
  });

  it('points at the second mitigation action when its due date is missing', () => {
    const draft = draftOf(risk);
    draft.mitigations.push({ key: 'k', title: 'Train AEs', ownerEmail: 'pat.lee@contoso.example', dueDate: '', status: 'open' });
    const result = validateDraft(draft);
    expect(result.ok ? {} : result.errors).toEqual({
      'mitigationActions.1.dueDate': 'Pick a due date from the calendar or type it: every action needs one.',
    });
  });

  it('saves an empty review date as never reviewed and drops a blank description', () => {
    const result = validateDraft({ ...draftOf(risk), lastReviewedAt: ' ', description: '  ' });
    expect(result.ok && result.risk.lastReviewedAt).toBeNull();
    expect(result.ok && 'description' in result.risk).toBe(false);
  });
});
