import type { Kpi } from '@gtm/shared';

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const CURRENCY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/**
 * A KPI value as its owner would say it: counts with separators, euros, percents, days.
 * (The demo tenant and the seed report currency in EUR.)
 * @example formatKpiValue({ unit: 'currency' }, 1250000) // '€1,250,000'
 * @example formatKpiValue({ unit: 'percent' }, 12.5)     // '12.5%'
 * @example formatKpiValue({ unit: 'days' }, 1)           // '1 day'
 */
export function formatKpiValue(kpi: Pick<Kpi, 'unit'>, value: number): string {
  switch (kpi.unit) {
    case 'currency':
      return CURRENCY.format(value);
    case 'percent':
      return `${COUNT.format(value)}%`;
    case 'days':
      return `${COUNT.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'count':
      return COUNT.format(value);
  }
}

/** What the unit is called next to an input, so the user types the right kind of number. */
export const KPI_UNIT_HINTS: Readonly<Record<Kpi['unit'], string>> = {
  count: 'a count',
  currency: 'euros',
  percent: 'percent (12.5 means 12.5%)',
  days: 'days',
};

/**
 * Reads a number typed by a person: spaces, thousands commas, a trailing % or € are tolerated;
 * anything else is refused with null rather than guessed.
 * @example parseKpiInput('1,250,000') // 1250000
 * @example parseKpiInput('12.5 %')    // 12.5
 * @example parseKpiInput('twelve')    // null
 */
export function parseKpiInput(text: string): number | null {
  const cleaned = text.replace(/[\s,€%]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
