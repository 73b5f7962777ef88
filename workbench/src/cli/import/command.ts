import { ListStoreError, ThrottledError, createSpListStore, spForWorkbench, type ListStore } from '@gtm/shared';
import { openCsvFile } from '../../csv/read-csv';
import { errorParts, InputError } from '../errors';
import { fileShapeError } from '../file-shape';
import type { CliIo } from '../io';
import { ACCOUNT_COLUMNS, accountsKind } from './accounts';
import { parseImportArgs, type ImportArgs } from './args';
import { describeColumns } from './columns';
import { DEAL_COLUMNS, DEALS_KIND } from './deals';
import type { AnyImportKind, ImportContext } from './import-kind';
import { readImportFile } from './read-file';
import { formatReport } from './report';
import { importRows, rejectedRows } from './run-import';
import { keptThrottling, retryBudgetMs } from '../throttling';
import { TOUCHPOINT_COLUMNS, TOUCHPOINTS_KIND } from './touchpoints';
import { basename } from 'node:path';

export const IMPORT_USAGE = `Usage: gtm import accounts|deals|touchpoints FILE.csv [--site URL] [--dry-run] [--format text|json]

Imports a CRM export (HubSpot column names, or ours) into the MQA File, GTM Deals or GTM Touchpoints.
Every row is checked; a bad row is reported with its line, column and value and how to fix it,
and the good rows land. Rows are matched by a natural key, so importing the same file again changes
nothing: accounts by domain (lower-cased), deals by Record ID, touchpoints by journey, channel and time.

Options:
      --site URL         the SharePoint site (default: GTM_SITE, else http://127.0.0.1:4321/sites/gtm)
      --dry-run          check the file and compare it with the site, write nothing
  -f, --format FORMAT    text (default) or json
  -h, --help             show this help

Columns (a header row, any order, names in any case, other columns ignored; | separates accepted names):
  accounts     ${describeColumns(ACCOUNT_COLUMNS)}
  deals        ${describeColumns(DEAL_COLUMNS)}
  touchpoints  ${describeColumns(TOUCHPOINT_COLUMNS)}

Exit status: 0 every row landed; 2 some rows were rejected (the others landed), or SharePoint kept
throttling past the retry budget (what landed is said; run the same command again: it skips what is
there), or the arguments, the file or its columns are wrong, or the site is not reachable or not
provisioned; 1 internal error.

Environment: GTM_RETRY_BUDGET  seconds to keep re-sending what SharePoint throttles (default 60).

Example:
  gtm import deals hubspot-deals.csv --dry-run
`;

export interface ImportDeps {
  /** The list store for a site (tests may pass their own). */
  storeFor?: (site: string) => ListStore;
  /** Today, for new accounts' identification day. */
  now?: () => Date;
}

/** `gtm import …`: returns the exit code. */
export async function importCommand(argv: readonly string[], io: CliIo, deps: ImportDeps = {}): Promise<number> {
  const args = parseImportArgs(argv, io.env);
  if (args.help) {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  const context: ImportContext = { today: (deps.now ?? (() => new Date()))().toISOString().slice(0, 10), source: basename(args.file) };
  const kind = kindFor(args, context);
  const file = await readFile(args, kind);
  const retry = { retryBudgetMs: retryBudgetMs(io.env) };
  const store = (deps.storeFor ?? ((site: string) => createSpListStore(spForWorkbench(site, retry), retry)))(args.site);
  let report;
  try {
    report = await importRows(kind, store, file, { dryRun: args.dryRun });
  } catch (error) {
    throw siteError(error, args.site, kind);
  }
  io.stdout(formatReport(report, args.format, context.source));
  return rejectedRows(report) > 0 || report.notWritten > 0 ? 2 : 0;
}

function kindFor(args: ImportArgs, context: ImportContext): AnyImportKind {
  switch (args.kind) {
    case 'accounts':
      return accountsKind(context);
    case 'deals':
      return DEALS_KIND;
    case 'touchpoints':
      return TOUCHPOINTS_KIND;
  }
}

async function readFile(args: ImportArgs, kind: AnyImportKind) {
  const input = openCsvFile(args.file);
  try {
    return await readImportFile(input, kind);
  } catch (error) {
    const { code, message } = errorParts(error);
    const shape = fileShapeError(error, args.file);
    if (shape !== undefined) throw shape;
    if (code === 'ENOENT') throw new InputError(`cannot read "${args.file}": no such file`);
    if (code === 'EISDIR') throw new InputError(`cannot read "${args.file}": it is a folder, not a CSV file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`cannot read "${args.file}": permission denied`);
    if (code !== undefined && code.startsWith('E') && !(error instanceof InputError)) throw new InputError(`cannot read "${args.file}": ${message}`);
    throw error;
  } finally {
    input.destroy();
  }
}

/** A site that is not there or not provisioned, in words a user can act on. */
function siteError(error: unknown, site: string, kind: AnyImportKind): unknown {
  if (error instanceof ThrottledError) {
    // Only the read of the list comes here (throttled writes are counted per row): nothing was written.
    return new InputError(`nothing imported: ${keptThrottling(error)} while reading "${kind.list.title}" on ${site}; run the same command again`);
  }
  if (!(error instanceof ListStoreError)) return error;
  const provision = `run "gtm provision --site ${site}" (or "npm start", which provisions the workbench) first`;
  if (error.status === 404) return new InputError(`the list "${kind.list.title}" is not on ${site}; ${provision}`);
  if (error.status === 400 && /does not exist/i.test(error.message)) {
    return new InputError(`the list "${kind.list.title}" on ${site} lacks columns this version needs (${error.message}); ${provision}`);
  }
  if (error.status === 0) {
    return new InputError(`cannot reach ${site} (${error.message}); start the workbench with "npm start", or point --site or GTM_SITE at your site`);
  }
  return error;
}
