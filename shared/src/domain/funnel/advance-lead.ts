import type { IsoDate } from '../common/iso-date';
import type { Rejection } from '../common/result';
import { reject } from '../common/result';
import type { Lead, LeadStage, QualificationEvidence } from './lead';
import { LEAD_STAGE_LABELS, LEAD_STAGES } from './lead';

export type LeadResult = { ok: true; lead: Lead } | Rejection;

export interface AdvanceLeadInput {
  at: IsoDate;
  /** Evidence observed with this move; it is added to the lead's evidence. */
  evidence?: readonly QualificationEvidence[];
}

/**
 * Moves a contact forward in the funnel Subscriber → Lead → Engaged Lead → MQL. Forward moves may
 * skip stages (a demo request can make a subscriber an MQL at once), backward moves are
 * rejected (stages reflect evidence gathered, and evidence is not undone), and MQL is the end of
 * this funnel. Becoming MQL needs at least one piece of qualification evidence, already on the
 * lead or given with the move: stages reflect evidence, never a guess.
 * @example
 * advanceLead(subscriber, 'mql', { at: '2025-03-03', evidence: [{ kind: 'demo-request', at: '2025-03-03', detail: 'Demo form' }] })
 * // { ok: true, lead: { stage: 'mql', evidence: [1 item], stageHistory: [… , { from: 'subscriber', to: 'mql', at: '2025-03-03' }] } }
 */
export function advanceLead(lead: Lead, to: LeadStage, input: AdvanceLeadInput): LeadResult {
  const from = lead.stage;
  const move = `${LEAD_STAGE_LABELS[from]} to ${LEAD_STAGE_LABELS[to]}`;
  if (from === to) return reject(`Cannot move from ${move}: the contact is already ${LEAD_STAGE_LABELS[to]}`);
  if (from === 'mql') return reject(`Cannot move from ${move}: MQL is the last stage of the lead funnel`);
  if (LEAD_STAGES.indexOf(to) < LEAD_STAGES.indexOf(from)) {
    return reject(`Cannot move from ${move}: the funnel only moves forward`);
  }
  const evidence = [...lead.evidence, ...(input.evidence ?? [])];
  if (to === 'mql' && evidence.length === 0) {
    return reject(`Cannot move from ${move}: an MQL needs at least one piece of qualification evidence`);
  }
  const last = lead.stageHistory[lead.stageHistory.length - 1];
  if (last && input.at < last.at) {
    return reject(`Cannot move from ${move} on ${input.at}: the last move was on ${last.at}`);
  }
  return {
    ok: true,
    lead: { ...lead, stage: to, evidence, stageHistory: [...lead.stageHistory, { from, to, at: input.at }] },
  };
}

/**
 * Records evidence without moving the contact (a CRM enrichment, a webinar attendance).
 * @example recordLeadEvidence(lead, { kind: 'bofu-asset-engagement', at: '2025-03-01', detail: 'Pricing guide' }).evidence.length // +1
 */
export function recordLeadEvidence(lead: Lead, evidence: QualificationEvidence): Lead {
  return { ...lead, evidence: [...lead.evidence, evidence] };
}
