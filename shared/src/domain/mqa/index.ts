export * from './stages';
export * from './account';
export * from './identify-account';
export * from './legal-next-stages';
export * from './move-account';
export * from './record-source';
export * from './correct-attribution';
export * from './count-mqas';
