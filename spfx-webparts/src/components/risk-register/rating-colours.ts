import type { RiskRating } from '@gtm/shared';

/**
 * Background and text colours of each rating band (heat-map cells and rating badges). Text is
 * dark on the light bands and white on the dark ones, keeping WCAG AA contrast; the rating is
 * always written out too, so colour is never the only signal.
 */
export const RATING_COLOURS: Readonly<Record<RiskRating, { background: string; text: string }>> = {
  Low: { background: '#dff6dd', text: '#0b5a08' },
  Medium: { background: '#fff4ce', text: '#6d5700' },
  High: { background: '#fed9cc', text: '#8a3707' },
  Critical: { background: '#a4262c', text: '#ffffff' },
};
