/** The Risk Register's parts fetched when first opened (see ../common/lazy-part.tsx): the edit panel. */
import { lazyPart } from '../common/lazy-part';

export const RiskEditorPanel = lazyPart(
  () => import(/* webpackChunkName: 'gtm-risk-editor' */ './RiskEditorPanel').then((m) => m.RiskEditorPanel),
  'Opening the risk…',
);
