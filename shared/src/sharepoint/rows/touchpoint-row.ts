import { z } from 'zod';
import type { Touchpoint } from '../../domain/touchpoint/touchpoint';
import { TouchpointSchema } from '../../domain/touchpoint/touchpoint';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { mapRow, optNum, optText, text } from './row-mapping';

/**
 * An instant as SharePoint stores a date-and-time column: UTC, to the second (`2025-03-03T09:30:00Z`).
 * Milliseconds are dropped because SharePoint drops them; a value that is not a time is a programming
 * error (the domain schema has checked it).
 * @example toSpInstant('2025-03-03T10:30:00.250+01:00') // '2025-03-03T09:30:00Z'
 */
export function toSpInstant(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`Not an instant: ${JSON.stringify(value)}`);
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** A date-and-time column read back as the domain's instant, in the form `toSpInstant` writes. */
const instant = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO date and time')
  .transform(toSpInstant);

/**
 * A touchpoint's natural key: `journeyId|channel|touchedAt`, the instant to the second in UTC.
 * @example touchKeyOf({ journeyId: 'j-42', channel: 'Webinar', touchedAt: '2025-03-03T09:30:00.000Z' }) // 'j-42|Webinar|2025-03-03T09:30:00Z'
 */
export function touchKeyOf(touchpoint: Pick<Touchpoint, 'journeyId' | 'channel' | 'touchedAt'>): string {
  return `${touchpoint.journeyId}|${touchpoint.channel}|${toSpInstant(touchpoint.touchedAt)}`;
}

/** A GTM Touchpoints item as SharePoint stores it. */
export const TouchpointRowSchema = z.object({
  Title: optText,
  GtmJourneyId: text,
  GtmChannel: text,
  GtmTouchedAt: instant,
  GtmConvertedAt: instant.nullable(),
  GtmValue: optNum,
  GtmTouchKey: optText,
  GtmLeadId: optText,
  GtmAccountId: optText,
});
export type TouchpointRow = z.infer<typeof TouchpointRowSchema>;

/** A touchpoint's `id` is its list item id (touches have no CRM id; the key is `GtmTouchKey`). */
export function toTouchpoint(row: ListRow): MapResult<Touchpoint> {
  return mapRow(
    row,
    TouchpointRowSchema,
    (r, id) => ({
      id,
      journeyId: r.GtmJourneyId,
      channel: r.GtmChannel,
      touchedAt: r.GtmTouchedAt,
      convertedAt: r.GtmConvertedAt,
      ...(r.GtmValue !== null ? { value: r.GtmValue } : {}),
      ...(r.GtmLeadId !== null && r.GtmLeadId !== '' ? { leadId: r.GtmLeadId } : {}),
      ...(r.GtmAccountId !== null && r.GtmAccountId !== '' ? { accountId: r.GtmAccountId } : {}),
    }),
    TouchpointSchema,
  );
}

/** `GtmTouchKey` is derived from the touch, so it always matches what it keys. */
export function toTouchpointRow(touchpoint: Touchpoint): RowValues {
  return {
    Title: `${touchpoint.journeyId} · ${touchpoint.channel}`,
    GtmJourneyId: touchpoint.journeyId,
    GtmChannel: touchpoint.channel,
    GtmTouchedAt: toSpInstant(touchpoint.touchedAt),
    GtmConvertedAt: touchpoint.convertedAt === null ? null : toSpInstant(touchpoint.convertedAt),
    GtmValue: touchpoint.value ?? null,
    GtmTouchKey: touchKeyOf(touchpoint),
    GtmLeadId: touchpoint.leadId ?? null,
    GtmAccountId: touchpoint.accountId ?? null,
  };
}
