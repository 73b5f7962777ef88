import type { Touchpoint } from '@gtm/shared';
import { columnMaxLength, createTouchpointRepository, GTM_TOUCHPOINTS_LIST, issuesOf, toTouchpoint, touchKeyOf, toTouchpointRow, TouchpointSchema } from '@gtm/shared';
import type { ColumnSpec } from './columns';
import type { ImportKind } from './import-kind';
import type { Outcome } from './plan';
import type { RowReader } from './row-reader';

type Key = 'journeyId' | 'channel' | 'touchedAt' | 'convertedAt' | 'value';

export const TOUCHPOINT_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'journeyId', names: ['Journey ID', 'journey_id'], required: true, maxLength: columnMaxLength(GTM_TOUCHPOINTS_LIST, 'GtmJourneyId') },
  { key: 'channel', names: ['Channel', 'channel'], required: true, maxLength: columnMaxLength(GTM_TOUCHPOINTS_LIST, 'GtmChannel') },
  { key: 'touchedAt', names: ['Touched At', 'touched_at'], required: true },
  { key: 'convertedAt', names: ['Converted At', 'converted_at'] },
  { key: 'value', names: ['Value', 'value'] },
];

/** A touchpoints row; `undefined` means the file has no such column (the site's value is kept). */
export interface TouchpointInput {
  journeyId: string;
  channel: string;
  touchedAt: string;
  convertedAt: string | null | undefined;
  value: number | null | undefined;
}

export function readTouchpointRow(r: RowReader<Key>): { key: string; input: TouchpointInput } | null {
  const journeyId = r.text('journeyId', 'touchpoint');
  const channel = r.text('channel', 'touchpoint');
  const touchedAt = r.instant('touchedAt', true);
  const convertedAt = r.has('convertedAt') ? r.instant('convertedAt') : undefined;
  const value = r.has('value') ? r.number('value', { min: 0 }) : undefined;
  if (r.problems.length > 0 || journeyId === null || channel === null || touchedAt === null) return null;
  return { key: touchKeyOf({ journeyId, channel, touchedAt }), input: { journeyId, channel, touchedAt, convertedAt, value } };
}

function touchpoint(base: Pick<Touchpoint, 'id' | 'leadId' | 'accountId'>, input: TouchpointInput, current?: Touchpoint): Outcome<Touchpoint> {
  const value = input.value === undefined ? current?.value : (input.value ?? undefined);
  const candidate: Touchpoint = {
    id: base.id,
    journeyId: input.journeyId,
    channel: input.channel,
    touchedAt: input.touchedAt,
    convertedAt: input.convertedAt === undefined ? (current?.convertedAt ?? null) : input.convertedAt,
    ...(value !== undefined ? { value } : {}),
    ...(base.leadId !== undefined ? { leadId: base.leadId } : {}),
    ...(base.accountId !== undefined ? { accountId: base.accountId } : {}),
  };
  const parsed = TouchpointSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, entity: parsed.data }
    : { ok: false, field: '(row)', value: input.journeyId, message: `the touchpoint is not valid: ${issuesOf(parsed.error).join('; ')}` };
}

/** `gtm import touchpoints`: GTM Touchpoints items keyed by journey, channel and time (`GtmTouchKey`). */
export const TOUCHPOINTS_KIND: ImportKind<Key, TouchpointInput, Touchpoint> = {
  noun: 'touchpoints',
  list: GTM_TOUCHPOINTS_LIST,
  columns: TOUCHPOINT_COLUMNS,
  readRow: readTouchpointRow,
  keyOfItem: (row) => (typeof row.values.GtmTouchKey === 'string' ? row.values.GtmTouchKey : null),
  toEntity: toTouchpoint,
  repository: createTouchpointRepository,
  plan: {
    keyName: 'journey, channel and time',
    toRow: toTouchpointRow,
    create: (input) => touchpoint({ id: 'new' }, input),
    merge: (existing, input) => touchpoint(existing, input, existing),
  },
};
