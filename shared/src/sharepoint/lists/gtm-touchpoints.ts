import type { ListSchema } from './list-schema';

/**
 * GTM Touchpoints: the marketing and sales touches of each journey, for multi-touch attribution.
 * The biggest list (thousands to millions of rows), so every column a read filters or sorts on is
 * indexed. `GtmTouchKey` (`journeyId|channel|touchedAt`, the instant as `2025-03-03T09:30:00Z`) is
 * the natural key imports match on; times keep the time of day, to the second.
 */
export const GTM_TOUCHPOINTS_LIST: ListSchema = {
  title: 'GTM Touchpoints',
  description: 'Touches of each journey (channel, time, conversion, value) for multi-touch attribution.',
  urlName: 'GtmTouchpoints',
  titleDisplayName: 'Touch',
  fields: [
    { name: 'GtmJourneyId', displayName: 'Journey id', type: 'text', required: true, indexed: true, maxLength: 128 },
    // Journey id and channel are capped so `GtmTouchKey` (journey|channel|instant) fits its 255.
    { name: 'GtmChannel', displayName: 'Channel', type: 'text', required: true, indexed: true, maxLength: 100 },
    { name: 'GtmTouchedAt', displayName: 'Touched at', type: 'date', includesTime: true, required: true, indexed: true },
    {
      name: 'GtmConvertedAt',
      displayName: 'Converted at',
      type: 'date',
      includesTime: true,
      description: 'When the journey converted (the same on each of its touches); empty while it has not.',
    },
    { name: 'GtmValue', displayName: 'Value', type: 'number' },
    {
      name: 'GtmTouchKey',
      displayName: 'Touch key',
      type: 'text',
      required: true,
      indexed: true,
      description: 'journeyId|channel|touchedAt (UTC, to the second): the natural key imports match on.',
    },
    { name: 'GtmLeadId', displayName: 'Lead id', type: 'text' },
    { name: 'GtmAccountId', displayName: 'Account id', type: 'text', indexed: true },
  ],
  views: [
    {
      name: 'By journey',
      isDefault: true,
      fields: ['Title', 'GtmJourneyId', 'GtmChannel', 'GtmTouchedAt', 'GtmConvertedAt', 'GtmValue'],
      query: '<OrderBy><FieldRef Name="GtmTouchedAt" Ascending="FALSE" /></OrderBy>',
    },
  ],
};
