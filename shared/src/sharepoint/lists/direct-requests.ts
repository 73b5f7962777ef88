import type { ListSchema } from './list-schema';
import { personField } from './list-schema';

/**
 * Direct Requests: demo submissions and contact messages, triaged by the Global Marketing Director
 * on ICP alignment, relevance and strategic fit (1–5 each), then presales outreach, ending as MQL,
 * MQA or nurturing (DOMAIN.md §5). Received date, status and contact e-mail are indexed.
 * `GtmStatus` is derived from the data when written (closed › outreach › triaged › new) so views
 * can filter on it; reads take the facts, not the status.
 */
export const DIRECT_REQUESTS_LIST: ListSchema = {
  title: 'Direct Requests',
  description: 'Demo requests and contact messages: triage scores, presales outreach and outcome.',
  urlName: 'GtmDirectRequests',
  titleDisplayName: 'Subject',
  fields: [
    { name: 'GtmKind', displayName: 'Kind', type: 'choice', required: true, choices: ['Demo request', 'Contact message'] },
    { name: 'GtmReceivedOn', displayName: 'Received on', type: 'date', required: true, indexed: true },
    { name: 'GtmContactName', displayName: 'Contact', type: 'text' },
    { name: 'GtmContactEmail', displayName: 'Contact e-mail', type: 'text', required: true, indexed: true, maxLength: 254 },
    { name: 'GtmCompany', displayName: 'Company', type: 'text' },
    { name: 'GtmMessage', displayName: 'Message', type: 'note', maxLength: 4000 },
    { name: 'GtmIcpAlignment', displayName: 'ICP alignment', type: 'number', description: '1–5' },
    { name: 'GtmRelevance', displayName: 'Relevance', type: 'number', description: '1–5' },
    { name: 'GtmStrategicFit', displayName: 'Strategic fit', type: 'number', description: '1–5' },
    personField('GtmTriagedBy', 'Triaged by'),
    { name: 'GtmTriagedOn', displayName: 'Triaged on', type: 'date' },
    {
      name: 'GtmOutreach',
      displayName: 'Presales outreach',
      type: 'note',
      json: true,
      description: 'JSON: { "at": "YYYY-MM-DD", "by": { "email" }, "template", "notes" }',
    },
    { name: 'GtmOutcome', displayName: 'Outcome', type: 'choice', choices: ['MQL', 'MQA', 'Nurture'] },
    {
      name: 'GtmOutcomeRef',
      displayName: 'Outcome reference',
      type: 'text',
      description: 'The lead id (MQL) or MQA File item id (MQA) the request became.',
    },
    { name: 'GtmClosedOn', displayName: 'Closed on', type: 'date' },
    {
      name: 'GtmStatus',
      displayName: 'Status',
      type: 'choice',
      required: true,
      indexed: true,
      choices: ['New', 'Triaged', 'Presales outreach', 'Closed'],
      defaultValue: 'New',
    },
  ],
  views: [
    {
      name: 'To triage',
      isDefault: true,
      fields: ['Title', 'GtmKind', 'GtmCompany', 'GtmReceivedOn', 'GtmStatus'],
      query:
        '<Where><Eq><FieldRef Name="GtmStatus" /><Value Type="Choice">New</Value></Eq></Where>' +
        '<OrderBy><FieldRef Name="GtmReceivedOn" /></OrderBy>',
    },
  ],
};
