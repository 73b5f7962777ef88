/**
 * The MQA file's parts fetched when first opened (see ../common/lazy-part.tsx): the account panel
 * (stage moves, Share with Sales, corrections), the "Direct requests" tab (the Global Marketing
 * Director's queue) and its request panel.
 */
import { lazyPart } from '../common/lazy-part';

export const AccountPanel = lazyPart(
  () => import(/* webpackChunkName: 'gtm-mqa-account-panel' */ './AccountPanel').then((m) => m.AccountPanel),
  'Opening the account…',
);

export const DirectRequestsView = lazyPart(
  () => import(/* webpackChunkName: 'gtm-mqa-direct-requests' */ './DirectRequestsView').then((m) => m.DirectRequestsView),
  'Loading the direct requests view…',
);

export const DirectRequestPanel = lazyPart(
  () => import(/* webpackChunkName: 'gtm-mqa-request-panel' */ './DirectRequestPanel').then((m) => m.DirectRequestPanel),
  'Opening the request…',
);
