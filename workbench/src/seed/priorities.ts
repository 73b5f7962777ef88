import type { Priority, PriorityStatus } from '@gtm/shared';
import { rankPriorities } from '@gtm/shared';
import { CAST } from './cast';
import type { Rng } from './prng';

const INITIATIVES: readonly [string, keyof typeof CAST, PriorityStatus][] = [
  ['Rebuild pipeline coverage to 3× for Q1', 'gmd', 'in-progress'],
  ['ABM sprint on 30 tier-1 financial services accounts', 'gmd', 'in-progress'],
  ['Cloud connector launch campaign', 'pmm', 'planned'],
  ['Fix the demo request path on the new website', 'demandGen', 'in-progress'],
  ['Win-back and save plays for at-risk customers', 'csLead', 'in-progress'],
  ['Self-serve onboarding to lift activation', 'pm', 'planned'],
  ['New messaging rollout across web, decks and demos', 'pmm', 'in-progress'],
  ['Partner recruitment in the south region', 'salesLead', 'on-hold'],
  ['Thought-leadership programme in the Nordics', 'brand', 'planned'],
  ['AE certification on the new pitch', 'enablement', 'done'],
  ['Print advertising in trade magazines', 'brand', 'dropped'],
];

/** The ranked GTM initiatives (rank 1 first), mostly in progress, one done and one dropped. */
export function generatePriorities(rng: Rng): Priority[] {
  // Neighbours swap now and then: the ranking was argued over, not sorted by a rule.
  const ranked = INITIATIVES.map(([title, role, status], i) => ({
    id: `priority-${String(i + 1).padStart(2, '0')}`,
    title,
    rank: i + 1 + (status !== 'done' && status !== 'dropped' && rng.chance(0.25) ? 1.5 : 0),
    owner: CAST[role],
    status,
  }));
  return rankPriorities(ranked);
}
