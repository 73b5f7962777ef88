/**
 * Test fixture for the Risk Register views: an in-memory store seeded through the repositories
 * with four risks and two KPIs a reader can check by hand, and a fixed environment (22 Nov 2026).
 *
 * | risk                         | category            | owner | inherent      | residual      | status     |
 * | Competitor bundles detection | Market positioning  | Pat   | 4 × 5 = 20 C  | 2 × 5 = 10 H  | mitigating |
 * | Pipeline coverage below 3×   | Pipeline generation | Gina  | 4 × 5 = 20 C  | 4 × 4 = 16 H  | open       |
 * | Negative reviews after outage| Brand perception    | Pat   | 3 × 3 = 9 M   | 2 × 2 = 4 L   | open       |
 * | Outdated case studies        | Brand perception    | Pat   | 2 × 3 = 6 M   | 1 × 2 = 2 L   | closed     |
 *
 * "Competitor bundles detection" is monitored by Win rate, off track (18 % against red 20 %): triggered.
 * Its one mitigation, "Publish a total-cost comparison" (Pat, due 4 Dec 2026, open), is GTM Actions
 * item 1, linked to the risk.
 */
import type { Kpi, KpiMeasurement, MemoryListStore, MitigationAction, Risk } from '@gtm/shared';
import { createMemoryListStore, GTM_ACTIONS_LIST, mitigationAsAction, mitigationOf, toAction, unwrapWrites } from '@gtm/shared';
import type { GtmRepositories, WebPartEnvironment } from '../common';
import { createGtmRepositories } from '../common';

export const PAT = { email: 'pat.lee@contoso.example', displayName: 'Pat Lee' };
export const GINA = { email: 'gina.moretti@contoso.example', displayName: 'Gina Moretti' };

const KPIS: Kpi[] = [
  { id: 'x', title: 'Win rate', area: 'deal-progression', owner: PAT, unit: 'percent', direction: 'higher', target: 30, amberThreshold: 25, redThreshold: 20 },
  { id: 'x', title: 'Pipeline generated', area: 'pipeline-generation', owner: GINA, unit: 'currency', direction: 'higher', target: 100, amberThreshold: 90, redThreshold: 75 },
];

function risk(title: string, fields: Partial<Risk>): Risk {
  return {
    id: 'x',
    title,
    category: 'other',
    owner: PAT,
    inherent: { likelihood: 3, impact: 3 },
    residual: { likelihood: 3, impact: 3 },
    mitigationActions: [],
    monitoringKpiIds: [],
    status: 'open',
    lastReviewedAt: '2026-11-10',
    ...fields,
  };
}

export interface RiskRegisterFixture {
  store: MemoryListStore;
  repositories: GtmRepositories;
  env: WebPartEnvironment;
  /** Item ids by title. */
  ids: Record<string, number>;
}

export function testEnv(overrides: Partial<WebPartEnvironment> = {}): WebPartEnvironment {
  return {
    now: () => new Date('2026-11-22T09:00:00Z'),
    currentUser: { email: 'alex.morgan@contoso.example', displayName: 'Alex Morgan' },
    locale: 'en-US',
    canManageLists: true,
    ...overrides,
  };
}

/** The four risks and two KPIs above, plus `extra` risks. */
export async function riskRegisterFixture(extra: Risk[] = []): Promise<RiskRegisterFixture> {
  const store = createMemoryListStore();
  const repositories = createGtmRepositories(store);
  const [winRate, pipeline] = unwrapWrites(await repositories.kpis.add(KPIS));
  const measurements: KpiMeasurement[] = [
    { kpiId: String(winRate?.id), cycle: '2026-11-10', value: 18 },
    { kpiId: String(pipeline?.id), cycle: '2026-11-10', value: 95 },
  ];
  unwrapWrites(await repositories.measurements.add(measurements));
  const risks = [
    risk('Competitor bundles detection', {
      category: 'market-positioning',
      inherent: { likelihood: 4, impact: 5 },
      residual: { likelihood: 2, impact: 5 },
      status: 'mitigating',
      monitoringKpiIds: [String(winRate?.id)],
      mitigationActions: [{ title: 'Publish a total-cost comparison', owner: PAT, dueDate: '2026-12-04', status: 'open' }],
    }),
    risk('Pipeline coverage below 3×', {
      category: 'pipeline-generation',
      owner: GINA,
      inherent: { likelihood: 4, impact: 5 },
      residual: { likelihood: 4, impact: 4 },
      monitoringKpiIds: [String(pipeline?.id)],
    }),
    risk('Negative reviews after outage', { category: 'brand-perception', residual: { likelihood: 2, impact: 2 } }),
    risk('Outdated case studies', {
      category: 'brand-perception',
      inherent: { likelihood: 2, impact: 3 },
      residual: { likelihood: 1, impact: 2 },
      status: 'closed',
    }),
    ...extra,
  ];
  const written = unwrapWrites(await repositories.risks.add(risks));
  const ids = Object.fromEntries(risks.map((r, i) => [r.title, written[i]?.id ?? 0]));
  // Mitigations are GTM Actions items linked to their risk.
  const mitigations = risks.flatMap((r) => r.mitigationActions.map((m) => mitigationAsAction(m, String(ids[r.title]))));
  if (mitigations.length > 0) unwrapWrites(await repositories.actions.add(mitigations));
  return { store, repositories, env: testEnv(), ids };
}

/** The mitigations of risk `title` as the GTM Actions list holds them now, oldest item first. */
export function storedMitigations(fixture: Pick<RiskRegisterFixture, 'store' | 'ids'>, title: string): MitigationAction[] {
  const riskId = String(fixture.ids[title]);
  return fixture.store.rows(GTM_ACTIONS_LIST).flatMap((row) => {
    const mapped = toAction(row);
    return mapped.ok && mapped.value.link?.kind === 'risk' && mapped.value.link.id === riskId ? [mitigationOf(mapped.value)] : [];
  });
}

export { risk as riskWith };
