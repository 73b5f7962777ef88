import type { ImportFormat } from './args';
import { keptThrottling } from '../throttling';
import { describeProblem } from './problems';
import { rejectedRows, type ImportReport } from './run-import';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The summary line.
 * @example summaryLine({ kind: 'accounts', added: 12, updated: 3, unchanged: 165, problems: [2 lines], … })
 * // 'imported 180 accounts (12 new, 3 updated, 165 unchanged), 2 rows rejected'
 */
export function summaryLine(report: ImportReport): string {
  const landed = report.added + report.updated + report.unchanged;
  const rejected = rejectedRows(report);
  const noun = report.kind.replace(/s$/, '');
  const details = `(${report.added} new, ${report.updated} updated, ${report.unchanged} unchanged), ${plural(rejected, 'row')} rejected`;
  if (report.dryRun) return `dry run: would import ${plural(landed, noun)} ${details}; nothing was written`;
  if (report.notWritten === 0) return `imported ${plural(landed, noun)} ${details}`;
  // e.g. imported 120 of 300 accounts (…); 180 not written — SharePoint kept throttling for 60 s; …
  const why = report.throttled === null ? 'SharePoint kept throttling' : keptThrottling(report.throttled);
  return (
    `imported ${landed} of ${plural(landed + report.notWritten, noun)} ${details}; ` +
    `${report.notWritten} not written — ${why}; run the same command again: it skips what is there`
  );
}

/**
 * The report for people (problems, then notes, then the summary) or as JSON. `file` (the CSV's
 * name) heads the problems, so a line number is read against the right file.
 */
export function formatReport(report: ImportReport, format: ImportFormat, file?: string): string {
  if (format === 'json') {
    return `${JSON.stringify(
      {
        kind: report.kind,
        ...(file !== undefined ? { file } : {}),
        dryRun: report.dryRun,
        rows: report.rows,
        new: report.added,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: rejectedRows(report),
        notWritten: report.notWritten,
        problems: report.problems,
        notes: report.notes,
      },
      null,
      2,
    )}\n`;
  }
  const lines: string[] = [];
  if (report.problems.length > 0) {
    const where = file !== undefined ? ` in ${file}` : '';
    // A dry run writes nothing, so it must not say the other rows are in.
    const others = report.dryRun ? 'the other rows would land; nothing was written' : 'the other rows are in';
    lines.push(`${plural(rejectedRows(report), 'row')} rejected${where} (fix them and import the file again; ${others}):`);
    lines.push(...report.problems.map((p) => `  ${describeProblem(p)}`));
  }
  if (report.notes.length > 0) {
    lines.push(`${plural(report.notes.length, 'note')}:`);
    lines.push(...report.notes.map((n) => `  line ${n.line}: ${n.message}`));
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}
