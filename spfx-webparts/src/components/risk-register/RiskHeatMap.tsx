import * as React from 'react';
import { ChoiceGroup, DefaultButton, Text, mergeStyleSets, useTheme, type Theme } from '@fluentui/react';
import type { Risk, RiskBasis, RiskLevel } from '@gtm/shared';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, heatMap, rateScore } from '@gtm/shared';
import type { HeatMapCell } from './risk-filter';
import { useThemedClasses } from '../common/use-themed-classes';
import { RATING_COLOURS } from './rating-colours';

const LEVELS_UP: readonly RiskLevel[] = [1, 2, 3, 4, 5];
/** Likelihood rows from 5 at the top down to 1, as risk matrices are drawn. */
const LEVELS_DOWN: readonly RiskLevel[] = [5, 4, 3, 2, 1];

const getClasses = (theme: Theme) =>
  mergeStyleSets({
    root: { width: 364, flex: '0 0 auto' },
    grid: { display: 'grid', gridTemplateColumns: '84px repeat(5, 52px)', gap: 4, alignItems: 'center', marginTop: 8 },
    axis: { fontSize: 12, color: theme.semanticColors.bodySubtext, textAlign: 'center', lineHeight: '14px' },
    rowAxis: { fontSize: 12, color: theme.semanticColors.bodySubtext, textAlign: 'right', paddingRight: 4, lineHeight: '14px' },
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
 */
export function RiskHeatMap({ risks, basis, includeClosed, selected, onSelect, onBasisChange }: RiskHeatMapProps): React.ReactElement {
  const classes = useThemedClasses(getClasses);
  const { palette } = useTheme();
  const map = heatMap(risks, { basis, includeClosed });
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
      <div className={classes.grid} role="group" aria-label={`${basis === 'inherent' ? 'Inherent' : 'Residual'} heat map: likelihood by impact`}>
        {LEVELS_DOWN.map((likelihood) => (
          <React.Fragment key={likelihood}>
            <span className={classes.rowAxis} aria-hidden="true">
              {likelihood} {LIKELIHOOD_LABELS[likelihood - 1]}
            </span>
            {LEVELS_UP.map((impact) => {
              const count = map.cells[likelihood - 1]?.[impact - 1] ?? 0;
              const colours = RATING_COLOURS[rateScore(likelihood * impact)];
              const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
              return (
                <DefaultButton
                  key={impact}
                  toggle
                  checked={isSelected}
                  text={String(count)}
                  ariaLabel={`Likelihood ${likelihood}, Impact ${impact}: ${count} ${count === 1 ? 'risk' : 'risks'}`}
                  data-testid={`heat-cell-${likelihood}-${impact}`}
                  data-count={count}
                  onClick={() => onSelect(isSelected ? null : { likelihood, impact })}
                  styles={{
                    root: {
                      minWidth: 0,
                      width: 52,
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
              );
            })}
          </React.Fragment>
        ))}
        <span />
        {LEVELS_UP.map((impact) => (
          <span key={impact} className={classes.axis} aria-hidden="true">
            {impact} {IMPACT_LABELS[impact - 1]}
          </span>
        ))}
      </div>
      <Text block className={classes.caption}>
        Rows: likelihood. Columns: impact. {map.total} {map.total === 1 ? 'risk' : 'risks'} on the map
        {includeClosed ? ', closed ones included' : ''}. Select a cell to filter the list.
      </Text>
    </section>
  );
}
