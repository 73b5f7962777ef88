import type { ListSchema } from './list-schema';
import { personField } from './list-schema';

/**
 * MQA Sales Working List: the accounts shared with Sales (DOMAIN.md §5), one row per account,
 * pointing back at the MQA File item. Sales owner, status and the shared date are indexed.
 */
export const MQA_SALES_WORKING_LIST: ListSchema = {
  title: 'MQA Sales Working List',
  description: 'Accounts shared with Sales: sales owner, status and notes, linked to the MQA File.',
  urlName: 'GtmMqaSalesWorkingList',
  titleDisplayName: 'Account',
  fields: [
    { name: 'GtmAccount', displayName: 'MQA account', type: 'lookup', lookupList: 'MQA File', required: true, indexed: true },
    { name: 'GtmSharedOn', displayName: 'Shared on', type: 'date', required: true, indexed: true },
    personField('GtmSalesOwner', 'Sales owner', { indexed: true }),
    {
      name: 'GtmSalesStatus',
      displayName: 'Sales status',
      type: 'choice',
      required: true,
      indexed: true,
      choices: ['Shared with Sales', 'Sales accepted', 'Opportunity', 'Won', 'Lost', 'Stalled'],
      defaultValue: 'Shared with Sales',
    },
    { name: 'GtmNotes', displayName: 'Notes', type: 'note', maxLength: 4000 },
  ],
  views: [
    {
      name: 'Working list',
      isDefault: true,
      fields: ['Title', 'GtmSalesOwner', 'GtmSalesStatus', 'GtmSharedOn'],
      query: '<OrderBy><FieldRef Name="GtmSharedOn" Ascending="FALSE" /></OrderBy>',
    },
  ],
};
