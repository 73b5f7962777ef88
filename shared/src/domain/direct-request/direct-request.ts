import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { RatingSchema } from '../common/rating';
import { IdSchema, NonBlankSchema } from '../common/text';

/** The Global Marketing Director's assessment, each on a 1–5 scale (5 = best). */
export const TriageRatingsSchema = z.object({
  icpAlignment: RatingSchema,
  relevance: RatingSchema,
  strategicFit: RatingSchema,
});
export type TriageRatings = z.infer<typeof TriageRatingsSchema>;

export const TriageSchema = TriageRatingsSchema.extend({ by: PersonSchema, at: IsoDateSchema });
export type Triage = z.infer<typeof TriageSchema>;

/** The initial presales-oriented outreach, from a structured template. */
export const OutreachSchema = z.object({
  at: IsoDateSchema,
  by: PersonSchema,
  template: NonBlankSchema,
  notes: z.string().optional(),
});
export type Outreach = z.infer<typeof OutreachSchema>;

/**
 * How a direct request ends: an MQL (the contact, optionally its lead id), an MQA (the account it
 * was linked to or created as), or nurturing by marketing and sales.
 */
export const DirectRequestOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mql'), leadId: IdSchema.optional() }),
  z.object({ kind: z.literal('mqa'), accountId: IdSchema }),
  z.object({ kind: z.literal('nurture') }),
]);
export type DirectRequestOutcome = z.infer<typeof DirectRequestOutcomeSchema>;

/** A demo submission or direct contact message, triaged before any Sales handover. */
export const DirectRequestSchema = z.object({
  id: IdSchema,
  kind: z.enum(['demo-request', 'contact-message']),
  receivedAt: IsoDateSchema,
  contact: z.object({ email: z.email(), name: z.string().optional(), company: z.string().optional() }),
  message: z.string().optional(),
  triage: TriageSchema.nullable(),
  outreach: OutreachSchema.nullable(),
  outcome: DirectRequestOutcomeSchema.nullable(),
  closedAt: IsoDateSchema.nullable(),
});
export type DirectRequest = z.infer<typeof DirectRequestSchema>;
