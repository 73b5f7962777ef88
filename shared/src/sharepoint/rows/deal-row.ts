import { z } from 'zod';
import type { DealRecord } from '../../domain/deal/deal';
import { DealRecordSchema } from '../../domain/deal/deal';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { labelOf, mapRow, num, optDay, optText, slugOf, text, toRowDay } from './row-mapping';

export const DEAL_STAGE_LABELS: Readonly<Record<DealRecord['stage'], string>> = { open: 'Open', won: 'Won', lost: 'Lost' };

/** A GTM Deals item as SharePoint stores it. */
export const DealRowSchema = z.object({
  Title: text,
  GtmDealId: text,
  GtmAmount: num,
  GtmOls: optText,
  GtmOlsDate: optDay,
  GtmCs: optText,
  GtmCsDate: optDay,
  GtmStage: text,
  GtmCloseDate: optDay,
  GtmAccountDomain: optText,
});
export type DealRow = z.infer<typeof DealRowSchema>;

/**
 * A deal's `id` is the CRM deal id (`GtmDealId`, the natural key), not the list item id: attribution
 * and reports speak of CRM deals. The repository's `etags` are keyed by item id; `DealRepository.readByDealId`
 * gives both. `accountId` is the account's domain.
 */
export function toDealRecord(row: ListRow): MapResult<DealRecord> {
  return mapRow(
    row,
    DealRowSchema,
    (r) => ({
      id: r.GtmDealId,
      name: r.Title,
      accountId: r.GtmAccountDomain,
      amount: r.GtmAmount,
      stage: slugOf(DEAL_STAGE_LABELS, r.GtmStage),
      ols: r.GtmOls,
      olsDate: r.GtmOlsDate,
      cs: r.GtmCs,
      csDate: r.GtmCsDate,
      closedAt: r.GtmCloseDate,
    }),
    DealRecordSchema,
  );
}

export function toDealRow(deal: DealRecord): RowValues {
  return {
    Title: deal.name,
    GtmDealId: deal.id,
    GtmAmount: deal.amount,
    GtmOls: deal.ols,
    GtmOlsDate: toRowDay(deal.olsDate),
    GtmCs: deal.cs,
    GtmCsDate: toRowDay(deal.csDate),
    GtmStage: labelOf(DEAL_STAGE_LABELS, deal.stage),
    GtmCloseDate: toRowDay(deal.closedAt),
    GtmAccountDomain: deal.accountId,
  };
}
