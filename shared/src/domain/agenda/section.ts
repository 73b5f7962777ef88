import type { Section } from './agenda-types';

/** Internal: a section whose minutes are the sum of its items' timeboxes. */
export function section<K extends string, I extends { minutes: number }>(key: K, title: string, items: I[]): Section<K, I> {
  return { key, title, items, minutes: items.reduce((sum, item) => sum + item.minutes, 0) };
}
