import type { Section } from './agenda-types';

/** How a section's timebox is made from its items' timeboxes. */
export interface SectionTimebox {
  /** Minutes on top of the items' (e.g. the one line for every on-track KPI). */
  extraMinutes?: number;
  /** The section never takes longer than this, however many items it has. */
  maxMinutes?: number;
}

/**
 * Internal: a section whose minutes are the sum of its items' timeboxes plus `extraMinutes`,
 * capped at `maxMinutes` (a long list is gone through faster, not allowed to eat the meeting).
 * @example section('risks', 'Risks', fiveItemsOf3Minutes, { maxMinutes: 10 }).minutes // 10, not 15
 */
export function section<K extends string, I extends { minutes: number }>(
  key: K,
  title: string,
  items: I[],
  timebox: SectionTimebox = {},
): Section<K, I> {
  const sum = items.reduce((total, item) => total + item.minutes, timebox.extraMinutes ?? 0);
  return { key, title, items, minutes: Math.min(sum, timebox.maxMinutes ?? Infinity) };
}
