import type { ListSchema } from './list-schema';

/** Deal stages as users see them; the domain's `open` / `won` / `lost`. */
export const DEAL_STAGE_CHOICES = ['Open', 'Won', 'Lost'] as const;

/**
 * GTM Deals: CRM deals imported for OLS/CS reporting (DOMAIN.md §6: each deal's amount goes 50% to
 * its OLS and 50% to its CS). The CRM's deal id is the natural key imports match on, so it is
 * indexed; stage, close date, sources and the account's domain are indexed because reports filter
 * and group on them. The account is its domain (the MQA File's natural key), not a lookup: a deal
 * may arrive before its account does.
 */
export const GTM_DEALS_LIST: ListSchema = {
  title: 'GTM Deals',
  description: 'CRM deals: amount, stage, close date and the OLS/CS attribution facts, keyed by the CRM deal id.',
  urlName: 'GtmDeals',
  titleDisplayName: 'Deal',
  fields: [
    { name: 'GtmDealId', displayName: 'Deal id', type: 'text', required: true, indexed: true, description: 'The CRM record id.' },
    { name: 'GtmAmount', displayName: 'Amount', type: 'currency', required: true },
    { name: 'GtmOls', displayName: 'Original lead source', type: 'text', indexed: true },
    { name: 'GtmOlsDate', displayName: 'OLS created on', type: 'date' },
    { name: 'GtmCs', displayName: 'Converting source', type: 'text', indexed: true },
    { name: 'GtmCsDate', displayName: 'CS first converted on', type: 'date' },
    {
      name: 'GtmStage',
      displayName: 'Stage',
      type: 'choice',
      required: true,
      indexed: true,
      choices: DEAL_STAGE_CHOICES,
      defaultValue: 'Open',
    },
    { name: 'GtmCloseDate', displayName: 'Close date', type: 'date', indexed: true },
    {
      name: 'GtmAccountDomain',
      displayName: 'Account domain',
      type: 'text',
      indexed: true,
      maxLength: 253,
      description: 'The associated company’s domain, lower-cased (the MQA File’s key).',
    },
  ],
  views: [
    {
      name: 'By close date',
      isDefault: true,
      fields: ['Title', 'GtmDealId', 'GtmAmount', 'GtmStage', 'GtmCloseDate', 'GtmOls', 'GtmCs'],
      query: '<OrderBy><FieldRef Name="GtmCloseDate" Ascending="FALSE" /></OrderBy>',
    },
  ],
};
