import type { ListStore, WriteResult } from '@gtm/shared';
import { readAllRows, ThrottledError } from '@gtm/shared';
import type { AnyImportKind } from './import-kind';
import { planImport, type ExistingItem } from './plan';
import type { RowNote, RowProblem } from './problems';
import type { ImportFile } from './read-file';

/** What an import did (or, with `dryRun`, would do). */
export interface ImportReport {
  kind: AnyImportKind['noun'];
  dryRun: boolean;
  /** Data rows in the file. */
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Bad rows, by line (a row may have several problems). */
  problems: RowProblem[];
  notes: RowNote[];
  /**
   * Valid rows not written because SharePoint kept throttling past the retry budget (not counted in
   * added/updated): running the same import again writes them, and skips what landed.
   */
  notWritten: number;
  /** The throttling that stopped them (the longest wait), when some were not written. */
  throttled: ThrottledError | null;
}

/** How many lines have problems. */
export function rejectedRows(report: Pick<ImportReport, 'problems'>): number {
  return new Set(report.problems.map((p) => p.line)).size;
}

/**
 * Reads the list once (paged), compares it with the file by natural key, and writes only the new
 * and changed rows, in batches (updates with the ETag read). A write the site refuses (a conflict
 * with someone's edit in between, say) becomes a problem on that row's line.
 */
export async function importRows<In>(kind: AnyImportKind, store: ListStore, file: ImportFile<In>, options: { dryRun: boolean }): Promise<ImportReport> {
  const existing = new Map<string, ExistingItem<unknown>>();
  for (const row of await readAllRows(store, kind.list)) {
    const key = kind.keyOfItem(row);
    if (key === null || existing.has(key)) continue;
    const mapped = kind.toEntity(row);
    existing.set(key, mapped.ok ? { itemId: row.id, etag: row.etag, entity: mapped.value, errors: [] } : { itemId: row.id, etag: row.etag, entity: null, errors: mapped.errors });
  }
  const plan = planImport(existing, file.incoming, kind.plan);
  const report: ImportReport = {
    kind: kind.noun,
    dryRun: options.dryRun,
    rows: file.rows,
    added: plan.add.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    problems: [...file.problems, ...plan.problems],
    notes: plan.notes,
    notWritten: 0,
    throttled: null,
  };
  if (!options.dryRun) {
    const repository = kind.repository(store);
    const added = plan.add.length > 0 ? await repository.add(plan.add.map((a) => a.entity)) : [];
    report.added -= failed(added, plan.add, report, 'added');
    const updated =
      plan.update.length > 0
        ? await repository.update(plan.update.map((u) => ({ id: String(u.itemId), etag: u.etag, entity: u.entity })))
        : [];
    report.updated -= failed(updated, plan.update, report, 'updated');
  }
  report.problems.sort((a, b) => a.line - b.line);
  report.notes.sort((a, b) => a.line - b.line);
  return report;
}

/**
 * Turns refused writes into problems on their lines, and throttled ones (not applied: SharePoint
 * answered 429/503 past the retry budget) into `notWritten`; returns how many did not land.
 */
function failed(
  results: readonly WriteResult[],
  rows: readonly { line: number; key: string }[],
  report: Pick<ImportReport, 'problems' | 'notWritten' | 'throttled'>,
  what: string,
): number {
  const { problems } = report;
  let count = 0;
  results.forEach((result, i) => {
    const row = rows[i];
    if (result.ok || row === undefined) return;
    count++;
    if (result.error instanceof ThrottledError) {
      report.notWritten++;
      if (report.throttled === null || (result.error.waitedMs ?? 0) > (report.throttled.waitedMs ?? 0)) report.throttled = result.error;
      return;
    }
    const conflict = result.error.status === 412;
    problems.push({
      line: row.line,
      field: '(row)',
      value: row.key,
      message: conflict
        ? `"${row.key}" was changed on the site while importing; run the import again`
        : `"${row.key}" could not be ${what}: ${result.error.message}`,
    });
  });
  return count;
}
