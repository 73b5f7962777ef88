import { z } from 'zod';
import type { TouchpointInput } from '../attribution/types';
import { IsoDateTimeSchema } from '../common/iso-date';
import { IdSchema, NonBlankSchema } from '../common/text';

/**
 * One marketing or sales touch of a journey (a contact's or an account's path to a conversion).
 * Times are UTC instants: the order of touches within a day matters to attribution.
 */
export const TouchpointSchema = z.object({
  id: IdSchema,
  journeyId: IdSchema,
  channel: NonBlankSchema,
  touchedAt: IsoDateTimeSchema,
  convertedAt: IsoDateTimeSchema.nullable(),
  value: z.number().min(0).optional(),
  leadId: IdSchema.optional(),
  accountId: IdSchema.optional(),
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
