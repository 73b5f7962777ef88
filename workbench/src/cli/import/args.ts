import { parseArgs } from 'node:util';
import { usageErrorFrom, UsageError } from '../errors';
import { IMPORT_KINDS, type ImportKindName } from './import-kind';

export const IMPORT_FORMATS = ['text', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** `gtm import` after its command line was checked. */
export interface ImportArgs {
  help: false;
  kind: ImportKindName;
  file: string;
  /** The SharePoint site, e.g. `http://127.0.0.1:4321/sites/gtm`. */
  site: string;
  dryRun: boolean;
  format: ImportFormat;
}

const COMMAND = 'import';

/** The workbench's site: `GTM_SITE`, else `http://127.0.0.1:${GTM_PORT ?? 4321}/sites/gtm`. */
export function defaultSite(env: Readonly<Record<string, string | undefined>>): string {
  if (env.GTM_SITE !== undefined && env.GTM_SITE.trim() !== '') return env.GTM_SITE.trim();
  const port = env.GTM_PORT !== undefined && /^\d+$/.test(env.GTM_PORT) ? env.GTM_PORT : '4321';
  return `http://127.0.0.1:${port}/sites/gtm`;
}

/**
 * Reads `gtm import`'s arguments (after the word `import`).
 * @throws {UsageError} naming the argument and what it takes.
 * @example parseImportArgs(['deals', 'deals.csv', '--dry-run'], {})
 * // → { help: false, kind: 'deals', file: 'deals.csv', site: 'http://127.0.0.1:4321/sites/gtm', dryRun: true, format: 'text' }
 */
export function parseImportArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ImportArgs | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        site: { type: 'string' },
        'dry-run': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageErrorFrom(error, COMMAND);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true };

  const [kind, file, ...extra] = positionals;
  if (kind === undefined) throw new UsageError(`say what to import: ${IMPORT_KINDS.join(', ')}`, COMMAND);
  if (!isKind(kind)) throw new UsageError(`cannot import "${kind}" (use one of: ${IMPORT_KINDS.join(', ')})`, COMMAND);
  if (file === undefined) throw new UsageError(`give the CSV file to import, e.g. gtm import ${kind} ${kind}.csv`, COMMAND);
  if (extra.length > 0) throw new UsageError(`give one file, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}`, COMMAND);

  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}" (use one of: ${IMPORT_FORMATS.join(', ')})`, COMMAND);

  const site = (values.site ?? defaultSite(env)).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/i.test(site)) {
    throw new UsageError(`--site must be a site URL such as http://127.0.0.1:4321/sites/gtm, got "${site}"`, COMMAND);
  }
  return { help: false, kind, file, site, dryRun: values['dry-run'] === true, format };
}

function isKind(s: string): s is ImportKindName {
  return (IMPORT_KINDS as readonly string[]).includes(s);
}

function isFormat(s: string): s is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(s);
}
