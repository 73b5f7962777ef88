import type { IsoDate, Kpi, KpiMeasurement, KpiMeasurementRepository, Person, StoredItem } from '@gtm/shared';
import { ConflictError, toKpiMeasurement } from '@gtm/shared';

/** A KPI actual to save for one cycle, over the measurement the user saw (if any). */
export interface KpiActualChange {
  kpi: Kpi;
  cycle: IsoDate;
  value: number;
  recordedBy: Person;
  /** The cycle's measurement as the user last read it (its ETag guards the update), or null when there was none. */
  seen: StoredItem<KpiMeasurement> | null;
}

/** Saved (with the item's new id and ETag), or someone else got there first: their version, or null if deleted. */
export type SaveKpiActualResult =
  | { ok: true; saved: StoredItem<KpiMeasurement> }
  | { ok: false; theirs: StoredItem<KpiMeasurement> | null };

/**
 * Writes a KPI's actual for the current cycle: updates the cycle's measurement with the ETag the
 * user read, or adds one when there was none. Two ways to meet someone else's edit, both returned
 * as a conflict for the user to resolve (never an overwrite):
 * - the update answers 412: their version is the server's current item (null when deleted);
 * - there was no measurement when the user read, but one exists now: adding would make a second
 *   value for the cycle, which the domain forbids (one measurement per KPI and cycle).
 * Any other failure (missing list, permission, throttling) is thrown.
 */
export async function saveKpiActual(repository: KpiMeasurementRepository, change: KpiActualChange): Promise<SaveKpiActualResult> {
  const entity: KpiMeasurement = {
    ...(change.seen?.entity ?? {}),
    kpiId: change.kpi.id,
    cycle: change.cycle,
    value: change.value,
    recordedBy: change.recordedBy,
  };
  if (change.seen) {
    const [result] = await repository.update([{ id: String(change.seen.itemId), etag: change.seen.etag, entity }]);
    if (!result) throw new Error('SharePoint gave no answer to the update');
    if (result.ok) return { ok: true, saved: { itemId: result.id, etag: result.etag, entity } };
    if (result.error instanceof ConflictError) return { ok: false, theirs: storedMeasurement(result.error) };
    throw result.error;
  }
  // The measurements list is small (KPIs × cycles), so one read of it answers "is there one now?".
  const existing = (await repository.readStored()).items.find((s) => s.entity.kpiId === change.kpi.id && s.entity.cycle === change.cycle);
  if (existing) return { ok: false, theirs: existing };
  const [result] = await repository.add([entity]);
  if (!result) throw new Error('SharePoint gave no answer to the add');
  if (!result.ok) throw result.error;
  return { ok: true, saved: { itemId: result.id, etag: result.etag, entity } };
}

/** The server's item carried by a 412, as a measurement (null when deleted or no longer valid). */
function storedMeasurement(conflict: ConflictError): StoredItem<KpiMeasurement> | null {
  if (!conflict.current) return null;
  const mapped = toKpiMeasurement(conflict.current);
  return mapped.ok ? { itemId: conflict.current.id, etag: conflict.current.etag, entity: mapped.value } : null;
}
