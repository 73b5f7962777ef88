import type { IsoDate, MitigationAction, Risk, RiskAssessment, RiskLevel } from '@gtm/shared';
import { addDays } from '@gtm/shared';
import { EVERYONE } from './cast';
import type { Rng } from './prng';
import type { RiskSpec } from './risk-catalog';
import { RISK_SPECS } from './risk-catalog';

function level(n: number): RiskLevel {
  return Math.min(5, Math.max(1, Math.round(n)));
}

/** Every cell of the 5×5 map once, then random extra cells, shuffled: the inherent map is full. */
function inherentCells(count: number, rng: Rng): RiskAssessment[] {
  const grid: RiskAssessment[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood += 1) {
    for (let impact = 1; impact <= 5; impact += 1) grid.push({ likelihood: level(likelihood), impact: level(impact) });
  }
  const extra = Array.from({ length: Math.max(0, count - grid.length) }, () => ({ likelihood: level(rng.int(2, 5)), impact: level(rng.int(2, 5)) }));
  return rng.shuffle([...grid, ...extra]).slice(0, count);
}

/** Mitigation lowers likelihood first; a closed risk is mitigated most, an accepted one least. */
function residualOf(spec: RiskSpec, inherent: RiskAssessment, rng: Rng): RiskAssessment {
  const cut: Record<Risk['status'], [number, number]> = { open: [0, 1], mitigating: [1, 2], accepted: [0, 0], closed: [2, 3] };
  const [min, max] = cut[spec.status];
  const likelihoodCut = rng.int(min, max);
  const impactCut = spec.status === 'closed' || (spec.status === 'mitigating' && rng.chance(0.4)) ? 1 : 0;
  return { likelihood: level(inherent.likelihood - likelihoodCut), impact: level(inherent.impact - impactCut) };
}

function lastReviewed(index: number, spec: RiskSpec, cycles: readonly IsoDate[], rng: Rng): IsoDate | null {
  const latest = cycles[cycles.length - 1] ?? null;
  if (latest === null) return null;
  if (spec.status === 'open' && index % 10 === 7) return null; // logged, never reviewed
  if (index % 6 === 4) return cycles[rng.int(0, Math.max(0, cycles.length - 3))] ?? latest; // stale: two cycles or more
  return rng.chance(0.7) ? latest : (cycles[cycles.length - 2] ?? latest);
}

function mitigations(spec: RiskSpec, reviewed: IsoDate | null, now: IsoDate, rng: Rng): MitigationAction[] {
  return spec.mitigations.map((title) => {
    const dueDate = addDays(reviewed ?? now, rng.int(-20, 40));
    const status = spec.status === 'closed' ? 'done' : dueDate < now ? rng.weighted(['done', 'open', 'dropped'] as const, [6, 3, 1]) : 'open';
    return { title, owner: rng.chance(0.7) ? spec.owner : rng.pick(EVERYONE), dueDate, status };
  });
}

/**
 * The Risk Register: 30 risks over the six categories, inherent assessments covering every cell of
 * the heat map, residual at or below inherent, mixed statuses, a few never or not recently reviewed.
 */
export function generateRisks(cycles: readonly IsoDate[], now: IsoDate, rng: Rng): Risk[] {
  const cells = inherentCells(RISK_SPECS.length, rng);
  return RISK_SPECS.map((spec, index) => {
    const inherent = cells[index] ?? { likelihood: 3, impact: 3 };
    const lastReviewedAt = lastReviewed(index, spec, cycles, rng);
    return {
      id: spec.id,
      title: spec.title,
      description: spec.description,
      category: spec.category,
      owner: spec.owner,
      inherent,
      residual: residualOf(spec, inherent, rng),
      mitigationActions: mitigations(spec, lastReviewedAt, now, rng),
      monitoringKpiIds: [...spec.monitoringKpiIds],
      status: spec.status,
      lastReviewedAt,
    };
  });
}
