import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { IdSchema } from '../common/text';
import { limitedNonBlank, limitedText, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';

/** The six Risk Register categories (DOMAIN.md §3). */
export const RISK_CATEGORIES = [
  'market-positioning',
  'pipeline-generation',
  'brand-perception',
  'execution-capacity',
  'channel-or-partner-dependency',
  'other',
] as const;
export const RiskCategorySchema = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof RiskCategorySchema>;

export const RISK_CATEGORY_LABELS: Readonly<Record<RiskCategory, string>> = {
  'market-positioning': 'Market positioning',
  'pipeline-generation': 'Pipeline generation',
  'brand-perception': 'Brand perception',
  'execution-capacity': 'Execution capacity',
  'channel-or-partner-dependency': 'Channel or partner dependency',
  other: 'Other',
};

/** A point on the 1–5 likelihood or impact scale. */
export const RiskLevelSchema = z.int().min(1).max(5);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/** Likelihood × impact, before (inherent) or after (residual) mitigation. */
export const RiskAssessmentSchema = z.object({
  likelihood: RiskLevelSchema,
  impact: RiskLevelSchema,
});
export type RiskAssessment = z.infer<typeof RiskAssessmentSchema>;

export const RiskStatusSchema = z.enum(['open', 'mitigating', 'accepted', 'closed']);
export type RiskStatus = z.infer<typeof RiskStatusSchema>;

/**
 * How long the Risk Register's texts may be: Title and a mitigation's title are single lines (a
 * mitigation may become a GTM Actions item, whose Title holds 255); a description a few paragraphs.
 * Each equals the `maxLength` of its column (checked in `shared/src/sharepoint/lists`).
 */
export const RISK_TEXT_LIMITS = { title: SINGLE_LINE_TEXT_MAX, description: 4000, mitigationTitle: SINGLE_LINE_TEXT_MAX } as const;

/**
 * A mitigation step: a GTM Actions item linked to its risk (`link: { kind: 'risk', id }`), so it
 * needs an owner and a due date like any action. `id` is that item's id; a mitigation added in the
 * editor has none until it is saved.
 */
export const MitigationActionSchema = z.object({
  id: IdSchema.optional(),
  title: limitedNonBlank('Mitigation action', RISK_TEXT_LIMITS.mitigationTitle),
  owner: PersonSchema,
  dueDate: IsoDateSchema,
  status: z.enum(['open', 'done', 'dropped']),
});
export type MitigationAction = z.infer<typeof MitigationActionSchema>;

/**
 * A Risk Register entry. `mitigationActions` are the GTM Actions linked to the risk, joined in by
 * the data layer (`risk-mitigations.ts`); the Risk Register item itself does not hold them. Residual risk is what is left after mitigation, so its score may not
 * exceed the inherent score. `lastReviewedAt` is null for a risk never reviewed yet.
 */
export const RiskSchema = z
  .object({
    id: IdSchema,
    title: limitedNonBlank('Title', RISK_TEXT_LIMITS.title),
    description: limitedText('Description', RISK_TEXT_LIMITS.description).optional(),
    category: RiskCategorySchema,
    owner: PersonSchema,
    inherent: RiskAssessmentSchema,
    residual: RiskAssessmentSchema,
    mitigationActions: z.array(MitigationActionSchema),
    monitoringKpiIds: z.array(IdSchema),
    status: RiskStatusSchema,
    lastReviewedAt: IsoDateSchema.nullable(),
    /** The day the item was created (SharePoint's built-in Created), when the store says: a never-reviewed risk's review clock starts there. */
    createdAt: IsoDateSchema.optional(),
  })
  .refine((r) => r.residual.likelihood * r.residual.impact <= r.inherent.likelihood * r.inherent.impact, {
    message: 'The residual score (after mitigation) cannot exceed the inherent score',
    path: ['residual'],
  });
export type Risk = z.infer<typeof RiskSchema>;
