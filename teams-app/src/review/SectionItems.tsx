/**
 * The items of the section being discussed, in the shape that section is discussed in: the KPI
 * review as a compact table (off track first, on-track KPIs folded into one line), risks with
 * rating and why they are here, the MQA sync grouped by reason with counts, actions with owner,
 * due date and days overdue (the signed-in user's own marked "You"), deep dives. Each item's title is a toggle button: the selected item
 * is what the next decision or action is recorded against.
 */
import * as React from 'react';
import { Checkbox, Link, Text, mergeStyleSets } from '@fluentui/react';
import type { AccountAgendaReason, AgendaSection, IsoDate, KpiAgendaItem, KpiMeasurement, Person } from '@gtm/shared';
import { ACCOUNT_AGENDA_REASONS, KPI_STATUS_LABELS, KPI_TREND_WINDOW, MQA_STAGE_LABELS, formatKpiValue, isMine, kpiThresholdsText, measurementsFor } from '@gtm/shared';
import type { AgendaItem } from './agenda-entries';
import { refOf } from './agenda-entries';
import { useReviewColours } from './status-styles';
import { Sparkline } from './Sparkline';

const styles = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', padding: '4px 8px', verticalAlign: 'middle' }, th: { fontWeight: 600, opacity: 0.8 }, 'tbody tr': { borderTop: '1px solid rgba(128,128,128,0.25)' } } },
  large: { fontSize: 20, selectors: { 'th, td': { padding: '8px 12px' } } },
  compact: { fontSize: 12, selectors: { 'th, td': { padding: '3px 2px' } } },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  pick: {
    border: 'none', background: 'transparent', color: 'inherit', font: 'inherit', textAlign: 'left', padding: '2px 4px',
    cursor: 'pointer', borderRadius: 2, selectors: { ':hover': { background: 'rgba(128,128,128,0.15)' } },
  },
  picked: { fontWeight: 600 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 12 },
  meta: { opacity: 0.85 },
  strong: { fontWeight: 600 },
  nowrap: { whiteSpace: 'nowrap' },
  // Under the target, smaller and wrapping: the edges that decide the status (the text colour, full contrast).
  thresholds: { display: 'block', fontSize: '0.8em', fontWeight: 400, whiteSpace: 'normal', minWidth: '9em' },
  group: { margin: '8px 0 4px' },
  // A word in a box, so the marker does not rely on colour (it keeps the text colour of the theme).
  you: { fontWeight: 600, border: '1px solid currentColor', borderRadius: 2, padding: '0 4px', fontSize: '0.85em' },
});

const TREND_LABELS = { improving: '↑ Improving', worsening: '↓ Worsening', flat: '→ Flat', 'not-enough-data': 'No trend yet' } as const;
const REASON_LABELS: Readonly<Record<AccountAgendaReason, string>> = {
  new: 'New since the last review', stalled: 'Stalled', 're-entered': 'Re-entered', 'shared-with-sales': 'Shared with Sales',
};
const RISK_REASON_LABELS = { 'high-rating': 'High/Critical', triggered: 'Triggered', 'not-reviewed': 'Not reviewed for two cycles' } as const;

export interface SectionItemsProps {
  section: AgendaSection;
  measurements: readonly KpiMeasurement[];
  today: IsoDate;
  /** Larger type on the meeting stage. */
  large: boolean;
  /** The narrow side panel: short numbers, actual and target in one column, the trend as an arrow. */
  compact?: boolean;
  selectedKey: string | null;
  onSelect(key: string | null): void;
  doneActionIds: readonly string[];
  onToggleDone(actionId: string, done: boolean): void;
  /** The signed-in user (the Teams context's user): their open actions are marked "You". */
  me?: Person | null;
}

const who = (p: { email: string; displayName?: string | undefined }): string => p.displayName ?? p.email;

