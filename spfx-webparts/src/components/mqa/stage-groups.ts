import type { MqaStage, QualifiedAccount } from '@gtm/shared';
import { MQA_STAGE_LABELS, MQA_STAGES } from '@gtm/shared';

/** One stage of the MQA file and the accounts at it, as the grouped list shows it. */
export interface StageGroup {
  stage: MqaStage;
  label: string;
  accounts: QualifiedAccount[];
}

/**
 * The accounts grouped by stage, in the MQA file's order (Identified → … → Won / Lost, then
 * Disqualified and Stalled), each group sorted by name. Stages without accounts are left out,
 * so the list never shows empty headers.
 * @example groupByStage([acme@identified, globex@opportunity, initech@identified]).map(g => [g.label, g.accounts.length])
 * // [['Identified', 2], ['Opportunity', 1]]
 */
export function groupByStage(accounts: readonly QualifiedAccount[]): StageGroup[] {
  const byStage = new Map<MqaStage, QualifiedAccount[]>();
  for (const account of accounts) {
    const group = byStage.get(account.stage);
    if (group) group.push(account);
    else byStage.set(account.stage, [account]);
  }
  return MQA_STAGES.filter((stage) => byStage.has(stage)).map((stage) => ({
    stage,
    label: MQA_STAGE_LABELS[stage],
    accounts: [...(byStage.get(stage) ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
  }));
}
