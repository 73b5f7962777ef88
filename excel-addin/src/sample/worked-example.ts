/**
 * The worked example the task pane's "Insert sample data" writes and the playground shows: one
 * journey converting on 2026-03-15 with a value of 100, touched by Email 14 days before and by
 * Paid search 7 days before. Time-decay with a 7-day half-life weighs them 0.25 and 0.5, so Email
 * gets 100 × 0.25/0.75 = 33.333… and Paid search 66.666… (the foundation issue's example).
 */

/** A cell as Excel passes it to a custom function. */
export type SampleCell = string | number;

/** The touchpoints, header first, in columns A–E (the names GTM.ATTRIBUTE recognises). */
export const SAMPLE_TOUCHPOINTS: readonly (readonly SampleCell[])[] = [
  ['journey_id', 'channel', 'touched_at', 'converted_at', 'value'],
  ['j1', 'Email', '2026-03-01', '2026-03-15', 100],
  ['j1', 'Paid search', '2026-03-08', '2026-03-15', 100],
];

/** Three deals for GTM.OLSCS, in columns G–I: OLS, CS, amount (header first). */
export const SAMPLE_DEALS: readonly (readonly SampleCell[])[] = [
  ['ols', 'cs', 'amount'],
  ['Events', 'Webinar', 1000],
  ['Partner referral', 'Events', 3000],
  ['Events', 'Events', 2000],
];

/** A formula placed next to the data: the cell it goes in, and what to type. */
export interface SampleFormula {
  cell: string;
  formula: string;
  /** What the result shows, for the reader. */
  note: string;
  /** Number format of the cell: `date` shows an Excel serial as a date (as Excel's date format would). */
  format?: 'date';
  /**
   * Excel number format strings for the result's columns (a spilled Channel | Credit | Share gets
   * one each), set on `resultRows` rows from the formula cell down: the credit 66.666… shows 66.67,
   * the share 0.666… shows 66.7%, and the cell keeps the exact value.
   */
  numberFormats?: readonly string[];
  /** How many rows the result may spill into (the room left before the next formula). Default 1. */
  resultRows?: number;
}

/** A spilled attribution table: the channel as text, the credit to two decimals, the share as a percent. */
const ATTRIBUTION_FORMATS = ['General', '#,##0.00', '0.0%'] as const;

/** Where the formulas go (column K on), each with room for its spilled result below it. */
export const SAMPLE_FORMULAS: readonly SampleFormula[] = [
  { cell: 'K1', formula: '=GTM.ATTRIBUTE(A1:E3)', note: 'time-decay, half-life 7: Paid search 66.67, Email 33.33', numberFormats: ATTRIBUTION_FORMATS, resultRows: 5 },
  { cell: 'K6', formula: '=GTM.ATTRIBUTE(A1:E3,"linear")', note: 'linear: 50 each', numberFormats: ATTRIBUTION_FORMATS, resultRows: 5 },
  { cell: 'K11', formula: '=GTM.OLSCS(G2:G4,H2:H4,I2:I4)', note: 'half of each amount to its OLS, half to its CS', numberFormats: ATTRIBUTION_FORMATS, resultRows: 6 },
  { cell: 'K17', formula: '=GTM.DECAY(7)', note: 'one half-life: 0.5', numberFormats: ['0.00'] },
  { cell: 'K18', formula: '=GTM.RISKSCORE(4,5)', note: 'likelihood 4 × impact 5 = 20' },
  { cell: 'K19', formula: '=GTM.RISKRATING(4,5)', note: 'a score of 20 is Critical' },
  { cell: 'K20', formula: '=GTM.NEXTREVIEW("2026-03-06")', note: '21 days after the last review (a weekend moves to Monday)', format: 'date' },
  { cell: 'K21', formula: '=GTM.ATTRIBUTE(A1:E3,"w-shaped")', note: 'an unknown model: #VALUE! naming the valid ones' },
  { cell: 'K22', formula: '=GTM.DECAY(3,0)', note: 'a half-life of 0: #NUM!' },
];
