import type { Kpi } from './kpi';

// en-GB grouping (1,250,000) and a point for decimals, as the Control Plane has always shown them.
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const CURRENCY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/**
 * 705000 → '705K', 1200000 → '1.2M', 950 → '950'. Written here rather than with Intl's compact
 * notation, whose letters and decimals differ between ICU versions (Node says '705.0k').
 */
function compactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${COUNT.format(value / 1e6)}M`;
  if (abs >= 1e3) return `${COUNT.format(value / 1e3)}K`;
  return COUNT.format(value);
}

/** How much room the value has: `compact` writes thousands and millions short (€705K, €1.2M) for narrow views. */
export interface KpiFormatOptions {
  compact?: boolean;
  /**
   * Exactly this many decimals (not compact), so a column of values lines up and reads alike:
   * 12.0% above 16.2%, never 12% above 16.2%.
   */
  fractionDigits?: number;
}

/** The en-GB number of `formatKpiValue` with exactly `digits` decimals (and a currency style when asked). */
function fixed(value: number, digits: number, currency: boolean): string {
  return new Intl.NumberFormat('en-GB', {
    ...(currency ? { style: 'currency', currency: 'EUR' } : {}),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A KPI value as its owner would say it, by the KPI's unit: counts with separators, euros,
 * percents, days. The GTM Control Plane and the demo tenant report currency in EUR. Pure: the
 * same number always gives the same text (used by the Control Plane web part and the Teams review).
 * @example formatKpiValue({ unit: 'currency' }, 1250000) // '€1,250,000'
 * @example formatKpiValue({ unit: 'percent' }, 12.5)     // '12.5%'
 * @example formatKpiValue({ unit: 'days' }, 1)           // '1 day'
 * @example formatKpiValue({ unit: 'count' }, 1234.56)    // '1,234.6'
 * @example formatKpiValue({ unit: 'currency' }, 1200000, { compact: true }) // '€1.2M'
 * @example formatKpiValue({ unit: 'percent' }, 12, { fractionDigits: 1 }) // '12.0%'
 */
export function formatKpiValue(kpi: Pick<Kpi, 'unit'>, value: number, options: KpiFormatOptions = {}): string {
  const digits = options.compact ? undefined : options.fractionDigits;
  const number = (n: number): string => (digits === undefined ? COUNT.format(n) : fixed(n, digits, false));
  switch (kpi.unit) {
    case 'currency':
      if (options.compact) return `${value < 0 ? '-' : ''}€${compactNumber(Math.abs(value))}`;
      return digits === undefined ? CURRENCY.format(value) : fixed(value, digits, true);
    case 'percent':
      return `${number(value)}%`;
    case 'days':
      return `${number(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'count':
      return options.compact ? compactNumber(value) : number(value);
  }
}
