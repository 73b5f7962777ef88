import type { Risk } from './risk';
import type { RiskBasis } from './score';

export interface HeatMapOptions {
  /** Inherent (before mitigation) or residual (after). Default residual: today's exposure. */
  basis?: RiskBasis;
  /**
   * Closed risks are left out by default: a closed risk no longer threatens anything and would
   * crowd the map with history. Pass true to see the whole register.
   */
  includeClosed?: boolean;
}

export interface HeatMap {
  basis: RiskBasis;
  /** `cells[likelihood - 1][impact - 1]` = number of risks there; 5 rows × 5 columns. */
  cells: number[][];
  total: number;
}

/**
 * Counts risks on the 5×5 likelihood × impact grid.
 * @example
 * // two open risks at likelihood 4 / impact 5 and one closed one there:
 * heatMap(risks, { basis: 'inherent' }).cells[3][4] // 2
 */
export function heatMap(risks: readonly Risk[], options: HeatMapOptions = {}): HeatMap {
  const basis = options.basis ?? 'residual';
  const cells = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  let total = 0;
  for (const risk of risks) {
    if (risk.status === 'closed' && !options.includeClosed) continue;
    const { likelihood, impact } = risk[basis];
    const row = cells[likelihood - 1];
    if (row === undefined || row[impact - 1] === undefined) continue; // out of the 1–5 grid: schema-invalid input
    row[impact - 1] = (row[impact - 1] ?? 0) + 1;
    total += 1;
  }
  return { basis, cells, total };
}
