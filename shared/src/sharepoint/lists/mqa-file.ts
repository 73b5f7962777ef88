import type { ListSchema } from './list-schema';
import { personField } from './list-schema';

/** The MQA stages, in order (DOMAIN.md §5); Disqualified and Stalled are exits. */
export const MQA_STAGE_CHOICES = [
  'Identified',
  'Internal review',
  'Presales validation',
  'Shared with Sales',
  'Sales accepted',
  'Opportunity',
  'Won',
  'Lost',
  'Disqualified',
  'Stalled',
] as const;

/**
 * MQA File: the account-based model (DOMAIN.md §5). A big list (hundreds to thousands of
 * accounts) filtered by stage, owner and stage date, so those are indexed; the domain is indexed
 * because imports match accounts on it. Stage history, conversion history (re-entries) and the
 * attribution audit are JSON in note fields; OLS/CS are plain columns because they are facts
 * reported on.
 */
export const MQA_FILE_LIST: ListSchema = {
  title: 'MQA File',
  description: 'Marketing-qualified accounts: ICP fit, intent, engagement, owners, stage and attribution facts.',
  urlName: 'GtmMqaFile',
  titleDisplayName: 'Account',
  fields: [
    { name: 'GtmDomain', displayName: 'Domain', type: 'text', required: true, indexed: true, maxLength: 253 },
    { name: 'GtmIcpFit', displayName: 'ICP fit', type: 'number', required: true, description: '1 poor … 5 excellent' },
    {
      name: 'GtmIntentTopics',
      displayName: 'Intent topics',
      type: 'note',
      json: true,
      description: 'JSON: ["data governance", …]',
    },
    { name: 'GtmEngagementScore', displayName: 'Engagement score', type: 'number', required: true },
    personField('GtmMarketingOwner', 'Marketing owner', { required: true, indexed: true }),
    personField('GtmSalesOwner', 'Sales owner', { indexed: true }),
    {
      name: 'GtmStage',
      displayName: 'Stage',
      type: 'choice',
      required: true,
      indexed: true,
      choices: MQA_STAGE_CHOICES,
      defaultValue: 'Identified',
    },
    { name: 'GtmIdentifiedOn', displayName: 'Identified on', type: 'date', required: true, indexed: true },
    {
      name: 'GtmStageChangedOn',
      displayName: 'Stage changed on',
      type: 'date',
      indexed: true,
      description: 'The date of the last stage move (derived from the stage history, kept for sorting and views).',
    },
    {
      name: 'GtmStageHistory',
      displayName: 'Stage history',
      type: 'note',
      json: true,
      description: 'JSON: [{ "from", "to", "at": "YYYY-MM-DD", "by": { "email" }, "evidence" }], oldest first.',
    },
    {
      name: 'GtmConversionHistory',
      displayName: 'Conversion history',
      type: 'note',
      json: true,
      description: 'JSON: [{ "kind": "conversion" | "re-entry", "at", "stage" }], oldest first.',
    },
    { name: 'GtmOls', displayName: 'Original lead source', type: 'text', indexed: true },
    { name: 'GtmOlsDate', displayName: 'OLS created on', type: 'date' },
    { name: 'GtmCs', displayName: 'Converting source', type: 'text', indexed: true },
    { name: 'GtmCsDate', displayName: 'CS first converted on', type: 'date' },
    {
      name: 'GtmAudit',
      displayName: 'Audit',
      type: 'note',
      json: true,
      description: 'JSON: [{ "field", "oldValue", "newValue", "reason", "by", "at" }]: every OLS/CS correction.',
    },
  ],
  views: [
    {
      name: 'By stage',
      isDefault: true,
      fields: ['Title', 'GtmDomain', 'GtmStage', 'GtmStageChangedOn', 'GtmMarketingOwner', 'GtmEngagementScore'],
      query: '<OrderBy><FieldRef Name="GtmStageChangedOn" Ascending="FALSE" /></OrderBy>',
    },
  ],
};
