import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date';
import { PersonSchema } from '../common/person';
import { IdSchema, NonBlankSchema } from '../common/text';

export const ActionStatusSchema = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** What an action is about: a KPI, a risk or an MQA account of the Control Plane. */
export const ActionLinkSchema = z.object({
  kind: z.enum(['kpi', 'risk', 'account']),
  id: IdSchema,
});
export type ActionLink = z.infer<typeof ActionLinkSchema>;

/**
 * A follow-up action (the accountability system). Owner and due date are required:
 * "someone should…" is not an action. `reviewId` is the GTM Review that created it.
 */
export const ActionSchema = z.object({
  id: IdSchema,
  title: NonBlankSchema,
  owner: PersonSchema,
  dueDate: IsoDateSchema,
  status: ActionStatusSchema,
  reviewId: IdSchema,
  link: ActionLinkSchema.optional(),
});
export type Action = z.infer<typeof ActionSchema>;
