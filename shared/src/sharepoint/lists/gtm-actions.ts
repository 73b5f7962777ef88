import type { ListSchema } from './list-schema';
import { meCaml, personField } from './list-schema';

/**
 * GTM Actions: the accountability system (DOMAIN.md §1). Owner and due date are required
 * ("someone should…" is not an action); owner, due date, status and review are indexed because the
 * agenda and "my actions" filter on them.
 */
export const GTM_ACTIONS_LIST: ListSchema = {
  title: 'GTM Actions',
  description: 'Follow-up actions from GTM Reviews: owner, due date, status and what they are about.',
  urlName: 'GtmActions',
  titleDisplayName: 'Action',
  fields: [
    personField('GtmOwner', 'Owner', { required: true, indexed: true }),
    { name: 'GtmDueDate', displayName: 'Due date', type: 'date', required: true, indexed: true },
    {
      name: 'GtmStatus',
      displayName: 'Status',
      type: 'choice',
      required: true,
      indexed: true,
      choices: ['Open', 'Done', 'Dropped'],
      defaultValue: 'Open',
    },
    // Not required: a risk's mitigation is an action created in the Risk Register, not in a review.
    { name: 'GtmReview', displayName: 'Created in review', type: 'lookup', lookupList: 'GTM Reviews', indexed: true },
    // Indexed: the Risk Register reads the mitigations (GtmLinkKind = Risk) and picks each risk's by GtmLinkId itself.
    { name: 'GtmLinkKind', displayName: 'Linked to', type: 'choice', choices: ['KPI', 'Risk', 'Account'], indexed: true },
    { name: 'GtmLinkId', displayName: 'Linked item id', type: 'text' },
  ],
  views: [
    {
      name: 'Open by due date',
      isDefault: true,
      fields: ['Title', 'GtmOwner', 'GtmDueDate', 'GtmStatus'],
      query:
        '<Where><Eq><FieldRef Name="GtmStatus" /><Value Type="Choice">Open</Value></Eq></Where>' +
        '<OrderBy><FieldRef Name="GtmDueDate" /></OrderBy>',
    },
    {
      name: 'All actions',
      fields: ['Title', 'GtmOwner', 'GtmDueDate', 'GtmStatus', 'GtmReview', 'GtmLinkKind'],
      query: '<OrderBy><FieldRef Name="GtmDueDate" Ascending="FALSE" /></OrderBy>',
    },
    {
      // [Me] in CAML: the signed-in user's id (<UserID />) compared with the Person column's id.
      // https://learn.microsoft.com/sharepoint/dev/schema/userid-element-query
      name: 'My actions',
      fields: ['Title', 'GtmDueDate', 'GtmStatus', 'GtmLinkKind'],
      query: `<Where><And>${meCaml('GtmOwner')}<Eq><FieldRef Name="GtmStatus" /><Value Type="Choice">Open</Value></Eq></And></Where><OrderBy><FieldRef Name="GtmDueDate" /></OrderBy>`,
    },
  ],
};
