/**
 * Where the Control Plane stands in the GTM Review cadence: @gtm/shared's `reviewCycleOn`, the one
 * rule the Teams tab reads too (DOMAIN.md §2, "one truth"). `nextReview` is the **current cycle**:
 * the review in progress, else the planned Review record (the cadence date, or where the organizer
 * moved it), else the cadence date after the last held review. A KPI cycle is named after the
 * review its values are reported for, and between two reviews owners report for the coming one.
 */
export type { ReviewCycle } from '@gtm/shared';
export { reviewCycleOn } from '@gtm/shared';

/** The user's calendar day: @gtm/shared's `localDay`, re-exported where the Control Plane reads it. */
export { localDay } from '@gtm/shared';
