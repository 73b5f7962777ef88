/**
 * `@gtm/shared/attribution`: the attribution domain and the timestamp parser alone — no zod, no
 * other domain folder, no SharePoint layer. `gtm attribute` loads this (about 30 modules, ~10 ms)
 * instead of the whole package (about 280 modules with zod and PnPjs, ~250 ms of CPU: a quarter of
 * a 1,000,000-row run). Everything here is also exported by `@gtm/shared`.
 */
export * from './domain/attribution';
export { parseTimestamp } from './domain/common/parse-timestamp';
