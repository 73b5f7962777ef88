import { type SPFI } from '@pnp/sp';
import { GTM_LISTS, computeDrift, readSite, webServerRelativeUrl } from '@gtm/shared';
import type { CliIo } from '../io';

/**
 * `gtm provision --check`: reads the site (GET requests only) and prints what `gtm provision`
 * would change or cannot fix, one line each naming the list and the field; returns 1 when anything
 * differs, 0 when the site is in sync.
 */
export async function checkSite(sp: SPFI, site: string, auth: string, io: CliIo): Promise<number> {
  io.stdout(`Checking ${site} (${auth}); nothing is written\n`);
  const drift = computeDrift(GTM_LISTS, await readSite(sp, GTM_LISTS), webServerRelativeUrl(sp));
  for (const d of drift) io.stdout(`  ${d.line}\n`);
  io.stdout(drift.length === 0 ? 'in sync: nothing to change\n' : `${drift.length} difference${drift.length === 1 ? '' : 's'}: run gtm provision without --check to make the changes it can\n`);
  return drift.length === 0 ? 0 : 1;
}
