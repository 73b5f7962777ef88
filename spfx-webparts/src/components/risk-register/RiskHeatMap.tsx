import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import type { Risk, RiskBasis, RiskLevel } from '@gtm/shared';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, heatMap, rateScore } from '@gtm/shared';
import type { HeatMapCell } from './risk-filter';
import { useThemedClasses } from '../common/use-themed-classes';
import { RATING_COLOURS } from './rating-colours';
import { nextHeatMapCell } from './heat-map-keys';

const LEVELS_UP: readonly RiskLevel[] = [1, 2, 3, 4, 5];
/** Likelihood rows from 5 at the top down to 1, as risk matrices are drawn. */
const LEVELS_DOWN: readonly RiskLevel[] = [5, 4, 3, 2, 1];

const getClasses = (theme: Theme) =>
  mergeStyleSets({
    // 364 px wide where there is room, narrower on a phone (WCAG 1.4.10 reflow at 320 px): the
    // cells shrink with the section instead of being clipped.
    root: { flex: '0 1 364px', maxWidth: 364, minWidth: 0 },
    grid: { marginTop: 8 },
    // Each row is its own CSS grid with the same columns, so the ARIA rows are real boxes.
    row: { display: 'grid', gridTemplateColumns: 'minmax(60px, 84px) repeat(5, minmax(0, 52px))', gap: 4, alignItems: 'center', marginTop: 4 },
    cell: { minWidth: 0 },
    // Impact labels run bottom to top: "Insignificant" is wider than its 52 px column and
    // collided with "Minor" when set across.
    axis: {
      fontSize: 12,
      color: theme.semanticColors.bodySubtext,
      lineHeight: '14px',
      writingMode: 'vertical-rl',
      transform: 'rotate(180deg)',
      justifySelf: 'center',
      whiteSpace: 'nowrap',
      fontWeight: 400,
    },
    rowAxis: { fontSize: 12, color: theme.semanticColors.bodySubtext, textAlign: 'right', paddingRight: 4, lineHeight: '14px', fontWeight: 400, overflowWrap: 'break-word', minWidth: 0 },
    caption: { fontSize: 12, color: theme.semanticColors.bodySubtext, marginTop: 6 },
  });

/** Props of {@link RiskHeatMap}. */
export interface RiskHeatMapProps {
  /** The risks to count (already filtered by everything but the cell). */
  risks: readonly Risk[];
  basis: RiskBasis;
  /** Count closed risks too (when the status filter shows them). */
  includeClosed: boolean;
  selected: HeatMapCell | null;
  /** A cell clicked; null when the selected cell is clicked again (clears the filter). */
  onSelect: (cell: HeatMapCell | null) => void;
  onBasisChange: (basis: RiskBasis) => void;
}

/**
 * The 5×5 heat map (DOMAIN.md §3), inherent or residual: likelihood rows, impact columns, each
 * cell a toggle button with its count, coloured by the rating of its score. Clicking a cell
 * filters the list to it; clicking it again clears the filter.
 *
 * For the keyboard it is one ARIA grid and one tab stop (the WAI-ARIA APG grid pattern, with a
 * roving tabindex): Tab enters at the selected cell (else the last one focused, at first the
 * top-left), the arrows, Home/End (Ctrl for the corners) and Page Up/Down move inside, Enter or
 * Space toggles the cell's filter, and the next Tab leaves for the list. 25 tab stops cost a
 * keyboard user 37 presses to reach the first risk.
 */
