/** The GTM domain: zod schemas and pure calculations. Imports zod only; no I/O, no clock. */
export * from './attribution';
export * from './common';
export * from './kpi';
export * from './priority';
export * from './action';
export * from './review';
export * from './risk';
export * from './funnel';
export * from './mqa';
export * from './direct-request';
export * from './deal';
export * from './touchpoint';
export * from './agenda';
