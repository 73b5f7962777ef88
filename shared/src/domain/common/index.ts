export * from './iso-date';
export * from './day-math';
export * from './person';
export * from './text';
export * from './rating';
export * from './result';
export * from './period';
export * from './parse-timestamp';
