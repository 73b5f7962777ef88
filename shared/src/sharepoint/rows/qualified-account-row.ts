import { z } from 'zod';
import type { QualifiedAccount } from '../../domain/mqa/account';
import { QualifiedAccountSchema } from '../../domain/mqa/account';
import { MQA_STAGE_LABELS } from '../../domain/mqa/stages';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, jsonNote, labelOf, mapRow, num, optDay, optPerson, optText, person, personOf, personValue, slugOf, text, toJson, toRowDay } from './row-mapping';

/** An MQA File item as SharePoint stores it. */
export const QualifiedAccountRowSchema = z.object({
  Title: text,
  GtmDomain: text,
  GtmIcpFit: num,
  GtmIntentTopics: jsonNote,
  GtmEngagementScore: num,
  GtmMarketingOwner: person,
  GtmSalesOwner: optPerson,
  GtmStage: text,
  GtmIdentifiedOn: day,
  GtmStageHistory: jsonNote,
  GtmConversionHistory: jsonNote,
  GtmOls: optText,
  GtmOlsDate: optDay,
  GtmCs: optText,
  GtmCsDate: optDay,
  GtmAudit: jsonNote,
});
export type QualifiedAccountRow = z.infer<typeof QualifiedAccountRowSchema>;

export function toQualifiedAccount(row: ListRow): MapResult<QualifiedAccount> {
  return mapRow(
    row,
    QualifiedAccountRowSchema,
    (r, id) => ({
      id,
      name: r.Title,
      domain: r.GtmDomain,
      icpFit: r.GtmIcpFit,
      intentTopics: r.GtmIntentTopics ?? [],
      engagementScore: r.GtmEngagementScore,
      marketingOwner: personOf(r.GtmMarketingOwner),
      salesOwner: personOf(r.GtmSalesOwner),
      stage: slugOf(MQA_STAGE_LABELS, r.GtmStage),
      identifiedAt: r.GtmIdentifiedOn,
      stageHistory: r.GtmStageHistory ?? [],
      ols: r.GtmOls,
      olsDate: r.GtmOlsDate,
      cs: r.GtmCs,
      csDate: r.GtmCsDate,
      conversionHistory: r.GtmConversionHistory ?? [],
      attributionAudit: r.GtmAudit ?? [],
    }),
    QualifiedAccountSchema,
  );
}

/** `GtmStageChangedOn` is derived (the last move, else the identification date) for views and sorting. */
export function toQualifiedAccountRow(account: QualifiedAccount): RowValues {
  const lastMove = account.stageHistory[account.stageHistory.length - 1];
  return {
    Title: account.name,
    GtmDomain: account.domain,
    GtmIcpFit: account.icpFit,
    GtmIntentTopics: toJson(account.intentTopics),
    GtmEngagementScore: account.engagementScore,
    GtmMarketingOwner: personValue(account.marketingOwner),
    GtmSalesOwner: personValue(account.salesOwner),
    GtmStage: labelOf(MQA_STAGE_LABELS, account.stage),
    GtmIdentifiedOn: toRowDay(account.identifiedAt),
    GtmStageChangedOn: toRowDay(lastMove?.at ?? account.identifiedAt),
    GtmStageHistory: toJson(account.stageHistory),
    GtmConversionHistory: toJson(account.conversionHistory),
    GtmOls: account.ols,
    GtmOlsDate: toRowDay(account.olsDate),
    GtmCs: account.cs,
    GtmCsDate: toRowDay(account.csDate),
    GtmAudit: toJson(account.attributionAudit),
  };
}
