import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { SelectionMode } from '@fluentui/react/lib/Selection';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IsoDate, Kpi, KpiStatus, Risk } from '@gtm/shared';
import { RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, isTriggered } from '@gtm/shared';
import { RatingBadge } from './RatingBadge';
import type { RiskSort, RiskSortKey } from './risk-sort';
import { TriggeredBadge } from './TriggeredBadge';
import { LastReviewed } from './ReviewFlags';

const NARROW_BELOW = 560;

const stacked = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: { padding: '8px 0', borderBottom: '1px solid rgba(128, 128, 128, 0.35)' },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: '4px 12px', margin: '6px 0 0' },
  field: { minWidth: 0 },
  term: { fontSize: 12, opacity: 0.8 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** True while the element is narrower than {@link NARROW_BELOW} (false where ResizeObserver is missing, as in jsdom). */
function useNarrow(ref: React.RefObject<HTMLElement>): boolean {
  const [narrow, setNarrow] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => setNarrow(el.getBoundingClientRect().width < NARROW_BELOW);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}

/** Props of {@link RiskList}. */
export interface RiskListProps {
  /** Already filtered and sorted. */
  risks: readonly Risk[];
  kpis: readonly Kpi[];
  kpiStatuses: ReadonlyMap<string, KpiStatus>;
  today: IsoDate;
  sort: RiskSort;
  onSort: (sort: RiskSort) => void;
  onOpen: (risk: Risk) => void;
}

interface ColumnSpec {
  key: RiskSortKey;
  name: string;
  minWidth: number;
  maxWidth?: number;
  /** Wrap instead of truncating (titles are what people scan for). */
  multiline?: boolean;
  render: (risk: Risk) => React.ReactNode;
}

/**
 * The register as a Fluent DetailsList: virtualised (only the rows in view are rendered, so 5,000
 * risks cost about what 50 do), sortable by clicking a column header, a row opened by its title
 * link or by Enter. Every value is rendered as React text, never as HTML.
 */
export function RiskList({ risks, kpis, kpiStatuses, today, sort, onSort, onOpen }: RiskListProps): React.ReactElement {
  const containerRef = React.useRef<HTMLDivElement>(null);
  const kpiTitle = React.useCallback((id: string) => kpis.find((k) => k.id === id)?.title ?? `KPI ${id}`, [kpis]);

  const specs: ColumnSpec[] = React.useMemo(
    () => [
      {
        key: 'title',
        name: 'Risk',
        minWidth: 170,
        maxWidth: 420,
        multiline: true,
        render: (risk) => (
          <span>
            <Link onClick={() => onOpen(risk)} data-testid="risk-title" data-risk-id={risk.id}>
              {risk.title}
            </Link>
            {isTriggered(risk, kpiStatuses) && (
              <TriggeredBadge kpiTitles={risk.monitoringKpiIds.filter((id) => kpiStatuses.get(id) === 'off-track').map(kpiTitle)} />
            )}
          </span>
        ),
      },
      { key: 'category', name: 'Category', minWidth: 90, maxWidth: 150, multiline: true, render: (risk) => RISK_CATEGORY_LABELS[risk.category] },
      { key: 'owner', name: 'Owner', minWidth: 80, maxWidth: 140, multiline: true, render: (risk) => risk.owner.displayName ?? risk.owner.email },
      { key: 'inherent', name: 'Inherent', minWidth: 76, maxWidth: 100, render: (risk) => <RatingBadge assessment={risk.inherent} /> },
      { key: 'residual', name: 'Residual', minWidth: 76, maxWidth: 100, render: (risk) => <RatingBadge assessment={risk.residual} /> },
      { key: 'status', name: 'Status', minWidth: 70, maxWidth: 100, render: (risk) => RISK_STATUS_LABELS[risk.status] },
      {
        key: 'lastReviewedAt',
        name: 'Last reviewed',
        // Wide enough for the header's own words and the sort arrow: at 90 px it read "Last revie…".
        minWidth: 118,
        maxWidth: 130,
        multiline: true,
        // "New" for a risk created under two cycles ago and not reviewed yet; "review due" after that.
        render: (risk) => <LastReviewed risk={risk} today={today} />,
      },
    ],
    [kpiStatuses, kpiTitle, onOpen, today],
  );

  const columns: IColumn[] = specs.map((spec) => ({
    key: spec.key,
    name: spec.name,
    fieldName: spec.key,
    minWidth: spec.minWidth,
    ...(spec.maxWidth !== undefined ? { maxWidth: spec.maxWidth } : {}),
    isResizable: true,
    isMultiline: spec.multiline === true,
    isSorted: sort.key === spec.key,
    isSortedDescending: sort.key === spec.key && sort.descending,
    sortAscendingAriaLabel: 'Sorted A to Z, low to high',
    sortDescendingAriaLabel: 'Sorted Z to A, high to low',
    onColumnClick: () => onSort({ key: spec.key, descending: sort.key === spec.key ? !sort.descending : spec.key === 'inherent' || spec.key === 'residual' }),
    onRender: (risk: Risk) => spec.render(risk),
  }));

  const narrow = useNarrow(containerRef);
  if (narrow) {
    // Below 560 px (SharePoint's mobile view, a phone) a table of 7 columns can only scroll
    // sideways and hide Residual and Status; each risk becomes a stacked row instead (WCAG 1.4.10).
    return (
      <div data-testid="risk-list" ref={containerRef}>
        <ul className={stacked.list} aria-label="Risks">
          {risks.map((risk) => (
            <li key={risk.id} className={stacked.row} data-testid="risk-row">
              {specs[0]?.render(risk)}
              <dl className={stacked.fields}>
                {specs.slice(1).map((spec) => (
                  <div key={spec.key} className={stacked.field} data-testid={`risk-field-${spec.key}`}>
                    <dt className={stacked.term}>{spec.name}</dt>
                    <dd className={stacked.value}>{spec.render(risk)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div data-testid="risk-list" ref={containerRef}>
      <DetailsList
        items={risks as Risk[]}
        columns={columns}
        getKey={(risk: Risk) => risk.id}
        setKey="risks"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        onItemInvoked={(risk: Risk) => onOpen(risk)}
        ariaLabelForGrid="Risks"
      />
    </div>
  );
}
