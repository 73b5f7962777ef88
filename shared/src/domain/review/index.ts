export * from './review';
export * from './cadence';
export * from './kpi-snapshot';
export * from './review-cycle';
