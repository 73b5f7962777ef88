import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { RatingSchema } from '../common/rating';
import { IdSchema } from '../common/text';
import { atMost, EMAIL_MAX, limitedNonBlank, limitedText, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';

/**
 * How long a direct request's texts may be: the contact's name, e-mail and company are single-line
 * columns; the message a web form sends is a note of a few paragraphs; the outreach (JSON in the
 * `GtmOutreach` note) names a template and keeps the presales notes.
 */
export const DIRECT_REQUEST_TEXT_LIMITS = {
  contactName: SINGLE_LINE_TEXT_MAX,
  contactEmail: EMAIL_MAX,
  company: SINGLE_LINE_TEXT_MAX,
  message: 4000,
  outreachTemplate: SINGLE_LINE_TEXT_MAX,
  outreachNotes: 2000,
  /** The lead id (MQL) or MQA File item id the request became (`GtmOutcomeRef`). */
  outcomeRef: SINGLE_LINE_TEXT_MAX,
} as const;

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
  template: limitedNonBlank('Template', DIRECT_REQUEST_TEXT_LIMITS.outreachTemplate),
  notes: limitedText('Outreach notes', DIRECT_REQUEST_TEXT_LIMITS.outreachNotes).optional(),
});
export type Outreach = z.infer<typeof OutreachSchema>;

/**
 * How a direct request ends: an MQL (the contact, optionally its lead id), an MQA (the account it
 * was linked to or created as), or nurturing by marketing and sales.
 */
export const DirectRequestOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mql'), leadId: IdSchema.pipe(limitedText('Lead id', DIRECT_REQUEST_TEXT_LIMITS.outcomeRef)).optional() }),
  z.object({ kind: z.literal('mqa'), accountId: IdSchema }),
  z.object({ kind: z.literal('nurture') }),
]);
export type DirectRequestOutcome = z.infer<typeof DirectRequestOutcomeSchema>;

/** A demo submission or direct contact message, triaged before any Sales handover. */
export const DirectRequestSchema = z.object({
  id: IdSchema,
  kind: z.enum(['demo-request', 'contact-message']),
  receivedAt: IsoDateSchema,
  contact: z.object({
    email: z.email().superRefine(atMost('Contact e-mail', DIRECT_REQUEST_TEXT_LIMITS.contactEmail)),
    name: limitedText('Contact name', DIRECT_REQUEST_TEXT_LIMITS.contactName).optional(),
    company: limitedText('Company', DIRECT_REQUEST_TEXT_LIMITS.company).optional(),
  }),
  message: limitedText('Message', DIRECT_REQUEST_TEXT_LIMITS.message).optional(),
  triage: TriageSchema.nullable(),
  outreach: OutreachSchema.nullable(),
  outcome: DirectRequestOutcomeSchema.nullable(),
  closedAt: IsoDateSchema.nullable(),
});
export type DirectRequest = z.infer<typeof DirectRequestSchema>;
