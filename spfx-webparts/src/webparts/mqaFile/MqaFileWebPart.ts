import { MQA_FILE_LIST, MQA_SALES_WORKING_LIST, DIRECT_REQUESTS_LIST, GTM_DEALS_LIST, GTM_TOUCHPOINTS_LIST } from '@gtm/shared';
import type * as React from 'react';
import { GtmWebPartBase, type GtmViewProps } from '../common/GtmWebPartBase';

/** MQA file: Marketing-qualified accounts by stage, OLS/CS attribution and the direct requests triage queue. Wiring only: see GtmWebPartBase. */
export default class MqaFileWebPart extends GtmWebPartBase {
  protected readonly lists = [MQA_FILE_LIST, MQA_SALES_WORKING_LIST, DIRECT_REQUESTS_LIST, GTM_DEALS_LIST, GTM_TOUCHPOINTS_LIST];
  protected loadView(): Promise<React.ComponentType<GtmViewProps>> {
    return import(/* webpackChunkName: 'gtm-mqa-file-view' */ '../../components/mqa/MqaFile').then((m) => m.MqaFile);
  }
}
