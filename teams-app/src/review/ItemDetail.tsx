/**
 * The agenda item being discussed: for a KPI its actual, target, status and trend; for a risk its
 * rating and why it is on the agenda; for an account its stage; for an action its owner and due date.
 */
import * as React from 'react';
import { Checkbox, Stack, Text, mergeStyleSets } from '@fluentui/react';
import { KPI_STATUS_LABELS } from '@gtm/shared';
import type { AgendaEntry } from './agenda-entries';

const styles = mergeStyleSets({
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', gap: 12 },
  figure: { display: 'flex', flexDirection: 'column' },
  label: { fontSize: 12, opacity: 0.8 },
  offTrack: { color: '#a4262c', fontWeight: 600 },
  atRisk: { color: '#8a6100', fontWeight: 600 },
  onTrack: { color: '#107c10', fontWeight: 600 },
});

const TREND_LABELS = { improving: 'Improving', worsening: 'Worsening', flat: 'Flat', 'not-enough-data': 'Not enough data' } as const;

function Figure(props: { label: string; value: string; className?: string; large: boolean }): React.ReactElement {
  return (
    <div className={styles.figure}>
      <span className={styles.label}>{props.label}</span>
      <Text variant={props.large ? 'xxLarge' : 'large'} className={props.className}>{props.value}</Text>
    </div>
  );
}

export interface ItemDetailProps {
  entry: AgendaEntry;
  /** Larger figures on the meeting stage. */
  large: boolean;
  done: boolean;
  onToggleDone(actionId: string, done: boolean): void;
}

export function ItemDetail({ entry, large, done, onToggleDone }: ItemDetailProps): React.ReactElement {
  const item = entry.item;
  const figures = ((): React.ReactElement => {
    switch (item.kind) {
      case 'kpi': {
        const statusClass = item.status === 'off-track' ? styles.offTrack : item.status === 'at-risk' ? styles.atRisk : item.status === 'on-track' ? styles.onTrack : undefined;
        return (
          <div className={styles.figures} data-testid="kpi-figures">
            <Figure label="Actual" value={item.value === null ? '—' : String(item.value)} large={large} />
            <Figure label="Target" value={String(item.target)} large={large} />
            <Figure label="Status" value={KPI_STATUS_LABELS[item.status]} className={statusClass} large={large} />
            <Figure label="Trend" value={TREND_LABELS[item.trend]} large={large} />
          </div>
        );
      }
      case 'risk':
        return (
          <div className={styles.figures}>
            <Figure label="Residual" value={`${item.residual.score} ${item.residual.rating}`} large={large} />
            <Figure label="Inherent" value={`${item.inherent.score} ${item.inherent.rating}`} large={large} />
            <Figure label="Why now" value={item.reasons.join(', ')} large={false} />
            <Figure label="Owner" value={item.owner.displayName ?? item.owner.email} large={false} />
          </div>
        );
      case 'account':
        return (
          <div className={styles.figures}>
            <Figure label="Stage" value={item.stage} large={large} />
            <Figure label="Why now" value={item.reasons.join(', ')} large={false} />
            <Figure label="Marketing owner" value={item.marketingOwner.displayName ?? item.marketingOwner.email} large={false} />
          </div>
        );
      case 'action':
        return (
          <Stack tokens={{ childrenGap: 8 }}>
            <div className={styles.figures}>
              <Figure label="Owner" value={item.owner.displayName ?? item.owner.email} large={false} />
              <Figure label="Due" value={item.dueDate} className={item.overdue ? styles.offTrack : undefined} large={false} />
              <Figure label="Overdue" value={item.overdue ? `${item.daysOverdue} days` : 'No'} large={false} />
            </div>
            <Checkbox label="Done (saved at End review)" checked={done} onChange={(_, checked) => onToggleDone(item.actionId, !!checked)} />
          </Stack>
        );
      case 'deep-dive':
        return <Text>Proposed by {item.proposedBy.displayName ?? item.proposedBy.email}</Text>;
    }
  })();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{entry.sectionTitle}</Text>
      <Text variant={large ? 'xxLarge' : 'xLarge'} as="h2" data-testid="current-item">{entry.ref.title}</Text>
      {figures}
    </Stack>
  );
}
