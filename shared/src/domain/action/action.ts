import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { IdSchema } from '../common/text';
import { limitedNonBlank, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';

export const ActionStatusSchema = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** What an action is about: a KPI, a risk or an MQA account of the Control Plane. */
export const ActionLinkSchema = z.object({
  kind: z.enum(['kpi', 'risk', 'account']),
  id: IdSchema,
});
export type ActionLink = z.infer<typeof ActionLinkSchema>;

/** How long an action's title may be: the GTM Actions Title column (a single line of text). */
export const ACTION_TEXT_LIMITS = { title: SINGLE_LINE_TEXT_MAX } as const;

/**
 * A follow-up action (the accountability system). Owner and due date are required:
 * "someone should…" is not an action. `reviewId` is the GTM Review that created it, if one did: a
 * risk's mitigation is an action too (`link: { kind: 'risk' }`), created in the Risk Register.
 */
export const ActionSchema = z.object({
  id: IdSchema,
  title: limitedNonBlank('Title', ACTION_TEXT_LIMITS.title),
  owner: PersonSchema,
  dueDate: IsoDateSchema,
  status: ActionStatusSchema,
  reviewId: IdSchema.optional(),
  link: ActionLinkSchema.optional(),
});
export type Action = z.infer<typeof ActionSchema>;
