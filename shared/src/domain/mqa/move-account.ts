import { isBlank } from '../common/text';
import type { QualifiedAccount } from './account';
import type { AccountResult, StageMoveInput } from './identify-account';
import { legalNextStages } from './legal-next-stages';
import type { MqaStage } from './stages';
import { MQA_STAGE_LABELS } from './stages';

function list(stages: readonly MqaStage[]): string {
  const labels = stages.map((s) => MQA_STAGE_LABELS[s]);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/**
 * Moves an account to another MQA stage (see `legalNextStages`). Every move appends to the stage
 * history with the date, who and the evidence, which is required. The first move to Shared with
 * Sales appends a `conversion` to the conversion history; a move from Stalled back into the
 * process appends a `re-entry` with its date. OLS and CS are never touched.
 * @example
 * moveAccount(stalledFromOpportunity, 'opportunity', { at: '2025-04-14', by: ae, evidence: 'Budget unfrozen' })
 * // { ok: true, account: { stage: 'opportunity', conversionHistory: [ …, { kind: 're-entry', at: '2025-04-14', stage: 'opportunity' }] } }
 * moveAccount(identified, 'opportunity', …)
 * // { ok: false, reason: 'Cannot move Acme from Identified to Opportunity: from Identified it can go to Internal review or Disqualified' }
 */
export function moveAccount(account: QualifiedAccount, to: MqaStage, move: StageMoveInput): AccountResult {
  const from = account.stage;
  const fromTo = `${account.name} from ${MQA_STAGE_LABELS[from]} to ${MQA_STAGE_LABELS[to]}`;
  const legal = legalNextStages(account);
  if (!legal.includes(to)) {
    const why = legal.length === 0 ? `${MQA_STAGE_LABELS[from]} is final` : `from ${MQA_STAGE_LABELS[from]} it can go to ${list(legal)}`;
    return { ok: false, reason: `Cannot move ${fromTo}: ${why}` };
  }
  if (isBlank(move.evidence)) return { ok: false, reason: `Cannot move ${fromTo}: evidence is required` };
  const last = account.stageHistory[account.stageHistory.length - 1];
  if (last && move.at < last.at) {
    return { ok: false, reason: `Cannot move ${fromTo} on ${move.at}: the last move was on ${last.at}` };
  }

  const conversionHistory = [...account.conversionHistory];
  const isReEntry = from === 'stalled' && to !== 'disqualified';
  const isFirstConversion = to === 'shared-with-sales' && !account.conversionHistory.some((c) => c.kind === 'conversion');
  if (isReEntry) conversionHistory.push({ kind: 're-entry', at: move.at, stage: to });
  else if (isFirstConversion) conversionHistory.push({ kind: 'conversion', at: move.at, stage: to });

  return {
    ok: true,
    account: {
      ...account,
      stage: to,
      stageHistory: [...account.stageHistory, { from, to, at: move.at, by: move.by, evidence: move.evidence.trim() }],
      conversionHistory,
    },
  };
}
