export * from './kpi';
export * from './measurements';
export * from './kpi-status';
export * from './kpi-trend';
export * from './kpi-format';
export * from './kpi-thresholds';
