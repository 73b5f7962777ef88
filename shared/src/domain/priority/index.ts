export * from './priority';
export * from './rank';
