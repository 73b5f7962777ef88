/**
 * The attribution contract shared by the CLI, the Excel functions and the web parts.
 * Times are epoch milliseconds (UTC) so 1,000,000 touches stay cheap to hold and compare.
 */

/** The attribution models the suite offers. `ols-cs` works on deals, the others on journeys. */
export const ATTRIBUTION_MODELS = [
  'time-decay',
  'first-touch',
  'last-touch',
  'linear',
  'u-shaped',
  'markov',
  'ols-cs',
] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];
/** The models that split a journey's value over its touches. */
export type JourneyModel = Exclude<AttributionModel, 'ols-cs'>;

/** The channel that receives value no touch or source can be credited with. */
export const UNATTRIBUTED = '(unattributed)';

/** One touchpoint as it arrives (a CSV row, an Excel row, a list item). */
export interface TouchpointInput {
  journeyId: string;
  channel: string;
  /** Epoch ms. */
  touchedAt: number;
  /** Epoch ms, or null when the journey did not convert. */
  convertedAt: number | null;
  /** The conversion's value; undefined when the row does not state it (the journey's default is 1). */
  value?: number | undefined;
}

/** A touch inside a journey, in input order. */
export interface Touch {
  channel: string;
  /** Epoch ms. */
  touchedAt: number;
}

/** The touchpoints sharing a journey id, with the journey's one conversion time and value. */
export interface Journey {
  id: string;
  convertedAt: number | null;
  value: number;
  touches: Touch[];
}

/** A deal for OLS/CS attribution. Dates are epoch ms or null when unknown. */
export interface Deal {
  dealId: string;
  amount: number;
  ols: string;
  olsDate: number | null;
  cs: string;
  csDate: number | null;
}

export interface AttributionOptions {
  /** Days; default 7. Must be a finite number > 0. */
  halfLifeDays?: number | undefined;
  /** Days; touches more than this many days before the conversion are dropped. */
  lookbackDays?: number | undefined;
}

export interface ChannelCredit {
  channel: string;
  credit: number;
  /** credit / total, 0 when total is 0. */
  share: number;
}

export interface AttributionResult {
  model: AttributionModel;
  /** Total converted value (journeys) or total amount (deals). Always the sum of the credits. */
  total: number;
  /** Sorted by credit descending, then channel name ascending. */
  channels: ChannelCredit[];
}