export function SectionItems(props: SectionItemsProps): React.ReactElement {
  const { section, large, selectedKey, onSelect } = props;
  const colours = useReviewColours();
  const items = section.items as AgendaItem[];
  /** The item's title as a toggle: selecting it again records against the section again. */
  const pick = (item: AgendaItem, index: number, label: string): React.ReactElement => {
    const key = refOf(item, index).key;
    const picked = key === selectedKey;
    return (
      <button
        type="button"
        className={`${styles.pick} ${picked ? styles.picked : ''}`}
        style={picked ? { background: colours.current.background, outline: `2px solid ${colours.current.border}` } : undefined}
        aria-pressed={picked}
        onClick={() => onSelect(picked ? null : key)}
      >
        {label}
      </button>
    );
  };
  if (items.length === 0 && section.key !== 'mqa-sync') {
    return <Text block data-testid="section-empty">Nothing to discuss in this section.</Text>;
  }
  switch (section.key) {
    case 'kpi-review':
      return <KpiTable {...props} items={section.items} onTrackCount={section.onTrackLine.count} pick={pick} />;
    case 'risks':
      return (
        <ol className={styles.list} data-testid="risk-list" style={large ? { fontSize: 20 } : undefined}>
          {section.items.map((risk, index) => (
            <li key={risk.riskId} className={styles.row}>
              {pick(risk, index, risk.title)}
              <span className={styles.strong} style={{ color: colours.riskRating[risk.residual.rating] }}>
                {risk.residual.rating} {risk.residual.score}
              </span>
              <span className={styles.meta}>{risk.reasons.map((r) => RISK_REASON_LABELS[r]).join(' · ')}</span>
              <span className={styles.meta}>{who(risk.owner)}{risk.daysSinceReview === null ? ' · never reviewed' : ` · reviewed ${risk.daysSinceReview} days ago`}</span>
            </li>
          ))}
        </ol>
      );
    case 'mqa-sync': {
      const byReason = (reason: AccountAgendaReason) => section.items.map((a, index) => ({ a, index })).filter(({ a }) => a.reasons[0] === reason);
      const total = section.items.length + section.unnamed;
      if (total === 0) return <Text block data-testid="section-empty">No new, stalled, re-entered or shared account since the last review.</Text>;
      return (
        <div data-testid="mqa-sync" style={large ? { fontSize: 20 } : undefined}>
          {ACCOUNT_AGENDA_REASONS.filter((r) => section.reasonCounts[r] > 0).map((reason) => {
            const named = byReason(reason);
            return (
              <section key={reason} aria-label={REASON_LABELS[reason]}>
                <Text as="h4" block className={styles.group} variant={large ? 'large' : 'medium'}>
                  {REASON_LABELS[reason]}: {section.reasonCounts[reason]} {section.reasonCounts[reason] === 1 ? 'account' : 'accounts'}
                </Text>
                <ul className={styles.list}>
                  {named.map(({ a, index }) => (
                    <li key={a.accountId} className={styles.row}>
                      {pick(a, index, a.name)}
                      <span className={styles.meta}>{MQA_STAGE_LABELS[a.stage]} · engagement {a.engagementScore} · {who(a.marketingOwner)}{a.salesOwner ? ` / ${who(a.salesOwner)}` : ''}</span>
                    </li>
                  ))}
                  {section.reasonCounts[reason] > named.length ? (
                    <li className={styles.meta}>and {section.reasonCounts[reason] - named.length} more in the MQA file</li>
                  ) : null}
                </ul>
              </section>
            );
          })}
        </div>
      );
    }
    case 'actions':
      return (
        <ul className={styles.list} data-testid="action-list" style={large ? { fontSize: 20 } : undefined}>
          {section.items.map((action, index) => (
            <li key={action.actionId} className={styles.row}>
              {pick(action, index, action.title)}
              <span className={styles.meta}>{who(action.owner)} · due {action.dueDate}</span>
              {props.me && isMine(action, (a) => [a.owner], props.me) ? (
                <span className={styles.you} data-testid="you-marker" title="Your action">You</span>
              ) : null}
              {action.overdue ? <span className={styles.strong} style={{ color: colours.overdue }}>{action.daysOverdue} {action.daysOverdue === 1 ? 'day' : 'days'} overdue</span> : null}
              <Checkbox
                label="Done"
                ariaLabel={`${action.title}: done (saved at End review)`}
                checked={props.doneActionIds.includes(action.actionId)}
                onChange={(_, checked) => props.onToggleDone(action.actionId, !!checked)}
              />
            </li>
          ))}
        </ul>
      );
    case 'deep-dives':
      return (
        <ol className={styles.list} data-testid="deep-dive-list" style={large ? { fontSize: 20 } : undefined}>
          {section.items.map((topic, index) => (
            <li key={index} className={styles.row}>
              {pick(topic, index, topic.title)}
              <span className={styles.meta}>proposed by {who(topic.proposedBy)} · {topic.minutes} min</span>
            </li>
          ))}
        </ol>
      );
  }
}

