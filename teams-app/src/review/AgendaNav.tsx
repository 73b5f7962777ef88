/**
 * The agenda as a list of buttons by section (keyboard reachable), the item being discussed marked.
 */
import * as React from 'react';
import { Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { AgendaEntry } from './agenda-entries';

const styles = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    width: '100%', textAlign: 'left', border: 'none', background: 'transparent', color: 'inherit', padding: '4px 8px',
    cursor: 'pointer', font: 'inherit', selectors: { ':hover': { background: 'rgba(128,128,128,0.15)' } },
  },
  current: { background: 'rgba(98,100,167,0.25)', fontWeight: 600 },
  empty: { opacity: 0.7, padding: '0 8px' },
});

export interface AgendaNavProps {
  sections: { key: string; title: string; minutes: number }[];
  entries: readonly AgendaEntry[];
  current: number;
  onSelect(index: number): void;
}

const statusText = (entry: AgendaEntry): string => {
  const i = entry.item;
  if (i.kind === 'kpi') return ` — ${i.status.replace('-', ' ')}`;
  if (i.kind === 'action' && i.overdue) return ` — ${i.daysOverdue} days overdue`;
  return '';
};

export function AgendaNav({ sections, entries, current, onSelect }: AgendaNavProps): React.ReactElement {
  return (
    <nav aria-label="Agenda">
      <Stack tokens={{ childrenGap: 8 }}>
        {sections.map((section) => {
          const items = entries.map((e, index) => ({ e, index })).filter(({ e }) => e.sectionKey === section.key);
          return (
            <section key={section.key} aria-label={section.title}>
              <Text variant="mediumPlus" as="h3">{section.title} ({section.minutes} min)</Text>
              {items.length === 0 ? (
                <Text className={styles.empty} block>Nothing to discuss.</Text>
              ) : (
                <ol className={styles.list} data-testid={`agenda-${section.key}`}>
                  {items.map(({ e, index }) => (
                    <li key={e.ref.key}>
                      <button
                        type="button"
                        className={`${styles.item} ${index === current ? styles.current : ''}`}
                        aria-current={index === current ? 'step' : undefined}
                        onClick={() => onSelect(index)}
                      >
                        {e.ref.title}{statusText(e)} · {e.minutes} min
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </Stack>
    </nav>
  );
}
