import { z } from 'zod';
import type { Deal } from '../attribution/types';
import { IsoDateSchema } from '../common/iso-date';
import { IdSchema, NonBlankSchema } from '../common/text';

/**
 * A CRM deal as the GTM review sees it. Named `DealRecord` because attribution's `Deal` is the
 * narrower input of the OLS/CS model; `toAttributionDeal` maps one to the other.
 */
export const DealRecordSchema = z.object({
  id: IdSchema,
  name: NonBlankSchema,
  accountId: IdSchema.nullable(),
  amount: z.number().min(0),
  stage: z.enum(['open', 'won', 'lost']),
  ols: NonBlankSchema.nullable(),
  olsDate: IsoDateSchema.nullable(),
  cs: NonBlankSchema.nullable(),
  csDate: IsoDateSchema.nullable(),
  closedAt: IsoDateSchema.nullable(),
});
export type DealRecord = z.infer<typeof DealRecordSchema>;

/**
 * The deal as OLS/CS attribution takes it: dates become epoch ms at UTC midnight, and a missing
 * source becomes '' which attribution reports as "(unattributed)" — never guessed.
 * @example toAttributionDeal({ id: 'd1', amount: 1000, ols: 'Webinar', olsDate: '2025-01-01', cs: null, csDate: null, … })
 * // { dealId: 'd1', amount: 1000, ols: 'Webinar', olsDate: 1735689600000, cs: '', csDate: null }
 */
export function toAttributionDeal(deal: DealRecord): Deal {
  return {
    dealId: deal.id,
    amount: deal.amount,
    ols: deal.ols ?? '',
    olsDate: deal.olsDate === null ? null : Date.parse(deal.olsDate),
    cs: deal.cs ?? '',
    csDate: deal.csDate === null ? null : Date.parse(deal.csDate),
  };
}
