/** The GTM domain: zod schemas and pure calculations. Imports zod only; no I/O, no clock. */
export * from './attribution';
