export * from './direct-request';
export * from './triage';
