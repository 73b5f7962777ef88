import type { Risk, RiskStatus } from './risk';
import { heatMap } from './heat-map';

const risk = (id: string, inherent: [number, number], residual: [number, number], status: RiskStatus = 'open'): Risk => ({
  id,
  title: id,
  category: 'other',
  owner: { email: 'pmm@contoso.com' },
  inherent: { likelihood: inherent[0], impact: inherent[1] },
  residual: { likelihood: residual[0], impact: residual[1] },
  mitigationActions: [],
  monitoringKpiIds: [],
  status,
  lastReviewedAt: null,
});

const register = [
  risk('a', [4, 5], [2, 3]),
  risk('b', [4, 5], [2, 3], 'mitigating'),
  risk('c', [4, 5], [1, 1], 'closed'),
  risk('d', [1, 2], [1, 2], 'accepted'),
];

describe('5×5 heat map', () => {
  it('counts 2 inherent risks at likelihood 4 / impact 5, leaving the closed one out', () => {
    const map = heatMap(register, { basis: 'inherent' });
    expect(map.cells[3]?.[4]).toBe(2);
    expect(map.total).toBe(3);
  });

  it('counts residual positions by default: 2 at likelihood 2 / impact 3, 1 at 1 / 2', () => {
    const map = heatMap(register);
    expect(map.basis).toBe('residual');
    expect(map.cells[1]?.[2]).toBe(2);
    expect(map.cells[0]?.[1]).toBe(1);
    expect(map.cells[3]?.[4]).toBe(0);
  });

  it('includes the closed risk on request: 3 inherent risks at 4 / 5, 4 in total', () => {
    const map = heatMap(register, { basis: 'inherent', includeClosed: true });
    expect(map.cells[3]?.[4]).toBe(3);
    expect(map.total).toBe(4);
  });

  it('is a 5 × 5 grid of zeros for an empty register', () => {
    const map = heatMap([]);
    expect(map.cells).toHaveLength(5);
    expect(map.cells.every((row) => row.length === 5 && row.every((n) => n === 0))).toBe(true);
  });
});
