import type { ListSchema } from './list-schema';
import { personField } from './list-schema';

/** GTM KPIs: the Control Plane's KPI catalogue (DOMAIN.md §1). Title is the KPI's name. */
export const GTM_KPIS_LIST: ListSchema = {
  title: 'GTM KPIs',
  description: 'The GTM Control Plane KPIs: owner, unit, direction, target and amber/red thresholds.',
  urlName: 'GtmKpis',
  titleDisplayName: 'KPI',
  fields: [
    {
      name: 'GtmArea',
      displayName: 'Area',
      type: 'choice',
      required: true,
      indexed: true,
      choices: [
        'Pipeline generation',
        'Deal progression',
        'Demand generation',
        'Brand',
        'Product adoption',
        'Customer success',
        'Sales enablement',
      ],
    },
    personField('GtmOwner', 'Owner', { required: true, indexed: true }),
    { name: 'GtmUnit', displayName: 'Unit', type: 'choice', required: true, choices: ['count', 'currency', 'percent', 'days'] },
    {
      name: 'GtmDirection',
      displayName: 'Direction',
      type: 'choice',
      required: true,
      choices: ['higher', 'lower'],
      defaultValue: 'higher',
      description: 'Whether a higher or a lower value is better.',
    },
    { name: 'GtmTarget', displayName: 'Target', type: 'number', required: true },
    { name: 'GtmAmberThreshold', displayName: 'Amber threshold', type: 'number', required: true },
    { name: 'GtmRedThreshold', displayName: 'Red threshold', type: 'number', required: true },
  ],
  views: [
    {
      name: 'By area',
      isDefault: true,
      fields: ['Title', 'GtmArea', 'GtmOwner', 'GtmUnit', 'GtmTarget', 'GtmAmberThreshold', 'GtmRedThreshold'],
      query: '<OrderBy><FieldRef Name="GtmArea" /><FieldRef Name="Title" /></OrderBy>',
    },
  ],
};
