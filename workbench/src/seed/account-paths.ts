import type { MqaStage } from '@gtm/shared';
import { STALLABLE_MQA_STAGES } from '@gtm/shared';
import type { Rng } from './prng';

/** The main path of the MQA file, up to Opportunity. */
const MAIN: readonly MqaStage[] = ['identified', 'internal-review', 'presales-validation', 'shared-with-sales', 'sales-accepted', 'opportunity'];

/**
 * How many of the ~200 demo accounts end at each stage: every stage present, early stages and
 * outcomes both well filled. Sums to 200.
 */
export const STAGE_QUOTA: Readonly<Record<MqaStage, number>> = {
  identified: 22,
  'internal-review': 18,
  'presales-validation': 16,
  'shared-with-sales': 18,
  'sales-accepted': 16,
  opportunity: 24,
  won: 22,
  lost: 18,
  disqualified: 24,
  stalled: 22,
};

function upTo(stage: MqaStage): MqaStage[] {
  return MAIN.slice(0, MAIN.indexOf(stage) + 1);
}

/** The stages an account passes through to end at `target`, without any re-entry. */
export function straightPath(target: MqaStage, rng: Rng): MqaStage[] {
  if (MAIN.includes(target)) return upTo(target);
  if (target === 'won' || target === 'lost') return [...MAIN, target];
  if (target === 'stalled') return [...upTo(rng.pick(STALLABLE_MQA_STAGES)), 'stalled'];
  // Disqualified: mostly early (Marketing's own review screens accounts out), sometimes by Sales.
  const from = rng.weighted([...MAIN, 'stalled' as const], [14, 22, 18, 6, 4, 4, 6]);
  return from === 'stalled' ? [...upTo(rng.pick(STALLABLE_MQA_STAGES)), 'stalled', 'disqualified'] : [...upTo(from), 'disqualified'];
}

/** Whether the path passes a stage an account can stall from, before its last step. */
export function canReEnter(path: readonly MqaStage[]): boolean {
  return path.slice(0, -1).some((s) => STALLABLE_MQA_STAGES.includes(s)) || STALLABLE_MQA_STAGES.includes(path[path.length - 1] ?? 'identified');
}

/**
 * Inserts a stall and a re-entry into a path: at a stage from Shared with Sales onwards the
 * account stalls, then comes back either where it stopped or to Shared with Sales as a fresh
 * handover (walking forward again to where it stopped), and the rest of the path follows.
 * @example withReEntry(['identified', …, 'opportunity', 'won'], rng)
 * // [… 'opportunity', 'stalled', 'opportunity', 'won'] or [… 'opportunity', 'stalled', 'shared-with-sales', 'sales-accepted', 'opportunity', 'won']
 */
export function withReEntry(path: readonly MqaStage[], rng: Rng): MqaStage[] {
  const candidates = path
    .map((stage, index) => ({ stage, index }))
    .filter(({ stage, index }) => STALLABLE_MQA_STAGES.includes(stage) && path[index + 1] !== 'stalled');
  if (candidates.length === 0) return [...path];
  const { stage, index } = rng.pick(candidates);
  const freshHandover = stage !== 'shared-with-sales' && rng.chance(0.35);
  const back = freshHandover ? MAIN.slice(MAIN.indexOf('shared-with-sales'), MAIN.indexOf(stage) + 1) : [stage];
  return [...path.slice(0, index + 1), 'stalled', ...back, ...path.slice(index + 1)];
}
