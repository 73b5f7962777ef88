import type { IsoDate, Kpi, KpiStatus, Risk } from '@gtm/shared';
import { kpiStatusMap, localDay } from '@gtm/shared';
import type { GtmRepositories } from '../common';

/** Everything the Risk Register shows, read once. */
export interface RiskRegisterData {
  risks: Risk[];
  /** Each risk's version by id (its ETag and its actions' ETags), sent back with an update. */
  etags: ReadonlyMap<string, string>;
  /** Rows that did not map to a Risk: reported to the user, never dropped silently. */
  invalid: { id: number; errors: string[] }[];
  /** The Control Plane KPIs a risk can be monitored by. */
  kpis: Kpi[];
  /** Each KPI's status today (off track triggers the risks that monitor it). */
  kpiStatuses: ReadonlyMap<string, KpiStatus>;
  /**
   * Why the KPIs could not be read, if they could not: the register still works without them
   * (no triggered badges, no KPI picker), so this is a warning rather than an error.
   */
  kpiError: unknown;
}

/**
 * Reads the register and, in parallel, the KPIs with their measurements. A failure reading the
 * risks is thrown (the view shows it); a failure reading the KPIs is returned in `kpiError`.
 */
export async function loadRiskRegister(repositories: GtmRepositories, today: IsoDate): Promise<RiskRegisterData> {
  const kpiRead = Promise.all([repositories.kpis.read(), repositories.measurements.read()]).then(
    ([kpis, measurements]) => ({ kpis: kpis.items, kpiStatuses: kpiStatusMap(kpis.items, measurements.items, today), kpiError: undefined as unknown }),
    (error: unknown) => ({ kpis: [] as Kpi[], kpiStatuses: new Map<string, KpiStatus>(), kpiError: error }),
  );
  // Each risk with its mitigation actions (GTM Actions items linked to it); `etags` are their versions.
  const [risks, kpiPart] = await Promise.all([repositories.riskRegister.read(), kpiRead]);
  return { risks: risks.items, etags: risks.etags, invalid: risks.invalid, ...kpiPart };
}

/** The user's business day of the environment's clock (`localDay`, as the other web parts use it). */
export function todayOf(now: Date): IsoDate {
  return localDay(now);
}
