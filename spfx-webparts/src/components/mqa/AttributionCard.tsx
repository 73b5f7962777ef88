import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { type Theme } from '@fluentui/react/lib/Theme';
import { useThemedClasses } from '../common/use-themed-classes';
import type { DealRecord, QualifiedAccount } from '@gtm/shared';
import { formatKpiValue } from '@gtm/shared';
import { errorText } from '../common/list-error-kind';
import { attributeAccounts } from './account-attribution';

/** The card and its table in the theme's tokens (a white card on a dark section would hide its text). */
const getClasses = (theme: Theme) =>
  mergeStyleSets({
    card: {
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      padding: 12,
      background: theme.semanticColors.cardStandoutBackground,
      // 280 px where there is room, never wider than its column: a fixed 280 px plus padding
      // scrolled a 320 px window 26 px sideways (WCAG 1.4.10).
      minWidth: 'min(280px, 100%)',
      boxSizing: 'border-box',
    },
    table: { borderCollapse: 'collapse', width: '100%' },
    cell: { padding: '2px 8px', textAlign: 'left', borderBottom: `1px solid ${theme.palette.neutralLighter}` },
    number: { padding: '2px 8px', textAlign: 'right', borderBottom: `1px solid ${theme.palette.neutralLighter}`, fontVariantNumeric: 'tabular-nums' },
  });

/** Credits in euros as the KPI cards write money (the deals' amounts are EUR, as the Control Plane's). */
const amount = (value: number): string => formatKpiValue({ unit: 'currency' }, value);
/** Shares with one decimal each, so the column reads alike: 12.0% above 16.2%. */
const percent = (share: number): string => formatKpiValue({ unit: 'percent' }, share * 100, { fractionDigits: 1 });

/** Props of {@link AttributionCard}: the accounts in view and the deals (undefined while loading). */
export interface AttributionCardProps {
  accounts: readonly QualifiedAccount[];
  deals: readonly DealRecord[] | undefined;
  /** Why the deals could not be read, if they could not. */
  dealsError?: unknown;
}

/**
 * OLS/CS attribution for the accounts in view: each of their deals' amounts split 50/50 between
 * the account's Original Lead Source and Converting Source, totalled by channel.
 */
export function AttributionCard({ accounts, deals, dealsError }: AttributionCardProps): React.ReactElement {
  const classes = useThemedClasses(getClasses);
  const attribution = React.useMemo(() => (deals ? attributeAccounts(accounts, deals) : null), [accounts, deals]);
  return (
    <section className={classes.card} aria-labelledby="mqa-attribution-title" data-testid="attribution-card">
      <Stack tokens={{ childrenGap: 6 }}>
        <Text id="mqa-attribution-title" variant="mediumPlus" role="heading" aria-level={3}>
          OLS/CS attribution (50/50)
        </Text>
        {dealsError !== undefined && dealsError !== null ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            The deals could not be read, so there is no attribution: {errorText(dealsError)}
          </MessageBar>
        ) : attribution === null ? (
          <Text>Loading deals…</Text>
        ) : attribution.dealCount === 0 ? (
          <Text>No deals for the {accounts.length} accounts in view yet.</Text>
        ) : (
          <>
            <Text variant="small" data-testid="attribution-summary">
              {attribution.dealCount} deals of {accounts.length} accounts in view, {amount(attribution.result.total)} in total
            </Text>
            <table className={classes.table} aria-label="Deal amounts by channel, half to OLS and half to CS">
              <thead>
                <tr>
                  <th scope="col" className={classes.cell}>Channel</th>
                  <th scope="col" className={classes.number}>Credit</th>
                  <th scope="col" className={classes.number}>Share</th>
                </tr>
              </thead>
              <tbody>
                {attribution.result.channels.map((c) => (
                  <tr key={c.channel} data-testid="attribution-row">
                    <th scope="row" className={classes.cell}>{c.channel}</th>
                    <td className={classes.number}>{amount(c.credit)}</td>
                    <td className={classes.number}>{percent(c.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Stack>
    </section>
  );
}
