import type { Risk } from '@gtm/shared';
import { RISK_CATEGORY_LABELS, scoreRisk } from '@gtm/shared';

/** The list columns a user can sort by. */
export type RiskSortKey = 'title' | 'category' | 'owner' | 'inherent' | 'residual' | 'status' | 'lastReviewedAt';

export interface RiskSort {
  key: RiskSortKey;
  descending: boolean;
}

/** Highest residual score first: today's biggest exposure at the top. */
export const DEFAULT_RISK_SORT: RiskSort = { key: 'residual', descending: true };

/** Statuses in the order a risk moves through them, so a sort reads as the lifecycle. */
const STATUS_ORDER: Readonly<Record<Risk['status'], number>> = { open: 0, mitigating: 1, accepted: 2, closed: 3 };

function ownerName(risk: Risk): string {
  return (risk.owner.displayName ?? risk.owner.email).toLowerCase();
}

function compareBy(key: RiskSortKey, a: Risk, b: Risk): number {
  switch (key) {
    case 'title':
      return a.title.localeCompare(b.title);
    case 'category':
      return RISK_CATEGORY_LABELS[a.category].localeCompare(RISK_CATEGORY_LABELS[b.category]);
    case 'owner':
      return ownerName(a).localeCompare(ownerName(b));
    case 'inherent':
    case 'residual':
      return scoreRisk(a[key]) - scoreRisk(b[key]);
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'lastReviewedAt':
      // Never reviewed sorts before any date: it is the most overdue review.
      return (a.lastReviewedAt ?? '').localeCompare(b.lastReviewedAt ?? '');
  }
}

/**
 * A sorted copy; ties keep a stable order by title so rows do not jump between renders.
 * @example sortRisks(risks, { key: 'residual', descending: true }) // residual 20 before 6 before 1
 */
export function sortRisks(risks: readonly Risk[], sort: RiskSort): Risk[] {
  const direction = sort.descending ? -1 : 1;
  return [...risks].sort((a, b) => direction * compareBy(sort.key, a, b) || a.title.localeCompare(b.title));
}
