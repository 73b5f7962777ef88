import { z } from 'zod';
import { IsoDateSchema } from '../../domain/common/iso-date';
import { PersonSchema } from '../../domain/common/person';
import { IdSchema } from '../../domain/common/text';
import { limitedNonBlank, limitedText, MULTIPLE_LINES_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from '../../domain/common/text-limit';
import { columnMaxLength } from '../lists/list-schema';
import { MQA_SALES_WORKING_LIST } from '../lists/mqa-sales-working-list';
import { MQA_STAGE_LABELS, MqaStageSchema } from '../../domain/mqa/stages';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, labelOf, lookupId, mapRow, optPerson, optText, personOf, personValue, slugOf, text, toLookupId, toRowDay } from './row-mapping';

/** The stages an account can be at on the Sales working list (its status column's choices). */
export const SALES_WORKING_STATUSES = ['shared-with-sales', 'sales-accepted', 'opportunity', 'won', 'lost', 'stalled'] as const;

/** The entry's text limits, read from the list's columns (this schema lives beside the list, not in the domain). */
const SALES_WORKING_TEXT_LIMITS = {
  accountName: columnMaxLength(MQA_SALES_WORKING_LIST, 'Title') ?? SINGLE_LINE_TEXT_MAX,
  notes: columnMaxLength(MQA_SALES_WORKING_LIST, 'GtmNotes') ?? MULTIPLE_LINES_TEXT_MAX,
};

/**
 * One row of the MQA Sales Working List: an account shared with Sales (DOMAIN.md §5), pointing at
 * its MQA File item (`accountId` is that item's id), with the day it was shared, the sales owner,
 * where Sales has it and their notes. The list's own shape: the MQA rules live on the account.
 */
export const SalesWorkingEntrySchema = z.object({
  id: IdSchema,
  accountId: IdSchema,
  accountName: limitedNonBlank('Account', SALES_WORKING_TEXT_LIMITS.accountName),
  sharedOn: IsoDateSchema,
  salesOwner: PersonSchema.nullable(),
  status: MqaStageSchema.extract(SALES_WORKING_STATUSES),
  notes: limitedText('Notes', SALES_WORKING_TEXT_LIMITS.notes).nullable(),
});
export type SalesWorkingEntry = z.infer<typeof SalesWorkingEntrySchema>;

/** An MQA Sales Working List item as SharePoint stores it (the account is a lookup: its item id). */
export const SalesWorkingRowSchema = z.object({
  Title: text,
  GtmAccount: lookupId,
  GtmSharedOn: day,
  GtmSalesOwner: optPerson,
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
      salesOwner: personOf(r.GtmSalesOwner),
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
    GtmSharedOn: toRowDay(entry.sharedOn),
    GtmSalesOwner: personValue(entry.salesOwner),
    GtmSalesStatus: labelOf(MQA_STAGE_LABELS, entry.status),
    GtmNotes: entry.notes,
  };
}
