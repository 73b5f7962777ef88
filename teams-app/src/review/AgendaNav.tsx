/**
 * The agenda as its five sections (keyboard-reachable buttons), the one being discussed marked,
 * each with its timebox, how many items it has and the minutes spent on it so far.
 */
import * as React from 'react';
import { Text, mergeStyleSets } from '@fluentui/react';
import type { AgendaSection } from '@gtm/shared';
import { useReviewColours } from './status-styles';

const styles = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 2 },
  item: {
    width: '100%', textAlign: 'left', border: 'none', borderLeft: '4px solid transparent', background: 'transparent', color: 'inherit',
    padding: '6px 8px', cursor: 'pointer', font: 'inherit', display: 'flex', justifyContent: 'space-between', gap: 8,
    selectors: { ':hover:not(:disabled)': { background: 'rgba(128,128,128,0.15)' }, ':disabled': { cursor: 'default' } },
  },
  current: { fontWeight: 600 },
  large: { fontSize: 20, padding: '10px 12px' },
  meta: { opacity: 0.85, whiteSpace: 'nowrap' },
  over: { fontWeight: 600 },
});

/** How many things a section brings, in words ("10 KPIs to discuss, 12 on track"). */
export function sectionCount(section: AgendaSection): string {
  switch (section.key) {
    case 'kpi-review': {
      const discussed = section.items.length - section.onTrackLine.count;
      return `${discussed} to discuss · ${section.onTrackLine.count} on track`;
    }
    case 'risks': return `${section.items.length} ${section.items.length === 1 ? 'risk' : 'risks'}`;
    case 'mqa-sync': return `${section.items.length + section.unnamed} accounts`;
    case 'actions': return `${section.items.length} open`;
    case 'deep-dives': return `${section.items.length} ${section.items.length === 1 ? 'topic' : 'topics'}`;
  }
}

export interface AgendaNavProps {
  sections: readonly AgendaSection[];
  current: number;
  /** Milliseconds spent per section key. */
  spentMs: Readonly<Record<string, number>>;
  large?: boolean;
  /** Live Share: an attendee follows the presenter and cannot move the agenda (the reason is shown beside it). */
  disabled?: boolean;
  onSelect(index: number): void;
}

export function AgendaNav({ sections, current, spentMs, large = false, disabled = false, onSelect }: AgendaNavProps): React.ReactElement {
  const colours = useReviewColours();
  return (
    <nav aria-label="Agenda">
      <ol className={styles.list} data-testid="agenda-sections">
        {sections.map((section, index) => {
          const spent = Math.floor((spentMs[section.key] ?? 0) / 60_000);
          const over = section.minutes > 0 && (spentMs[section.key] ?? 0) > section.minutes * 60_000;
          return (
            <li key={section.key}>
              <button
                type="button"
                className={`${styles.item} ${index === current ? styles.current : ''} ${large ? styles.large : ''}`}
                aria-current={index === current ? 'step' : undefined}
                style={index === current ? { background: colours.current.background, borderLeftColor: colours.current.border } : undefined}
                disabled={disabled}
                onClick={() => onSelect(index)}
              >
                <span>{index + 1}. {section.title} <Text variant={large ? 'medium' : 'small'} className={styles.meta}>({sectionCount(section)})</Text></span>
                <span className={`${styles.meta} ${over ? styles.over : ''}`} style={over ? { color: colours.overTime, opacity: 1 } : undefined}>{spent > 0 ? `${spent} / ` : ''}{section.minutes} min</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
