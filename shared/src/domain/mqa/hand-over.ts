import type { IsoDate } from '../common/iso-date';
import type { Person } from '../common/person';
import { reject } from '../common/result';
import { isBlank } from '../common/text';
import type { QualifiedAccount } from './account';
import type { AccountResult } from './identify-account';
import { legalNextStages } from './legal-next-stages';
import { moveAccount } from './move-account';
import { CONVERTING_SOURCES, isConvertingSource } from './sources';
import { MQA_STAGE_LABELS } from './stages';

/** What a hand-over to Sales needs: who in Sales takes the account, what converted it, and why now. */
export interface HandOverInput {
  /** The Sales owner: a person of the directory (null: not chosen yet). */
  salesOwner: Person | null;
  /** One of {@link CONVERTING_SOURCES}; null when not chosen, or when the account has its CS already. */
  convertingSource: string | null;
  at: IsoDate;
  by: Person;
  evidence: string;
}

/** A part of the hand-over that can be missing, in the order the form asks for them. */
export type HandOverField = 'salesOwner' | 'convertingSource' | 'evidence';

const MISSING_WORDS: Record<HandOverField, string> = {
  salesOwner: 'the Sales owner',
  convertingSource: 'the Converting Source',
  evidence: 'the hand-over evidence',
};

/** True when the hand-over must record the Converting Source: the account has none yet (it is set once). */
export function handOverNeedsConvertingSource(account: Pick<QualifiedAccount, 'cs'>): boolean {
  return account.cs === null;
}

/**
 * What the hand-over still lacks, in the form's order: the Sales owner, the Converting Source
 * (only while the account has none) and the evidence.
 * @example handOverMissing(acmeWithoutCs, { salesOwner: null, convertingSource: null, evidence: 'x', … }) // ['salesOwner', 'convertingSource']
 */
export function handOverMissing(account: Pick<QualifiedAccount, 'cs'>, input: Pick<HandOverInput, 'salesOwner' | 'convertingSource' | 'evidence'>): HandOverField[] {
  const missing: HandOverField[] = [];
  if (input.salesOwner === null) missing.push('salesOwner');
  if (handOverNeedsConvertingSource(account) && isBlank(input.convertingSource)) missing.push('convertingSource');
  if (isBlank(input.evidence)) missing.push('evidence');
  return missing;
}

/**
 * The missing parts in words, for a sentence.
 * @example handOverMissingInWords(['salesOwner', 'convertingSource']) // 'the Sales owner and the Converting Source'
 */
export function handOverMissingInWords(fields: readonly HandOverField[]): string {
  const words = fields.map((f) => MISSING_WORDS[f]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Hands an account over to Sales (DOMAIN.md §5: Shared with Sales is a row in the Sales working
 * list): the one rule the web parts use to reach Shared with Sales. It needs the Sales owner and,
 * while the account has none, the Converting Source; only then does it move the account (stage
 * history with the evidence; the first hand-over appends the `conversion`, a return from Stalled a
 * `re-entry`), set the Sales owner and record the CS with its first conversion date — the first
 * conversion's date, so a CS missing at a re-entry still gets the date the account first converted.
 * An account that has its CS keeps it (set once; a change is a correction with a reason).
 * @example
 * handOverToSales(validated, { salesOwner: null, convertingSource: null, at: '2026-11-22', by: gmd, evidence: 'SOC project confirmed' })
 * // { ok: false, reason: 'Cannot hand Acme over to Sales: the Sales owner and the Converting Source are missing' }
 * handOverToSales(validated, { salesOwner: noor, convertingSource: 'Webinar', at: '2026-11-22', by: gmd, evidence: 'SOC project confirmed' })
 * // { ok: true, account: { stage: 'shared-with-sales', salesOwner: noor, cs: 'Webinar', csDate: '2026-11-22', conversionHistory: [{ kind: 'conversion', at: '2026-11-22', … }] } }
 */
export function handOverToSales(account: QualifiedAccount, input: HandOverInput): AccountResult {
  const who = `Cannot hand ${account.name} over to Sales`;
  if (!legalNextStages(account).includes('shared-with-sales')) {
    return reject(`${who}: it is at ${MQA_STAGE_LABELS[account.stage]}; an account is handed over from Presales validation, or again from Stalled`);
  }
  const missing = handOverMissing(account, input);
  const { salesOwner } = input;
  if (missing.length > 0 || salesOwner === null) {
    return reject(`${who}: ${handOverMissingInWords(missing)} ${missing.length > 1 ? 'are' : 'is'} missing`);
  }
  const source = input.convertingSource?.trim() ?? '';
  if (handOverNeedsConvertingSource(account) && !isConvertingSource(source)) {
    return reject(`${who}: “${source}” is not a Converting Source; choose one of ${CONVERTING_SOURCES.join(', ')}`);
  }
  const moved = moveAccount(account, 'shared-with-sales', { at: input.at, by: input.by, evidence: input.evidence });
  if (!moved.ok) return moved;
  if (!handOverNeedsConvertingSource(account)) return { ok: true, account: { ...moved.account, salesOwner } };
  const firstConversion = moved.account.conversionHistory.find((c) => c.kind === 'conversion')?.at ?? input.at;
  return { ok: true, account: { ...moved.account, salesOwner, cs: source, csDate: firstConversion } };
}
