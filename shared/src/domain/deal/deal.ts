import { z } from 'zod';
import type { Deal } from '../attribution/types';
import { IsoDateSchema } from '../common/iso-date';
import { IdSchema } from '../common/text';
import { DOMAIN_NAME_MAX, limitedNonBlank, limitedText, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';

/** How long a deal's texts may be: GTM Deals' single-line columns (the account is its domain). */
export const DEAL_TEXT_LIMITS = { id: SINGLE_LINE_TEXT_MAX, name: SINGLE_LINE_TEXT_MAX, accountId: DOMAIN_NAME_MAX, ols: SINGLE_LINE_TEXT_MAX, cs: SINGLE_LINE_TEXT_MAX } as const;

/**
 * A CRM deal as the GTM review sees it. Named `DealRecord` because attribution's `Deal` is the
 * narrower input of the OLS/CS model; `toAttributionDeal` maps one to the other.
 */
export const DealRecordSchema = z.object({
  id: IdSchema.pipe(limitedText('Deal id', DEAL_TEXT_LIMITS.id)),
  name: limitedNonBlank('Deal name', DEAL_TEXT_LIMITS.name),
  accountId: IdSchema.pipe(limitedText('Account domain', DEAL_TEXT_LIMITS.accountId)).nullable(),
  amount: z.number().min(0),
  stage: z.enum(['open', 'won', 'lost']),
  ols: limitedNonBlank('Original lead source', DEAL_TEXT_LIMITS.ols).nullable(),
  olsDate: IsoDateSchema.nullable(),
  cs: limitedNonBlank('Converting source', DEAL_TEXT_LIMITS.cs).nullable(),
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
