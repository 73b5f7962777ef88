export * from './action';
export * from './overdue';
export * from './close-action';
