/**
 * Test fixture: a small Control Plane in an in-memory store, seeded through the real repositories
 * (so ids, ETags and row mapping are the production ones). Today is Sunday 22 Nov 2026; the last
 * review was Monday 16 Nov, so the next one (and the current cycle) is Monday 7 Dec 2026.
 */
import type { Action, Kpi, KpiMeasurement, Person, Priority, Review } from '@gtm/shared';
import { createMemoryListStore, type MemoryListStore } from '@gtm/shared';
import type { WebPartEnvironment } from '../common/environment';
import { createGtmRepositories, type GtmRepositories } from '../common/repositories';

export const ANA: Person = { email: 'ana.silva@contoso.example', displayName: 'Ana Silva' };
export const BEN: Person = { email: 'ben.okafor@contoso.example', displayName: 'Ben Okafor' };
export const ALEX = { email: 'alex.morgan@contoso.example', displayName: 'Alex Morgan' };

export interface SeededControlPlane {
  store: MemoryListStore;
  repositories: GtmRepositories;
  env: WebPartEnvironment;
  /** Item ids by name, as SharePoint assigned them. */
  ids: { kpis: Record<string, string>; reviews: Record<string, string>; actions: Record<string, string> };
}

async function addAll<T>(repo: { add(items: readonly T[]): Promise<{ ok: boolean; id: number | null }[]> }, items: readonly T[]): Promise<string[]> {
  const results = await repo.add(items);
  return results.map((r) => {
    if (!r.ok || r.id === null) throw new Error('seeding failed');
    return String(r.id);
  });
}

/** The fixture's environment: a fixed clock (22 Nov 2026, noon local time) and Alex Morgan signed in. */
export function fixedEnv(overrides: Partial<WebPartEnvironment> = {}): WebPartEnvironment {
  return { now: () => new Date(2026, 10, 22, 12, 0), currentUser: ALEX, locale: 'en-US', canManageLists: true, ...overrides };
}

/**
 * Four KPIs (two in Pipeline generation, one in Deal progression, one in Customer success), two
 * reviews, three priorities and four actions. `kpiTitle` replaces the first KPI's title (XSS test).
 */
export async function seedControlPlane(options: { kpiTitle?: string } = {}): Promise<SeededControlPlane> {
  const store = createMemoryListStore();
  const repositories = createGtmRepositories(store);
  const kpiList: Kpi[] = [
    // Higher is better: 1,200,000 is below amber (1,300,000) and above red (1,000,000) → At risk.
    { id: 'x', title: options.kpiTitle ?? 'Qualified pipeline', area: 'pipeline-generation', owner: ANA, unit: 'currency', direction: 'higher', target: 1_500_000, amberThreshold: 1_300_000, redThreshold: 1_000_000 },
    // Lower is better: 46 days is past red (45) → Off track.
    { id: 'x', title: 'Sales cycle length', area: 'deal-progression', owner: BEN, unit: 'days', direction: 'lower', target: 30, amberThreshold: 35, redThreshold: 45 },
    // 21 is at or above amber (18) → On track.
    { id: 'x', title: 'MQAs per cycle', area: 'pipeline-generation', owner: BEN, unit: 'count', direction: 'higher', target: 20, amberThreshold: 18, redThreshold: 12 },
    // No measurement → No data.
    { id: 'x', title: 'Net revenue retention', area: 'customer-success', owner: ANA, unit: 'percent', direction: 'higher', target: 110, amberThreshold: 105, redThreshold: 95 },
  ];
  const [pipeline = '', cycleLength = '', mqas = '', nrr = ''] = await addAll(repositories.kpis, kpiList);
  const reviewList: Review[] = [
    { id: 'x', date: '2026-10-26', attendees: [ANA, BEN], decisions: [], actionIds: [], kpiSnapshot: [] },
    { id: 'x', date: '2026-11-16', attendees: [ANA, BEN], decisions: [], actionIds: [], kpiSnapshot: [] },
  ];
  const [october = '', november = ''] = await addAll(repositories.reviews, reviewList);
  const measurements: KpiMeasurement[] = [
    { kpiId: pipeline, cycle: '2026-10-26', value: 1_100_000 },
    { kpiId: pipeline, cycle: '2026-11-16', value: 1_200_000 },
    { kpiId: cycleLength, cycle: '2026-10-26', value: 40 },
    { kpiId: cycleLength, cycle: '2026-11-16', value: 46 },
    { kpiId: mqas, cycle: '2026-11-16', value: 21 },
  ];
  await addAll(repositories.measurements, measurements);
  const priorities: Priority[] = [
    { id: 'x', title: 'Win the financial services segment', rank: 5, owner: ANA, status: 'in-progress' },
    { id: 'x', title: 'Launch the cloud connector', rank: 2, owner: BEN, status: 'planned' },
    { id: 'x', title: 'Refresh the partner programme', rank: 9, owner: ANA, status: 'on-hold' },
  ];
  await addAll(repositories.priorities, priorities);
  const actionList: Action[] = [
    { id: 'x', title: 'Send the revised pricing deck', owner: ANA, dueDate: '2026-11-19', status: 'open', reviewId: november },
    { id: 'x', title: 'Book the partner webinar', owner: BEN, dueDate: '2026-11-22', status: 'open', reviewId: november },
    { id: 'x', title: 'Draft the Q1 plan', owner: ANA, dueDate: '2026-12-01', status: 'open', reviewId: november, link: { kind: 'kpi', id: pipeline } },
    { id: 'x', title: 'Retire the old lead form', owner: BEN, dueDate: '2026-11-01', status: 'done', reviewId: october },
  ];
  const [deck = '', webinar = '', plan = '', leadForm = ''] = await addAll(repositories.actions, actionList);
  return {
    store,
    repositories,
    env: fixedEnv(),
    ids: {
      kpis: { pipeline, cycleLength, mqas, nrr },
      reviews: { october, november },
      actions: { deck, webinar, plan, leadForm },
    },
  };
}
