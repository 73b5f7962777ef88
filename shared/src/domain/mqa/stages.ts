import { z } from 'zod';

/**
 * MQA stages. The main path runs Identified → … → Opportunity → Won / Lost; Disqualified and
 * Stalled are side exits.
 */
export const MQA_STAGES = [
  'identified',
  'internal-review',
  'presales-validation',
  'shared-with-sales',
  'sales-accepted',
  'opportunity',
  'won',
  'lost',
  'disqualified',
  'stalled',
] as const;
export const MqaStageSchema = z.enum(MQA_STAGES);
export type MqaStage = z.infer<typeof MqaStageSchema>;

export const MQA_STAGE_LABELS: Readonly<Record<MqaStage, string>> = {
  identified: 'Identified',
  'internal-review': 'Internal review',
  'presales-validation': 'Presales validation',
  'shared-with-sales': 'Shared with Sales',
  'sales-accepted': 'Sales accepted',
  opportunity: 'Opportunity',
  won: 'Won',
  lost: 'Lost',
  disqualified: 'Disqualified',
  stalled: 'Stalled',
};

/** Stages no move leaves. */
export const TERMINAL_MQA_STAGES: readonly MqaStage[] = ['won', 'lost', 'disqualified'];

/** Stages an account can stall from: Shared with Sales onwards, before a final outcome. */
export const STALLABLE_MQA_STAGES: readonly MqaStage[] = ['shared-with-sales', 'sales-accepted', 'opportunity'];

/** The one forward step from each main-path stage (Opportunity also ends in Lost). */
export const NEXT_MQA_STAGE: Readonly<Partial<Record<MqaStage, readonly MqaStage[]>>> = {
  identified: ['internal-review'],
  'internal-review': ['presales-validation'],
  'presales-validation': ['shared-with-sales'],
  'shared-with-sales': ['sales-accepted'],
  'sales-accepted': ['opportunity'],
  opportunity: ['won', 'lost'],
};
