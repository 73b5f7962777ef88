/**
 * Where the meeting stands: the section being discussed, the item selected in it, and the time
 * spent on each section. Kept with the session in the local outbox, so a reload (or Teams opening
 * the side panel again) keeps the minutes, and the stage on the same device follows the side panel.
 * Times are this device's clock (`now()`, epoch ms): both frames of one device share it.
 */

export interface MeetingPosition {
  /** The agenda section being discussed (`kpi-review`, `risks`, …). */
  sectionKey: string;
  /** The item selected in it (`kpi:12`): what the next decision is recorded against; null = the section. */
  selectedKey: string | null;
  /** Milliseconds spent on each section up to the last time the meeting left it. */
  spentBeforeMs: Record<string, number>;
  /** When the current section was opened (epoch ms). */
  openedAt: number;
}

/** The meeting at its start: the first section, nothing selected, no time spent. */
export function startPosition(sectionKey: string, now: number): MeetingPosition {
  return { sectionKey, selectedKey: null, spentBeforeMs: {}, openedAt: now };
}

/**
 * Milliseconds spent per section at `now`: what was spent before, plus the time since the current
 * section was opened.
 * @example spentBySection({ sectionKey: 'risks', selectedKey: null, spentBeforeMs: { 'kpi-review': 360_000 }, openedAt: 1_000 }, 61_000)
 * // { 'kpi-review': 360_000, risks: 60_000 }
 */
export function spentBySection(position: MeetingPosition, now: number): Record<string, number> {
  const running = Math.max(0, now - position.openedAt);
  return { ...position.spentBeforeMs, [position.sectionKey]: (position.spentBeforeMs[position.sectionKey] ?? 0) + running };
}

/**
 * Moves the meeting to another section at `now`: the time on the one it leaves is banked, the
 * selection cleared. Moving to the section already open changes nothing (its clock keeps running).
 */
export function moveToSection(position: MeetingPosition, sectionKey: string, now: number): MeetingPosition {
  if (sectionKey === position.sectionKey) return position;
  return { sectionKey, selectedKey: null, spentBeforeMs: spentBySection(position, now), openedAt: now };
}

/** Selects an item of the current section (or the section itself with null). */
export function selectItem(position: MeetingPosition, selectedKey: string | null): MeetingPosition {
  return { ...position, selectedKey };
}
