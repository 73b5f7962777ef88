import type { ListSchema } from './list-schema';
import { personField } from './list-schema';

/** GTM Priorities: ranked initiatives with owner and status (DOMAIN.md §1). */
export const GTM_PRIORITIES_LIST: ListSchema = {
  title: 'GTM Priorities',
  description: 'Ranked GTM initiatives with owner and status.',
  urlName: 'GtmPriorities',
  titleDisplayName: 'Priority',
  fields: [
    { name: 'GtmRank', displayName: 'Rank', type: 'number', required: true, indexed: true },
    personField('GtmOwner', 'Owner', { required: true, indexed: true }),
    {
      name: 'GtmStatus',
      displayName: 'Status',
      type: 'choice',
      required: true,
      indexed: true,
      choices: ['Planned', 'In progress', 'On hold', 'Done', 'Dropped'],
      defaultValue: 'Planned',
    },
    { name: 'GtmDescription', displayName: 'Description', type: 'note', maxLength: 4000 },
  ],
  views: [
    {
      name: 'By rank',
      isDefault: true,
      fields: ['GtmRank', 'Title', 'GtmOwner', 'GtmStatus'],
      query: '<OrderBy><FieldRef Name="GtmRank" /></OrderBy>',
    },
  ],
};
