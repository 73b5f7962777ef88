import { DIRECT_REQUESTS_LIST } from './direct-requests';
import { GTM_ACTIONS_LIST } from './gtm-actions';
import { GTM_DEALS_LIST } from './gtm-deals';
import { GTM_KPI_MEASUREMENTS_LIST } from './gtm-kpi-measurements';
import { GTM_KPIS_LIST } from './gtm-kpis';
import { GTM_PRIORITIES_LIST } from './gtm-priorities';
import { GTM_REVIEWS_LIST } from './gtm-reviews';
import { GTM_TOUCHPOINTS_LIST } from './gtm-touchpoints';
import type { ListSchema } from './list-schema';
import { MQA_FILE_LIST } from './mqa-file';
import { MQA_SALES_WORKING_LIST } from './mqa-sales-working-list';
import { RISK_REGISTER_LIST } from './risk-register';

/** Every GTM list, lookup targets before the lists that point at them (provisioning order). */
export const GTM_LISTS: readonly ListSchema[] = [
  GTM_KPIS_LIST,
  GTM_KPI_MEASUREMENTS_LIST,
  GTM_PRIORITIES_LIST,
  GTM_REVIEWS_LIST,
  GTM_ACTIONS_LIST,
  RISK_REGISTER_LIST,
  MQA_FILE_LIST,
  MQA_SALES_WORKING_LIST,
  DIRECT_REQUESTS_LIST,
  GTM_DEALS_LIST,
  GTM_TOUCHPOINTS_LIST,
];
