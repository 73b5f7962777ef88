import type { Readable } from 'node:stream';
import { parseTimestamp, type Deal } from '@gtm/shared/attribution';
import { parseDecimal } from '../../csv/parse-number';
import { badValue, readRows, type SkippedRows } from './read-rows';
import { notADate } from './read-touchpoints';

export const DEAL_HEADER = 'deal_id,amount,ols,ols_date,cs,cs_date';

const SPEC = { required: ['deal_id', 'amount', 'ols', 'ols_date', 'cs', 'cs_date'] } as const;

export interface ReadDealsResult {
  deals: Deal[];
  skipped: SkippedRows;
}

/**
 * Reads a deals CSV (`deal_id,amount,ols,ols_date,cs,cs_date`) for OLS/CS attribution. Sources
 * and dates may be empty (unknown); amount must be a number ≥ 0, unless `allowRefunds`.
 *
 * @throws {InputError} at the first bad row (its line, column and value), unless `skipInvalid`.
 */
export async function readDeals(input: Readable, options: { skipInvalid: boolean; allowRefunds?: boolean }): Promise<ReadDealsResult> {
  const deals: Deal[] = [];
  const skipped = await readRows(
    input,
    {
      spec: SPEC,
      expected: DEAL_HEADER,
      hint: (header) =>
        header.some((name) => name.trim().toLowerCase() === 'journey_id')
          ? 'this looks like a touchpoint file: use a journey model such as --model time-decay'
          : undefined,
      skipInvalid: options.skipInvalid,
    },
    (row, columns) => {
      const dealId = row.field(columns.deal_id).trim();
      if (dealId === '') return 'deal_id is empty';

      const amountText = row.field(columns.amount);
      if (amountText.trim() === '') return 'amount is empty';
      const amount = parseDecimal(amountText);
      if (Number.isNaN(amount)) return badValue('amount', amountText, 'is not a number');
      if (amount < 0 && options.allowRefunds !== true) {
        return badValue('amount', amountText, 'is negative (an amount must be 0 or more; pass --allow-refunds to credit refunds)');
      }

      const olsDate = optionalDate(row.field(columns.ols_date));
      if (Number.isNaN(olsDate)) return notADate('ols_date', row.field(columns.ols_date));
      const csDate = optionalDate(row.field(columns.cs_date));
      if (Number.isNaN(csDate)) return notADate('cs_date', row.field(columns.cs_date));

      deals.push({
        dealId,
        amount,
        ols: row.field(columns.ols).trim(),
        olsDate,
        cs: row.field(columns.cs).trim(),
        csDate,
      });
      return undefined;
    },
  );
  return { deals, skipped };
}

/** Epoch ms, null when empty, NaN when not a date. */
function optionalDate(text: string): number | null {
  return text.trim() === '' ? null : parseTimestamp(text);
}