export function RiskHeatMap({ risks, basis, includeClosed, selected, onSelect, onBasisChange }: RiskHeatMapProps): React.ReactElement {
  const classes = useThemedClasses(getClasses);
  const { palette } = useTheme();
  const map = heatMap(risks, { basis, includeClosed });
  const [lastFocused, setLastFocused] = React.useState<HeatMapCell>({ likelihood: 5, impact: 1 });
  const tabStop = selected ?? lastFocused;
  const gridRef = React.useRef<HTMLDivElement>(null);
  const onGridKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const from = /^heat-cell-(\d)-(\d)$/.exec((event.target as HTMLElement).getAttribute('data-testid') ?? '');
    if (!from) return;
    const next = nextHeatMapCell({ likelihood: Number(from[1]) as RiskLevel, impact: Number(from[2]) as RiskLevel }, event);
    if (next === null) return;
    event.preventDefault(); // the arrows and Page keys would scroll the page too
    setLastFocused(next);
    gridRef.current?.querySelector<HTMLElement>(`[data-testid="heat-cell-${next.likelihood}-${next.impact}"]`)?.focus();
  };
  return (
    <section className={classes.root} aria-label="Risk heat map" data-testid="risk-heat-map">
      <ChoiceGroup
        label="Heat map"
        selectedKey={basis}
        options={[
          { key: 'inherent', text: 'Inherent (before mitigation)' },
          { key: 'residual', text: 'Residual (after mitigation)' },
        ]}
        onChange={(_, option) => option && onBasisChange(option.key as RiskBasis)}
      />
      <div
        ref={gridRef}
        className={classes.grid}
        role="grid"
        aria-label={`${basis === 'inherent' ? 'Inherent' : 'Residual'} heat map: likelihood by impact`}
        aria-rowcount={6}
        aria-colcount={6}
        data-testid="heat-map-grid"
        onKeyDown={onGridKeyDown}
      >
        {LEVELS_DOWN.map((likelihood) => (
          <div key={likelihood} role="row" className={classes.row}>
            <div role="rowheader" className={classes.rowAxis}>
              {likelihood} {LIKELIHOOD_LABELS[likelihood - 1]}
            </div>
            {LEVELS_UP.map((impact) => {
              const count = map.cells[likelihood - 1]?.[impact - 1] ?? 0;
              const colours = RATING_COLOURS[rateScore(likelihood * impact)];
              const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
              const isTabStop = tabStop.likelihood === likelihood && tabStop.impact === impact;
              return (
                <div key={impact} role="gridcell" className={classes.cell}>
                  <DefaultButton
                    toggle
                    tabIndex={isTabStop ? 0 : -1}
                    onFocus={() => setLastFocused({ likelihood, impact })}
                    checked={isSelected}
                    text={String(count)}
                    ariaLabel={`Likelihood ${likelihood}, Impact ${impact}: ${count} ${count === 1 ? 'risk' : 'risks'}`}
                    data-testid={`heat-cell-${likelihood}-${impact}`}
                    data-count={count}
                    onClick={() => onSelect(isSelected ? null : { likelihood, impact })}
                    styles={{
                      root: {
                        minWidth: 0,
                        width: '100%',
                        height: 40,
                        padding: 0,
                        background: colours.background,
                        color: colours.text,
                        // The selected ring in the theme's text colour: dark on a light section, light on a dark one.
                        border: isSelected ? `3px solid ${palette.neutralPrimary}` : `1px ${count === 0 ? 'dashed' : 'solid'} ${palette.neutralTertiaryAlt}`,
                      },
                      rootHovered: { background: colours.background, color: colours.text, filter: 'brightness(0.93)' },
                      rootChecked: { background: colours.background, color: colours.text },
                      rootCheckedHovered: { background: colours.background, color: colours.text },
                      // Empty cells keep their band's fill (a faded cell over a dark section turns muddy
                      // and unreadable); their "0" is set in regular weight instead of bold.
                      label: { fontWeight: count === 0 ? 400 : 600 },
                    }}
                  />
                </div>
              );
            })}
          </div>
        ))}
        <div role="row" className={classes.row}>
          <div role="columnheader" aria-label="Likelihood by impact" />
          {LEVELS_UP.map((impact) => (
            <div key={impact} role="columnheader" className={classes.axis} data-testid="heat-axis-impact">
              {impact} {IMPACT_LABELS[impact - 1]}
            </div>
          ))}
        </div>
      </div>
      <Text block className={classes.caption}>
        Rows: likelihood. Columns: impact. {map.total} {map.total === 1 ? 'risk' : 'risks'} on the map
        {includeClosed ? ', closed ones included' : ''}. Select a cell to filter the list.
      </Text>
    </section>
  );
}
