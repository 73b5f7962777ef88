import type { QualifiedAccount } from './account';
import type { MqaStage } from './stages';
import { NEXT_MQA_STAGE, STALLABLE_MQA_STAGES, TERMINAL_MQA_STAGES } from './stages';

/**
 * The stage a stalled account stalled from (the `from` of its last move to Stalled), or null when
 * the account is not stalled. A stalled account imported without history is taken to have
 * stalled from Shared with Sales, the earliest stage one can stall from.
 * @example stalledFrom(accountStalledFromOpportunity) // 'opportunity'
 */
export function stalledFrom(account: Pick<QualifiedAccount, 'stage' | 'stageHistory'>): MqaStage | null {
  if (account.stage !== 'stalled') return null;
  for (let i = account.stageHistory.length - 1; i >= 0; i -= 1) {
    const change = account.stageHistory[i];
    if (change?.to === 'stalled' && change.from !== null && change.from !== 'stalled') return change.from;
  }
  return 'shared-with-sales';
}

/**
 * The stages an account may move to next, for the UI:
 * - one step forward on the main path (Opportunity → Won or Lost);
 * - Stalled from Shared with Sales, Sales accepted or Opportunity;
 * - from Stalled, back to the stage it stalled from or to Shared with Sales (a re-entry: Sales
 *   may resume where it stopped, or take the account back as a fresh handover);
 * - Disqualified from every stage that is not final; nothing from Won, Lost or Disqualified.
 * @example legalNextStages({ stage: 'shared-with-sales', stageHistory: [] }) // ['sales-accepted', 'stalled', 'disqualified']
 */
export function legalNextStages(account: Pick<QualifiedAccount, 'stage' | 'stageHistory'>): MqaStage[] {
  const { stage } = account;
  if (TERMINAL_MQA_STAGES.includes(stage)) return [];
  if (stage === 'stalled') {
    const origin = stalledFrom(account) ?? 'shared-with-sales';
    const back: MqaStage[] = origin === 'shared-with-sales' ? [origin] : [origin, 'shared-with-sales'];
    return [...back, 'disqualified'];
  }
  const next = [...(NEXT_MQA_STAGE[stage] ?? [])];
  if (STALLABLE_MQA_STAGES.includes(stage)) next.push('stalled');
  next.push('disqualified');
  return next;
}
