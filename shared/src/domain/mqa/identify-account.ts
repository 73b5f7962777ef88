import type { IsoDate } from '../common/iso-date';
import type { Person } from '../common/person';
import type { Rejection } from '../common/result';
import { reject } from '../common/result';
import { isBlank } from '../common/text';
import type { QualifiedAccount } from './account';

export type AccountResult = { ok: true; account: QualifiedAccount } | Rejection;

export type NewAccount = Pick<
  QualifiedAccount,
  'id' | 'name' | 'domain' | 'icpFit' | 'intentTopics' | 'engagementScore' | 'marketingOwner'
> & { salesOwner?: Person | null };

/** Who identified the account, when, and why: the first entry of its stage history. */
export interface StageMoveInput {
  at: IsoDate;
  by: Person;
  evidence: string;
}

/**
 * Adds an account to the MQA file at Identified. Attribution facts start empty: they are
 * recorded from the CRM with `recordOriginalLeadSource` / `recordConvertingSource`.
 * @example identifyAccount({ id: 'acme', name: 'Acme', … }, { at: '2025-03-03', by: gmd, evidence: 'Intent surge on "SIEM"' })
 * // { ok: true, account: { stage: 'identified', identifiedAt: '2025-03-03', stageHistory: [1 entry], … } }
 */
export function identifyAccount(input: NewAccount, move: StageMoveInput): AccountResult {
  if (isBlank(move.evidence)) return reject(`Cannot identify ${input.name}: evidence is required`);
  return {
    ok: true,
    account: {
      ...input,
      salesOwner: input.salesOwner ?? null,
      stage: 'identified',
      identifiedAt: move.at,
      stageHistory: [{ from: null, to: 'identified', at: move.at, by: move.by, evidence: move.evidence.trim() }],
      ols: null,
      olsDate: null,
      cs: null,
      csDate: null,
      conversionHistory: [],
      attributionAudit: [],
    },
  };
}