interface KpiTableProps extends SectionItemsProps {
  items: KpiAgendaItem[];
  onTrackCount: number;
  pick(item: AgendaItem, index: number, label: string): React.ReactElement;
}

/** Off-track and at-risk KPIs one row each; the on-track ones one line until someone unfolds it. */
function KpiTable({ items, onTrackCount, measurements, today, large, compact = false, pick }: KpiTableProps): React.ReactElement {
  const colours = useReviewColours();
  const [showOnTrack, setShowOnTrack] = React.useState(false);
  const format = (kpi: KpiAgendaItem, value: number): string => formatKpiValue(kpi, value, { compact });
  const row = (kpi: KpiAgendaItem, index: number): React.ReactElement => (
    <tr key={kpi.kpiId} data-status={kpi.status}>
      <td>{pick(kpi, index, kpi.title)}</td>
      <td className={styles.number}>{kpi.value === null ? '—' : format(kpi, kpi.value)}</td>
      <td className={styles.number}>
        {format(kpi, kpi.target)}
        {/* Under the target, the edges that decide the status: "On track" below the target says why. */}
        <span className={styles.thresholds} data-testid="kpi-thresholds">{kpiThresholdsText(kpi, { compact })}</span>
      </td>
      <td className={`${styles.strong} ${styles.nowrap}`} style={{ color: colours.kpiStatus[kpi.status] }}>{KPI_STATUS_LABELS[kpi.status]}</td>
      <td className={styles.nowrap}>
        <Sparkline
          title={kpi.title} unit={kpi.unit} target={kpi.target} trendLabel={TREND_LABELS[kpi.trend]}
          history={measurementsFor(kpi.kpiId, measurements, today).slice(-KPI_TREND_WINDOW)}
          {...(large ? { width: 140, height: 40 } : compact ? { width: 44, height: 22, short: true } : {})}
        />
      </td>
    </tr>
  );
  const indexed = items.map((kpi, index) => ({ kpi, index }));
  const onTrack = indexed.filter(({ kpi }) => kpi.status === 'on-track');
  return (
    <table className={`${styles.table} ${large ? styles.large : ''} ${compact ? styles.compact : ''}`} data-testid="kpi-table">
      <caption style={{ position: 'absolute', left: -10000 }}>KPIs, off track first</caption>
      <thead>
        <tr><th scope="col">KPI</th><th scope="col" className={styles.number}>Actual</th><th scope="col" className={styles.number}>Target</th><th scope="col">Status</th><th scope="col">Trend</th></tr>
      </thead>
      <tbody>
        {indexed.filter(({ kpi }) => kpi.status === 'off-track' || kpi.status === 'at-risk').map(({ kpi, index }) => row(kpi, index))}
        {onTrackCount > 0 ? (
          <tr data-status="on-track-line">
            <td colSpan={3} style={{ color: colours.kpiStatus['on-track'] }} className={styles.strong}>{onTrackCount} on track</td>
            <td colSpan={2}>
              <Link onClick={() => setShowOnTrack((v) => !v)} aria-expanded={showOnTrack}>{showOnTrack ? 'Hide them' : 'Show them'}</Link>
            </td>
          </tr>
        ) : null}
        {showOnTrack ? onTrack.map(({ kpi, index }) => row(kpi, index)) : null}
        {indexed.filter(({ kpi }) => kpi.status === 'no-data').map(({ kpi, index }) => row(kpi, index))}
      </tbody>
    </table>
  );
}
