import type { IsoDate } from './iso-date';

/** An inclusive range of calendar days, e.g. one review cycle. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * @example isWithin('2025-03-03', { from: '2025-03-03', to: '2025-03-23' }) // true (edges count)
 */
export function isWithin(date: IsoDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}
