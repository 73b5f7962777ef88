import type { Action, KpiMeasurement, Person, StoredItem } from '@gtm/shared';
import type { ControlPlaneData } from './control-plane-data';

/**
 * The data after a measurement was saved: the item with the same id is replaced (a corrected
 * actual), or the new item appended. Keeps the view in step without reading every list again.
 */
export function withMeasurement(data: ControlPlaneData, saved: StoredItem<KpiMeasurement>): ControlPlaneData {
  const others = data.measurements.filter((m) => m.itemId !== saved.itemId);
  return { ...data, measurements: [...others, saved] };
}

/** The data after an action was added or changed: replaced by id (or appended) with its new ETag. */
export function withAction(data: ControlPlaneData, action: Action, etag: string): ControlPlaneData {
  const exists = data.actions.some((a) => a.id === action.id);
  const actions = exists ? data.actions.map((a) => (a.id === action.id ? action : a)) : [...data.actions, action];
  const actionEtags = new Map(data.actionEtags);
  actionEtags.set(action.id, etag);
  return { ...data, actions, actionEtags };
}

/** A person as people read them: the display name, else the e-mail. */
export function personName(person: Person | undefined): string {
  return person?.displayName ?? person?.email ?? '—';
}

/**
 * Everyone who owns something on the Control Plane (KPIs, priorities, actions), one entry per
 * e-mail (case-insensitive), sorted by name: the owner filter's and the action form's choices.
 * @example ownersOf(data) // [{ email: 'ana@contoso.example', displayName: 'Ana Silva' }, …]
 */
export function ownersOf(data: Pick<ControlPlaneData, 'kpis' | 'priorities' | 'actions'>, extra: readonly Person[] = []): Person[] {
  const byEmail = new Map<string, Person>();
  const people = [...data.kpis.map((k) => k.owner), ...data.priorities.map((p) => p.owner), ...data.actions.map((a) => a.owner), ...extra];
  for (const person of people) {
    const key = person.email.toLowerCase();
    if (!byEmail.has(key) || (!byEmail.get(key)?.displayName && person.displayName)) byEmail.set(key, person);
  }
  return [...byEmail.values()].sort((a, b) => personName(a).localeCompare(personName(b)));
}
