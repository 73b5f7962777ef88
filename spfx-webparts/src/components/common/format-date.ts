const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A list date as people read it: `2026-11-22` (or `2026-11-22T09:30:00Z`) → `22 Nov 2026`.
 * Reads the calendar date written in the ISO text, not the browser's time zone, so a due date
 * never shifts by a day between Sydney and Seattle. Empty → `—`; text that is not an ISO date is
 * shown as it is (nothing a user typed is hidden).
 * @example formatDate('2026-12-01') // '1 Dec 2026'
 */
export function formatDate(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso.trim() === '') return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || month === undefined || day < 1 || day > 31) return iso;
  return `${day} ${month} ${match[1]}`;
}
