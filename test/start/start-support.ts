/** What the `npm start` tests share: where the script is, the built-code check, and item counts. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSpListStore, GTM_LISTS, readAllRows, spForWorkbench, workbenchSiteUrl } from '../../shared/src/sharepoint';

export const ROOT = resolve(__dirname, '..', '..');
/** `npm start`'s script, run with `--no-build` (the tests run built code, as a user does). */
export const START = join(ROOT, 'workbench', 'bin', 'start.js');

/** Fails the file early when `tsc -b` has not run (`npm test` builds first). */
export function requireBuiltWorkbench(): void {
  if (!existsSync(join(ROOT, 'workbench', 'dist', 'start', 'main.js'))) {
    throw new Error('the workbench is not built: run `npx tsc -b` (npm test does) before these tests');
  }
}

/** How many items each GTM list holds on the workbench at `url`, by list title. */
export async function itemCounts(url: string): Promise<Record<string, number>> {
  const store = createSpListStore(spForWorkbench(workbenchSiteUrl(url)));
  const counts: Record<string, number> = {};
  for (const list of GTM_LISTS) counts[list.title] = (await readAllRows(store, list)).length;
  return counts;
}
