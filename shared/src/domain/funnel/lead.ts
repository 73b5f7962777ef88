import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { IdSchema, NonBlankSchema } from '../common/text';

/** The lead funnel (MQL model), in order. MQL is the last stage of this funnel. */
export const LEAD_STAGES = ['subscriber', 'lead', 'engaged-lead', 'mql'] as const;
export const LeadStageSchema = z.enum(LEAD_STAGES);
export type LeadStage = z.infer<typeof LeadStageSchema>;

export const LEAD_STAGE_LABELS: Readonly<Record<LeadStage, string>> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  'engaged-lead': 'Engaged Lead',
  mql: 'MQL',
};

/** The five kinds of qualification evidence that can make a contact an MQL (DOMAIN.md §4). */
export const QUALIFICATION_EVIDENCE_KINDS = [
  'pre-qualified-source-engagement',
  'sustained-interaction',
  'bofu-asset-engagement',
  'direct-inbound-contact',
  'demo-request',
] as const;
export const QualificationEvidenceKindSchema = z.enum(QUALIFICATION_EVIDENCE_KINDS);
export type QualificationEvidenceKind = z.infer<typeof QualificationEvidenceKindSchema>;

export const QUALIFICATION_EVIDENCE_LABELS: Readonly<Record<QualificationEvidenceKind, string>> = {
  'pre-qualified-source-engagement': 'Engagement after a pre-qualifying source (campaign, event)',
  'sustained-interaction': 'Sustained content interaction and website behaviour',
  'bofu-asset-engagement': 'Engagement with BOFU or strategic assets',
  'direct-inbound-contact': 'Direct inbound contact',
  'demo-request': 'Explicit demo request',
};

/** One observed fact: what kind, when, and what exactly (e.g. "Attended webinar 12 Feb, asked 3 questions"). */
export const QualificationEvidenceSchema = z.object({
  kind: QualificationEvidenceKindSchema,
  at: IsoDateSchema,
  detail: NonBlankSchema,
});
export type QualificationEvidence = z.infer<typeof QualificationEvidenceSchema>;

export const LeadStageChangeSchema = z.object({
  from: LeadStageSchema.nullable(),
  to: LeadStageSchema,
  at: IsoDateSchema,
});
export type LeadStageChange = z.infer<typeof LeadStageChangeSchema>;

/**
 * A contact in the lead funnel. A contact is never an account: `accountId` only says which
 * account it belongs to, and contacts are counted with `countMqls`, never `countMqas`.
 */
export const LeadSchema = z.object({
  id: IdSchema,
  email: z.email(),
  name: z.string().optional(),
  accountId: IdSchema.optional(),
  stage: LeadStageSchema,
  evidence: z.array(QualificationEvidenceSchema),
  stageHistory: z.array(LeadStageChangeSchema),
});
export type Lead = z.infer<typeof LeadSchema>;
