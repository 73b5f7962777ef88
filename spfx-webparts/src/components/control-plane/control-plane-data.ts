import type { Action, Kpi, KpiMeasurement, Priority, Review, StoredItem } from '@gtm/shared';
import type { GtmRepositories } from '../common/repositories';

import type { InvalidRow } from '../common/InvalidRowsMessage';

/** Everything the Control Plane shows, as read from the five Control Plane lists. */
export interface ControlPlaneData {
  kpis: Kpi[];
  /** Every measurement with its item id and ETag: the current cycle's value may be corrected (an update). */
  measurements: StoredItem<KpiMeasurement>[];
  priorities: Priority[];
  actions: Action[];
  /** Each action's ETag by its id, sent back when it is closed. */
  actionEtags: Map<string, string>;
  reviews: Review[];
  invalid: InvalidRow[];
}

/** The repositories the Control Plane uses (a subset of `GtmRepositories`). */
export type ControlPlaneRepositories = Pick<GtmRepositories, 'kpis' | 'measurements' | 'priorities' | 'actions' | 'reviews'>;

/**
 * Reads the five Control Plane lists in parallel. A failing list (missing, no permission,
 * throttled) rejects the whole load so the user gets one actionable message; rows that do not
 * validate come back in `invalid` with their list and id.
 */
export async function loadControlPlane(repositories: ControlPlaneRepositories): Promise<ControlPlaneData> {
  const [kpis, measurements, priorities, actions, reviews] = await Promise.all([
    repositories.kpis.read(),
    repositories.measurements.readStored(),
    repositories.priorities.read(),
    repositories.actions.read(),
    repositories.reviews.read(),
  ]);
  const invalid: InvalidRow[] = [
    ...kpis.invalid.map((r) => ({ list: repositories.kpis.list.title, ...r })),
    ...measurements.invalid.map((r) => ({ list: repositories.measurements.list.title, ...r })),
    ...priorities.invalid.map((r) => ({ list: repositories.priorities.list.title, ...r })),
    ...actions.invalid.map((r) => ({ list: repositories.actions.list.title, ...r })),
    ...reviews.invalid.map((r) => ({ list: repositories.reviews.list.title, ...r })),
  ];
  return {
    kpis: kpis.items,
    measurements: measurements.items,
    priorities: priorities.items,
    actions: actions.items,
    actionEtags: new Map(actions.etags),
    reviews: reviews.items,
    invalid,
  };
}
