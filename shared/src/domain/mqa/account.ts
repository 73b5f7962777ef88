import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { RatingSchema } from '../common/rating';
import { IdSchema } from '../common/text';
import { DOMAIN_NAME_MAX, limitedNonBlank, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';
import { MqaStageSchema } from './stages';

/**
 * How long an account's texts may be: its name (the MQA File Title), domain (253, the longest
 * domain name), OLS/CS and each intent topic are single lines; the evidence of a stage move and the
 * reason of a correction (JSON in the history notes) a paragraph each.
 */
export const ACCOUNT_TEXT_LIMITS = {
  name: SINGLE_LINE_TEXT_MAX,
  domain: DOMAIN_NAME_MAX,
  ols: SINGLE_LINE_TEXT_MAX,
  cs: SINGLE_LINE_TEXT_MAX,
  intentTopic: SINGLE_LINE_TEXT_MAX,
  evidence: 1000,
  reason: 1000,
} as const;

/** One move in the MQA file: when, who, and the evidence that justified it (required). */
export const MqaStageChangeSchema = z.object({
  from: MqaStageSchema.nullable(),
  to: MqaStageSchema,
  at: IsoDateSchema,
  by: PersonSchema,
  evidence: limitedNonBlank('Evidence', ACCOUNT_TEXT_LIMITS.evidence),
});
export type MqaStageChange = z.infer<typeof MqaStageChangeSchema>;

/**
 * The account's conversion dates: its first share with Sales (`conversion`) and each return from
 * Stalled (`re-entry`), with the stage it came back to. Kept for journey analysis; it never
 * changes OLS or CS.
 */
export const ConversionEventSchema = z.object({
  kind: z.enum(['conversion', 're-entry']),
  at: IsoDateSchema,
  stage: MqaStageSchema,
});
export type ConversionEvent = z.infer<typeof ConversionEventSchema>;

/** The attribution facts a correction can change. */
export const SOURCE_FIELDS = ['ols', 'olsDate', 'cs', 'csDate'] as const;
export const SourceFieldSchema = z.enum(SOURCE_FIELDS);
export type SourceField = z.infer<typeof SourceFieldSchema>;

/** The audit trail of an OLS/CS correction. */
export const SourceAuditEntrySchema = z.object({
  field: SourceFieldSchema,
  oldValue: z.string().nullable(),
  newValue: z.string(),
  reason: limitedNonBlank('Reason', ACCOUNT_TEXT_LIMITS.reason),
  by: PersonSchema,
  at: IsoDateSchema,
});
export type SourceAuditEntry = z.infer<typeof SourceAuditEntrySchema>;

/**
 * An account of the MQA file (the account-based model). Not a contact: counted with `countMqas`.
 * OLS = Original Lead Source (with its creation date), CS = Converting Source (with its first
 * conversion date): facts, set once, changed only by an audited correction.
 */
export const QualifiedAccountSchema = z
  .object({
    id: IdSchema,
    name: limitedNonBlank('Account name', ACCOUNT_TEXT_LIMITS.name),
    domain: limitedNonBlank('Domain', ACCOUNT_TEXT_LIMITS.domain),
    /** 1 = poor fit with the Ideal Customer Profile, 5 = perfect fit. */
    icpFit: RatingSchema,
    intentTopics: z.array(limitedNonBlank('Intent topic', ACCOUNT_TEXT_LIMITS.intentTopic)),
    engagementScore: z.number().min(0),
    marketingOwner: PersonSchema,
    salesOwner: PersonSchema.nullable(),
    stage: MqaStageSchema,
    identifiedAt: IsoDateSchema,
    stageHistory: z.array(MqaStageChangeSchema),
    ols: limitedNonBlank('Original lead source', ACCOUNT_TEXT_LIMITS.ols).nullable(),
    olsDate: IsoDateSchema.nullable(),
    cs: limitedNonBlank('Converting source', ACCOUNT_TEXT_LIMITS.cs).nullable(),
    csDate: IsoDateSchema.nullable(),
    conversionHistory: z.array(ConversionEventSchema),
    attributionAudit: z.array(SourceAuditEntrySchema),
  })
  .refine((a) => a.stageHistory.length === 0 || a.stageHistory[a.stageHistory.length - 1]?.to === a.stage, {
    message: 'The stage must be the last stage in the stage history',
    path: ['stage'],
  });
export type QualifiedAccount = z.infer<typeof QualifiedAccountSchema>;
