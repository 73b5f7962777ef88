export * from './agenda-settings';
export * from './deep-dive';
export * from './agenda-types';
export * from './kpi-section';
export * from './risk-section';
export * from './mqa-section';
export * from './action-section';
export * from './build-agenda';
