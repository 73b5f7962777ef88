import type { Risk } from '@gtm/shared';
import { DEFAULT_RISK_FILTER, filterRisks, filterRisksExceptCell, isFiltered } from './risk-filter';
import { sortRisks } from './risk-sort';

function risk(title: string, fields: Partial<Risk> = {}): Risk {
  return {
    id: title,
    title,
    category: 'other',
    owner: { email: 'pat.lee@contoso.example', displayName: 'Pat Lee' },
    inherent: { likelihood: 4, impact: 5 },
    residual: { likelihood: 2, impact: 3 },
    mitigationActions: [],
    monitoringKpiIds: [],
    status: 'open',
    lastReviewedAt: null,
    ...fields,
  };
}

const register = [
  risk('Competitor bundling', { category: 'market-positioning' }),
  risk('Pipeline coverage', { owner: { email: 'Gina.Moretti@contoso.example' }, residual: { likelihood: 4, impact: 4 } }),
  risk('Negative reviews', { status: 'closed', mitigationActions: [{ title: 'Ask for reviews', owner: { email: 'a@b.co' }, dueDate: '2026-12-01', status: 'open' }] }),
];
const titles = (risks: Risk[]): string[] => risks.map((r) => r.title);

describe('filtering the register', () => {
  it('shows the 2 active risks by default, leaving the closed one out', () => {
    expect(titles(filterRisks(register, DEFAULT_RISK_FILTER))).toEqual(['Competitor bundling', 'Pipeline coverage']);
  });

  it('shows all 3 with status "all" and only the closed one with status "closed"', () => {
    expect(filterRisks(register, { ...DEFAULT_RISK_FILTER, status: 'all' })).toHaveLength(3);
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, status: 'closed' }))).toEqual(['Negative reviews']);
  });

  it('filters by category, and by owner ignoring the e-mail’s case', () => {
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, category: 'market-positioning' }))).toEqual(['Competitor bundling']);
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, owner: 'gina.moretti@contoso.example' }))).toEqual(['Pipeline coverage']);
  });

  it('rates on the chosen basis: residual 4 × 4 = 16 is High, residual 2 × 3 = 6 is Medium, both inherent 20 Critical', () => {
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, rating: 'High' }))).toEqual(['Pipeline coverage']);
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, rating: 'Medium' }))).toEqual(['Competitor bundling']);
    expect(filterRisks(register, { ...DEFAULT_RISK_FILTER, basis: 'inherent', rating: 'Critical' })).toHaveLength(2);
  });

  it('searches title and mitigation titles, case-insensitively', () => {
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, search: 'PIPELINE' }))).toEqual(['Pipeline coverage']);
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, status: 'all', search: 'ask for' }))).toEqual(['Negative reviews']);
  });

  it('narrows to a heat-map cell on the basis: residual 4 / 4 holds 1 risk, inherent 4 / 5 holds 2', () => {
    expect(titles(filterRisks(register, { ...DEFAULT_RISK_FILTER, cell: { likelihood: 4, impact: 4 } }))).toEqual(['Pipeline coverage']);
    const inherent = { ...DEFAULT_RISK_FILTER, basis: 'inherent' as const, cell: { likelihood: 4 as const, impact: 5 as const } };
    expect(filterRisks(register, inherent)).toHaveLength(2);
    expect(filterRisksExceptCell(register, { ...DEFAULT_RISK_FILTER, cell: { likelihood: 1, impact: 1 } })).toHaveLength(2);
  });

  it('counts as filtered only when something differs from the default', () => {
    expect(isFiltered(DEFAULT_RISK_FILTER)).toBe(false);
    expect(isFiltered({ ...DEFAULT_RISK_FILTER, search: '   ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_RISK_FILTER, search: 'x' })).toBe(true);
  });
});

describe('sorting the register', () => {
  it('puts residual 16 before residual 6 by default (highest first), and orders titles A to Z', () => {
    expect(titles(sortRisks(register.slice(0, 2), { key: 'residual', descending: true }))).toEqual(['Pipeline coverage', 'Competitor bundling']);
    expect(titles(sortRisks(register, { key: 'title', descending: false }))).toEqual(['Competitor bundling', 'Negative reviews', 'Pipeline coverage']);
  });

  it('breaks a tie on inherent 20 by title, so rows never jump', () => {
    expect(titles(sortRisks(register, { key: 'inherent', descending: true }))).toEqual(['Competitor bundling', 'Negative reviews', 'Pipeline coverage']);
  });
});
