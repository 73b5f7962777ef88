import { z } from 'zod';
import type { Priority, PriorityStatus } from '../../domain/priority/priority';
import { PrioritySchema } from '../../domain/priority/priority';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { labelOf, mapRow, num, person, personOf, personValue, slugOf, text } from './row-mapping';

export const PRIORITY_STATUS_LABELS: Readonly<Record<PriorityStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  done: 'Done',
  dropped: 'Dropped',
};

/** A GTM Priorities item as SharePoint stores it. */
export const PriorityRowSchema = z.object({
  Title: text,
  GtmRank: num,
  GtmOwner: person,
  GtmStatus: text,
});
export type PriorityRow = z.infer<typeof PriorityRowSchema>;

export function toPriority(row: ListRow): MapResult<Priority> {
  return mapRow(
    row,
    PriorityRowSchema,
    (r, id) => ({
      id,
      title: r.Title,
      rank: r.GtmRank,
      owner: personOf(r.GtmOwner),
      status: slugOf(PRIORITY_STATUS_LABELS, r.GtmStatus),
    }),
    PrioritySchema,
  );
}

/** The columns a Priority owns (GtmDescription is the users' own text and is left alone). */
export function toPriorityRow(priority: Priority): RowValues {
  return {
    Title: priority.title,
    GtmRank: priority.rank,
    GtmOwner: personValue(priority.owner),
    GtmStatus: labelOf(PRIORITY_STATUS_LABELS, priority.status),
  };
}
