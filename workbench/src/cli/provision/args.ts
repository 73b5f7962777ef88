import { parseArgs } from 'node:util';
import { usageErrorFrom, UsageError } from '../errors';

/** The workbench's SharePoint site, where `gtm provision` goes when neither --site nor GTM_SITE says otherwise. */
export const DEFAULT_SITE = 'http://127.0.0.1:4321/sites/gtm';

export interface ProvisionArgs {
  help: false;
  /** The site's absolute URL, without a trailing slash. */
  site: string;
  /** `--check`: read the site and print what would change, writing nothing. */
  check: boolean;
  /** `--drop-legacy`: delete the old owner text columns of lists whose owners all moved to Person columns. */
  dropLegacy: boolean;
}

const COMMAND = 'provision';

/**
 * Reads `gtm provision`'s arguments (after the word `provision`); the site falls back to GTM_SITE,
 * then to the workbench.
 *
 * @throws {UsageError} for an unknown option or a site that is not an http(s) URL.
 *
 * @example
 * parseProvisionArgs(['--site', 'https://contoso.sharepoint.com/sites/gtm/'], {})
 * // → { help: false, site: 'https://contoso.sharepoint.com/sites/gtm', check: false, dropLegacy: false }
 */
export function parseProvisionArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ProvisionArgs | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { site: { type: 'string', short: 's' }, check: { type: 'boolean' }, 'drop-legacy': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageErrorFrom(error, COMMAND);
  }
  if (parsed.values.help === true) return { help: true };
  if (parsed.positionals.length > 0) {
    throw new UsageError(`unexpected argument "${parsed.positionals.join(' ')}" (give the site with --site URL)`, COMMAND);
  }
  const given = parsed.values.site ?? (env.GTM_SITE !== undefined && env.GTM_SITE !== '' ? env.GTM_SITE : DEFAULT_SITE);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(`--site must be an absolute URL, got "${given}" (e.g. ${DEFAULT_SITE})`, COMMAND);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--site must be an http or https URL, got "${given}"`, COMMAND);
  }
  return { help: false, site: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, check: parsed.values.check === true, dropLegacy: parsed.values['drop-legacy'] === true };
}

/** Whether the site is on this machine (the workbench) rather than a SharePoint Online tenant. */
export function isLocalSite(site: string): boolean {
  const host = new URL(site).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
