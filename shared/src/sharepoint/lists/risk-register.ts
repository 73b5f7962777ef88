import type { ListSchema } from './list-schema';
import { meCaml, personField } from './list-schema';

const LIKELIHOOD = { type: 'number', required: true, description: '1 Rare … 5 Almost certain' } as const;
const IMPACT = { type: 'number', required: true, description: '1 Insignificant … 5 Severe' } as const;

/**
 * Risk Register (DOMAIN.md §3). Scores and ratings are computed by the domain, not stored.
 * Monitoring KPI ids are JSON in a note (read whole with the risk). Mitigation actions are GTM
 * Actions items linked to the risk; `GtmMitigations` is the legacy note that held them as JSON
 * before: kept (in no view) so nothing is lost, read only by the upgrade that turns it into actions.
 */
export const RISK_REGISTER_LIST: ListSchema = {
  title: 'Risk Register',
  description: 'GTM risks: likelihood × impact before and after mitigation, owner, mitigations, monitoring KPIs.',
  urlName: 'GtmRiskRegister',
  titleDisplayName: 'Risk',
  fields: [
    {
      name: 'GtmCategory',
      displayName: 'Category',
      type: 'choice',
      required: true,
      indexed: true,
      choices: [
        'Market positioning',
        'Pipeline generation',
        'Brand perception',
        'Execution capacity',
        'Channel or partner dependency',
        'Other',
      ],
    },
    { name: 'GtmDescription', displayName: 'Description', type: 'note', maxLength: 4000 },
    personField('GtmOwner', 'Owner', { required: true, indexed: true }),
    { name: 'GtmInherentLikelihood', displayName: 'Inherent likelihood', ...LIKELIHOOD },
    { name: 'GtmInherentImpact', displayName: 'Inherent impact', ...IMPACT },
    { name: 'GtmResidualLikelihood', displayName: 'Residual likelihood', ...LIKELIHOOD },
    { name: 'GtmResidualImpact', displayName: 'Residual impact', ...IMPACT },
    {
      name: 'GtmStatus',
      displayName: 'Status',
      type: 'choice',
      required: true,
      indexed: true,
      choices: ['Open', 'Mitigating', 'Accepted', 'Closed'],
      defaultValue: 'Open',
    },
    { name: 'GtmLastReviewed', displayName: 'Last reviewed', type: 'date', indexed: true },
    {
      name: 'GtmMitigations',
      displayName: 'Mitigation actions',
      type: 'note',
      json: true,
      description: 'Legacy (mitigations are GTM Actions items now). JSON: [{ "title", "owner": { "email", "displayName" }, "dueDate": "YYYY-MM-DD", "status" }]',
    },
    {
      name: 'GtmMonitoringKpiIds',
      displayName: 'Monitoring KPIs',
      type: 'note',
      json: true,
      description: 'JSON: ids of GTM KPIs items, e.g. ["3","7"].',
    },
  ],
  views: [
    {
      name: 'Open risks',
      isDefault: true,
      fields: ['Title', 'GtmCategory', 'GtmOwner', 'GtmResidualLikelihood', 'GtmResidualImpact', 'GtmStatus', 'GtmLastReviewed'],
      query:
        '<Where><Neq><FieldRef Name="GtmStatus" /><Value Type="Choice">Closed</Value></Neq></Where>' +
        '<OrderBy><FieldRef Name="GtmCategory" /></OrderBy>',
    },
    {
      name: 'My risks',
      fields: ['Title', 'GtmCategory', 'GtmResidualLikelihood', 'GtmResidualImpact', 'GtmStatus', 'GtmLastReviewed'],
      query: `<Where>${meCaml('GtmOwner')}</Where><OrderBy><FieldRef Name="GtmCategory" /></OrderBy>`,
    },
  ],
};
