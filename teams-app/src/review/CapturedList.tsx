/**
 * The decisions and actions captured so far, by agenda section, with the item each was recorded
 * against. All of them on the stage; the current section's in the side panel.
 */
import * as React from 'react';
import { Text, mergeStyleSets } from '@fluentui/react';
import type { CapturedAction, CapturedDecision, ReviewSession } from './review-model';

const styles = mergeStyleSets({
  list: { margin: '4px 0 8px', paddingLeft: 20 },
  empty: { opacity: 0.8 },
});

export interface CapturedListProps {
  session: ReviewSession;
  /** Section titles in agenda order; only these sections are shown. */
  sections: readonly { key: string; title: string }[];
  /** Show the section headings (the stage); the side panel shows one section without one. */
  headings: boolean;
  /**
   * Also list, under "Other", what belongs to none of `sections`: decisions and actions saved
   * before they were recorded with their section (the stage, which shows every section).
   */
  showOther?: boolean;
  large?: boolean;
}

/** The heading of what was recorded against no known section. */
export const OTHER_SECTION = { key: 'other', title: 'Other' } as const;

type Captured = { kind: 'decision'; d: CapturedDecision } | { kind: 'action'; a: CapturedAction };

const about = (item: { key: string; title: string; section?: { key: string; title: string } }): string =>
  item.key.startsWith('section:') ? '' : ` (${item.title})`;

export function CapturedList({ session, sections, headings, showOther = false, large = false }: CapturedListProps): React.ReactElement {
  const all: Captured[] = [...session.decisions.map((d) => ({ kind: 'decision' as const, d })), ...session.actions.map((a) => ({ kind: 'action' as const, a }))];
  const keyOf = (c: Captured): string | undefined => (c.kind === 'decision' ? c.d.item : c.a.item).section?.key;
  const known = new Set(sections.map((s) => s.key));
  const other = showOther ? [{ s: OTHER_SECTION, items: all.filter((c) => !known.has(keyOf(c) ?? '')) }] : [];
  const groups = [...sections.map((s) => ({ s, items: all.filter((c) => keyOf(c) === s.key) })), ...other].filter((g) => g.items.length > 0);
  return (
    <section aria-label="Decisions and actions" data-testid="captured" style={large ? { fontSize: 18 } : undefined}>
      {groups.length === 0 ? <Text className={styles.empty} block>No decision or action recorded yet.</Text> : null}
      {groups.map(({ s, items }) => (
        <div key={s.key}>
          {headings ? <Text as="h4" variant={large ? 'large' : 'medium'} block>{s.title}</Text> : null}
          <ul className={styles.list}>
            {items.map((c) =>
              c.kind === 'decision' ? (
                <li key={c.d.clientId}>Decision: {c.d.text}{about(c.d.item)}</li>
              ) : (
                <li key={c.a.clientId}>Action: {c.a.title} — {c.a.owner.displayName ?? c.a.owner.email}, due {c.a.dueDate}{about(c.a.item)}</li>
              ),
            )}
          </ul>
        </div>
      ))}
    </section>
  );
}
