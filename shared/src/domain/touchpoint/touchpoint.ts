import { z } from 'zod';
import type { TouchpointInput } from '../attribution/types';
import { IsoDateTimeSchema } from '../common/iso-date';
import { IdSchema } from '../common/text';
import { limitedNonBlank, limitedText, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';

/**
 * How long a touchpoint's texts may be. Its natural key `journeyId|channel|touchedAt` goes in the
 * single-line `GtmTouchKey` too, so journey id and channel are capped to leave room for it:
 * 128 + 1 + 100 + 1 + 20 (`2025-03-03T09:30:00Z`) = 250 ≤ 255.
 */
export const TOUCHPOINT_TEXT_LIMITS = { journeyId: 128, channel: 100, leadId: SINGLE_LINE_TEXT_MAX, accountId: SINGLE_LINE_TEXT_MAX } as const;

/**
 * One marketing or sales touch of a journey (a contact's or an account's path to a conversion).
 * Times are UTC instants: the order of touches within a day matters to attribution.
 */
export const TouchpointSchema = z.object({
  id: IdSchema,
  journeyId: IdSchema.pipe(limitedText('Journey id', TOUCHPOINT_TEXT_LIMITS.journeyId)),
  channel: limitedNonBlank('Channel', TOUCHPOINT_TEXT_LIMITS.channel),
  touchedAt: IsoDateTimeSchema,
  convertedAt: IsoDateTimeSchema.nullable(),
  value: z.number().min(0).optional(),
  leadId: IdSchema.pipe(limitedText('Lead id', TOUCHPOINT_TEXT_LIMITS.leadId)).optional(),
  accountId: IdSchema.pipe(limitedText('Account id', TOUCHPOINT_TEXT_LIMITS.accountId)).optional(),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;

/**
 * The touchpoint as attribution takes it (epoch ms).
 * @example toTouchpointInput({ id: 't1', journeyId: 'j1', channel: 'Webinar', touchedAt: '2025-01-01T00:00:00Z', convertedAt: null })
 * // { journeyId: 'j1', channel: 'Webinar', touchedAt: 1735689600000, convertedAt: null, value: undefined }
 */
export function toTouchpointInput(touchpoint: Touchpoint): TouchpointInput {
  return {
    journeyId: touchpoint.journeyId,
    channel: touchpoint.channel,
    touchedAt: Date.parse(touchpoint.touchedAt),
    convertedAt: touchpoint.convertedAt === null ? null : Date.parse(touchpoint.convertedAt),
    value: touchpoint.value,
  };
}
