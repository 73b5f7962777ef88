import { RISK_REGISTER_LIST, GTM_KPIS_LIST, GTM_KPI_MEASUREMENTS_LIST } from '@gtm/shared';
import type * as React from 'react';
import { GtmWebPartBase, type GtmViewProps } from '../common/GtmWebPartBase';

/** Risk Register: The GTM risks with a 5×5 heat map, filters and an edit panel for risk owners. Wiring only: see GtmWebPartBase. */
export default class RiskRegisterWebPart extends GtmWebPartBase {
  protected readonly lists = [RISK_REGISTER_LIST, GTM_KPIS_LIST, GTM_KPI_MEASUREMENTS_LIST];
  protected loadView(): Promise<React.ComponentType<GtmViewProps>> {
    return import(/* webpackChunkName: 'gtm-risk-register-view' */ '../../components/risk-register/RiskRegister').then((m) => m.RiskRegister);
  }
}
