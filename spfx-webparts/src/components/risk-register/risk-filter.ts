import type { Risk, RiskBasis, RiskCategory, RiskLevel, RiskRating, RiskStatus } from '@gtm/shared';
import { rateRisk } from '@gtm/shared';

/**
 * Which statuses the list shows. "active" (everything but closed) is the default because it is
 * what the domain's heat map counts: a closed risk no longer threatens anything.
 */
export type RiskStatusFilter = 'active' | 'all' | RiskStatus;

/** One cell of the 5×5 heat map, selected to narrow the list. */
export interface HeatMapCell {
  likelihood: RiskLevel;
  impact: RiskLevel;
}

/** Everything that narrows the Risk Register list; `null` means "any". */
export interface RiskFilter {
  category: RiskCategory | null;
  /** The rating on `basis`. */
  rating: RiskRating | null;
  /** Owner e-mail, lower case. */
  owner: string | null;
  status: RiskStatusFilter;
  /** Free text matched against title, description, owner and mitigation titles. */
  search: string;
  /** Inherent or residual: the basis of the rating filter and the heat map. */
  basis: RiskBasis;
  /** A heat-map cell on `basis`, or null. */
  cell: HeatMapCell | null;
}

export const DEFAULT_RISK_FILTER: RiskFilter = {
  category: null,
  rating: null,
  owner: null,
  status: 'active',
  search: '',
  basis: 'residual',
  cell: null,
};

/** True when the status filter lets closed risks through (then the heat map counts them too). */
export function includesClosed(status: RiskStatusFilter): boolean {
  return status === 'all' || status === 'closed';
}

function matchesStatus(risk: Risk, status: RiskStatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'active') return risk.status !== 'closed';
  return risk.status === status;
}

function matchesSearch(risk: Risk, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  const haystack = [
    risk.title,
    risk.description ?? '',
    risk.owner.email,
    risk.owner.displayName ?? '',
    ...risk.mitigationActions.map((m) => m.title),
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/**
 * The risks that pass every filter except the heat-map cell: what the heat map counts, so that a
 * cell's number is exactly the number of rows clicking it leaves in the list.
 */
export function filterRisksExceptCell(risks: readonly Risk[], filter: RiskFilter): Risk[] {
  return risks.filter(
    (risk) =>
      matchesStatus(risk, filter.status) &&
      (filter.category === null || risk.category === filter.category) &&
      (filter.owner === null || risk.owner.email.toLowerCase() === filter.owner) &&
      (filter.rating === null || rateRisk(risk, filter.basis).rating === filter.rating) &&
      matchesSearch(risk, filter.search),
  );
}

/**
 * The risks the list shows.
 * @example
 * // a residual 2 × 3 risk and a residual 4 × 5 one, cell { likelihood: 4, impact: 5 } selected:
 * filterRisks(risks, { ...DEFAULT_RISK_FILTER, cell: { likelihood: 4, impact: 5 } }) // [the 4 × 5 one]
 */
export function filterRisks(risks: readonly Risk[], filter: RiskFilter): Risk[] {
  const { cell } = filter;
  return filterRisksExceptCell(risks, filter).filter(
    (risk) => cell === null || (risk[filter.basis].likelihood === cell.likelihood && risk[filter.basis].impact === cell.impact),
  );
}

/** True when any filter differs from the default (the empty state then offers to clear them). */
export function isFiltered(filter: RiskFilter): boolean {
  return (
    filter.category !== null ||
    filter.rating !== null ||
    filter.owner !== null ||
    filter.status !== DEFAULT_RISK_FILTER.status ||
    filter.search.trim() !== '' ||
    filter.cell !== null
  );
}
