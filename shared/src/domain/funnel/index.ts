export * from './lead';
export * from './advance-lead';
export * from './count-mqls';
