/**
 * Colours that carry meaning in the review (status, rating, overdue, the section being discussed),
 * one palette per Teams theme, each colour always next to a word: colour alone is not readable by
 * everyone, nor on every projector. Text colours have at least 4.5:1 contrast on their theme's
 * background (`status-styles.test.ts` computes it). High contrast uses the theme's own few colours
 * (white text, yellow and cyan marks): the words say the status.
 */
import * as React from 'react';
import type { KpiStatus, RiskRating } from '@gtm/shared';
import type { TabTheme } from '../host/host-types';

export interface ReviewColours {
  /** The page background the text colours are measured against. */
  background: string;
  kpiStatus: Readonly<Record<KpiStatus, string>>;
  riskRating: Readonly<Record<RiskRating, string>>;
  overdue: string;
  /** The timebox bar once the section is over time. */
  overTime: string;
  /** The timebox's track (the part not yet spent). */
  timeboxTrack: string;
  /** The section being discussed and the item selected: a bar at the side and a background. */
  current: { border: string; background: string };
}

const light: ReviewColours = {
  background: '#ffffff',
  kpiStatus: { 'off-track': '#a4262c', 'at-risk': '#8a6100', 'on-track': '#107c10', 'no-data': '#605e5c' },
  riskRating: { Critical: '#a4262c', High: '#ca5010', Medium: '#8a6100', Low: '#107c10' },
  overdue: '#a4262c',
  overTime: '#a4262c',
  timeboxTrack: '#edebe9',
  current: { border: '#6264a7', background: 'rgba(98,100,167,0.25)' },
};

/** Teams dark: the lighter tints of the same hues (the light theme's are under 2:1 on #1f1f1f). */
const dark: ReviewColours = {
  background: '#1f1f1f',
  kpiStatus: { 'off-track': '#f1707b', 'at-risk': '#f8d22a', 'on-track': '#92c353', 'no-data': '#c8c6c4' },
  riskRating: { Critical: '#f1707b', High: '#ff8c4b', Medium: '#f8d22a', Low: '#92c353' },
  overdue: '#f1707b',
  overTime: '#f1707b',
  timeboxTrack: '#484644',
  current: { border: '#7f85f5', background: 'rgba(127,133,245,0.3)' },
};

/** Teams high contrast: white on black, yellow for what is current, cyan for what is selected. */
const contrast: ReviewColours = {
  background: '#000000',
  kpiStatus: { 'off-track': '#ffffff', 'at-risk': '#ffffff', 'on-track': '#ffffff', 'no-data': '#ffffff' },
  riskRating: { Critical: '#ffffff', High: '#ffffff', Medium: '#ffffff', Low: '#ffffff' },
  overdue: '#ffffff',
  overTime: '#1aebff',
  timeboxTrack: '#6e6e6e',
  current: { border: '#ffff01', background: 'transparent' },
};

/** The palette of each Teams theme. */
export const REVIEW_COLOURS: Readonly<Record<TabTheme, ReviewColours>> = { default: light, dark, contrast };

const ReviewColoursContext = React.createContext<ReviewColours>(light);

/** Provides the palette of the tab's theme to the views below (the light one when none is provided). */
export function ReviewColoursProvider({ theme, children }: { theme: TabTheme; children?: React.ReactNode }): React.ReactElement {
  return React.createElement(ReviewColoursContext.Provider, { value: REVIEW_COLOURS[theme] }, children);
}

/** The palette of the tab's theme. */
export function useReviewColours(): ReviewColours {
  return React.useContext(ReviewColoursContext);
}
