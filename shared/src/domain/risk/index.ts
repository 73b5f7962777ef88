export * from './risk';
export * from './scales';
export * from './score';
export * from './heat-map';
export * from './triggered';
export * from './review-due';
export * from './mitigation';
