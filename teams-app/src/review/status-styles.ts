/**
 * Colours that carry meaning in the review (status, rating, overdue), each always next to a word:
 * colour alone is not readable by everyone, nor on every projector.
 */
import type { KpiStatus, RiskRating } from '@gtm/shared';

/** Text colours with at least 4.5:1 contrast on white. */
export const KPI_STATUS_COLOURS: Readonly<Record<KpiStatus, string>> = {
  'off-track': '#a4262c',
  'at-risk': '#8a6100',
  'on-track': '#107c10',
  'no-data': '#605e5c',
};

export const RISK_RATING_COLOURS: Readonly<Record<RiskRating, string>> = {
  Critical: '#a4262c',
  High: '#ca5010',
  Medium: '#8a6100',
  Low: '#107c10',
};

export const OVERDUE_COLOUR = '#a4262c';
