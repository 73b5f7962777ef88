/**
 * The kit's parts shown only when something goes wrong, fetched then (see lazy-part.tsx): the
 * 412 conflict dialog, which every save can open and few ever do.
 */
import { lazyPart } from './lazy-part';

export const ConflictDialog = lazyPart(
  () => import(/* webpackChunkName: 'gtm-conflict-dialog' */ './ConflictDialog').then((m) => m.ConflictDialog),
  'Opening the conflict…',
);
