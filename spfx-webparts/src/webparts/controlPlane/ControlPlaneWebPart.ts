import { GTM_KPIS_LIST, GTM_KPI_MEASUREMENTS_LIST, GTM_PRIORITIES_LIST, GTM_ACTIONS_LIST, GTM_REVIEWS_LIST } from '@gtm/shared';
import type * as React from 'react';
import { GtmWebPartBase, type GtmViewProps } from '../common/GtmWebPartBase';

/** GTM Control Plane: KPIs against target with their trend, ranked priorities, follow-up actions and the date of the next GTM Review. Wiring only: see GtmWebPartBase. */
export default class ControlPlaneWebPart extends GtmWebPartBase {
  protected readonly lists = [GTM_KPIS_LIST, GTM_KPI_MEASUREMENTS_LIST, GTM_PRIORITIES_LIST, GTM_ACTIONS_LIST, GTM_REVIEWS_LIST];
  protected loadView(): Promise<React.ComponentType<GtmViewProps>> {
    return import(/* webpackChunkName: 'gtm-control-plane-view' */ '../../components/control-plane/ControlPlane').then((m) => m.ControlPlane);
  }
}
