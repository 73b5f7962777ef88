import { z } from 'zod';
import { IsoDateSchema } from '../../domain/common/iso-date';
import { PersonSchema } from '../../domain/common/person';
import { IdSchema, NonBlankSchema } from '../../domain/common/text';
import { MQA_STAGE_LABELS, MqaStageSchema } from '../../domain/mqa/stages';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, labelOf, lookupId, mapRow, optText, personFrom, personValues, slugOf, text, toLookupId, toSpDate } from './row-mapping';

/** The stages an account can be at on the Sales working list (its status column's choices). */
export const SALES_WORKING_STATUSES = ['shared-with-sales', 'sales-accepted', 'opportunity', 'won', 'lost', 'stalled'] as const;

/**
 * One row of the MQA Sales Working List: an account shared with Sales (DOMAIN.md §5), pointing at
 * its MQA File item (`accountId` is that item's id), with the day it was shared, the sales owner,
 * where Sales has it and their notes. The list's own shape: the MQA rules live on the account.
 */
export const SalesWorkingEntrySchema = z.object({
  id: IdSchema,
  accountId: IdSchema,
  accountName: NonBlankSchema,
  sharedOn: IsoDateSchema,
  salesOwner: PersonSchema.nullable(),
  status: MqaStageSchema.extract(SALES_WORKING_STATUSES),
  notes: z.string().nullable(),
});
export type SalesWorkingEntry = z.infer<typeof SalesWorkingEntrySchema>;

/** An MQA Sales Working List item as SharePoint stores it (the account is a lookup: its item id). */
export const SalesWorkingRowSchema = z.object({
  Title: text,
  GtmAccount: lookupId,
  GtmSharedOn: day,
  GtmSalesOwnerEmail: optText,
  GtmSalesOwnerName: optText,
  GtmSalesStatus: text,
  GtmNotes: optText,
});
export type SalesWorkingRow = z.infer<typeof SalesWorkingRowSchema>;

export function toSalesWorkingEntry(row: ListRow): MapResult<SalesWorkingEntry> {
  return mapRow(
    row,
    SalesWorkingRowSchema,
    (r, id) => ({
      id,
      accountId: String(r.GtmAccount),
      accountName: r.Title,
      sharedOn: r.GtmSharedOn,
      salesOwner: personFrom(r.GtmSalesOwnerEmail, r.GtmSalesOwnerName),
      status: slugOf(MQA_STAGE_LABELS, r.GtmSalesStatus),
      notes: r.GtmNotes,
    }),
    SalesWorkingEntrySchema,
  );
}

export function toSalesWorkingRow(entry: SalesWorkingEntry): RowValues {
  return {
    Title: entry.accountName,
    GtmAccount: toLookupId(entry.accountId, 'A Sales working entry’s accountId'),
    GtmSharedOn: toSpDate(entry.sharedOn),
    ...personValues('GtmSalesOwner', entry.salesOwner),
    GtmSalesStatus: labelOf(MQA_STAGE_LABELS, entry.status),
    GtmNotes: entry.notes,
  };
}
