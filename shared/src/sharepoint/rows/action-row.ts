import { z } from 'zod';
import type { Action, ActionLink, ActionStatus } from '../../domain/action/action';
import { ActionSchema } from '../../domain/action/action';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, labelOf, lookupId, mapRow, optText, person, personOf, personValue, slugOf, text, toLookupId, toRowDay } from './row-mapping';

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = { open: 'Open', done: 'Done', dropped: 'Dropped' };
export const ACTION_LINK_LABELS: Readonly<Record<ActionLink['kind'], string>> = { kpi: 'KPI', risk: 'Risk', account: 'Account' };

/** A GTM Actions item as SharePoint stores it (the review is a lookup: its item id; none for a risk's mitigation). */
export const ActionRowSchema = z.object({
  Title: text,
  GtmOwner: person,
  GtmDueDate: day,
  GtmStatus: text,
  GtmReview: lookupId.nullable(),
  GtmLinkKind: optText,
  GtmLinkId: optText,
});
export type ActionRow = z.infer<typeof ActionRowSchema>;

export function toAction(row: ListRow): MapResult<Action> {
  return mapRow(
    row,
    ActionRowSchema,
    (r, id) => ({
      id,
      title: r.Title,
      owner: personOf(r.GtmOwner),
      dueDate: r.GtmDueDate,
      status: slugOf(ACTION_STATUS_LABELS, r.GtmStatus),
      ...(r.GtmReview !== null ? { reviewId: String(r.GtmReview) } : {}),
      ...(r.GtmLinkKind !== null || r.GtmLinkId !== null
        ? { link: { kind: slugOf(ACTION_LINK_LABELS, r.GtmLinkKind ?? ''), id: r.GtmLinkId } }
        : {}),
    }),
    ActionSchema,
  );
}

export function toActionRow(action: Action): RowValues {
  return {
    Title: action.title,
    GtmOwner: personValue(action.owner),
    GtmDueDate: toRowDay(action.dueDate),
    GtmStatus: labelOf(ACTION_STATUS_LABELS, action.status),
    GtmReview: action.reviewId !== undefined ? toLookupId(action.reviewId, 'An action’s reviewId') : null,
    GtmLinkKind: action.link ? labelOf(ACTION_LINK_LABELS, action.link.kind) : null,
    GtmLinkId: action.link?.id ?? null,
  };
}
