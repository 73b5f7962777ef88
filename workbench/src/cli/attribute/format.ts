import type { AttributionResult } from '@gtm/shared/attribution';
import type { OutputFormat } from './args';

/**
 * Renders an attribution result. `json` and `csv` keep full precision for other programs;
 * `table` rounds for people.
 *
 * @example
 * formatResult({ model: 'linear', total: 100, channels: [{ channel: 'Email', credit: 100, share: 1 }] }, 'json');
 * // → '{"model":"linear","total":100,"channels":[{"channel":"Email","credit":100,"share":1}]}\n'
 */
export function formatResult(result: AttributionResult, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatTable(result);
  }
}

export function formatJson(result: AttributionResult): string {
  // Built field by field so the key order is the documented one whatever the domain object holds.
  const out = {
    model: result.model,
    total: result.total,
    channels: result.channels.map(({ channel, credit, share }) => ({ channel, credit, share })),
  };
  return `${JSON.stringify(out)}\n`;
}

export function formatCsv(result: AttributionResult): string {
  const rows = result.channels.map((c) => `${csvField(c.channel)},${c.credit},${c.share}`);
  return ['channel,credit,share', ...rows, ''].join('\n');
}

/**
 * Aligned columns: credit to 2 decimals with thousands separators, share as a percent, and a
 * total line.
 *
 * @example
 * Channel       Credit   Share
 * Paid search    66.67   66.7%
 * Email          33.33   33.3%
 * ───────────  ───────  ──────
 * Total         100.00  100.0%
 */
export function formatTable(result: AttributionResult): string {
  const rows: [string, string, string][] = result.channels.map((c) => [c.channel, money(c.credit), percent(c.share)]);
  const total: [string, string, string] = ['Total', money(result.total), percent(result.total === 0 ? 0 : 1)];
  const head: [string, string, string] = ['Channel', 'Credit', 'Share'];
  const all = [head, ...rows, total];
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const [w0 = 0, w1 = 0, w2 = 0] = widths;
  const line = (row: [string, string, string]): string =>
    `${row[0].padEnd(w0)}  ${row[1].padStart(w1)}  ${row[2].padStart(w2)}`.trimEnd();
  const rule = `${'─'.repeat(w0)}  ${'─'.repeat(w1)}  ${'─'.repeat(w2)}`;
  const body = rows.length === 0 ? ['(no conversions)'] : rows.map(line);
  return [line(head), ...body, rule, line(total), ''].join('\n');
}

/** 1234567.891 → "1,234,567.89" (fixed, not the machine's locale, so output is the same everywhere). */
function money(n: number): string {
  const [whole = '', fraction = ''] = Math.abs(n).toFixed(2).split('.');
  const sign = n < 0 && Math.abs(n) >= 0.005 ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Quotes a CSV field when it holds a comma, a quote or a line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
