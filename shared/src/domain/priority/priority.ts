import { z } from 'zod';
import { PersonSchema } from '../common/person';
import { IdSchema } from '../common/text';
import { limitedNonBlank, SINGLE_LINE_TEXT_MAX } from '../common/text-limit';

export const PriorityStatusSchema = z.enum(['planned', 'in-progress', 'on-hold', 'done', 'dropped']);
export type PriorityStatus = z.infer<typeof PriorityStatusSchema>;

/** How long a priority's title may be: the GTM Priorities Title column. */
export const PRIORITY_TEXT_LIMITS = { title: SINGLE_LINE_TEXT_MAX } as const;

/** A ranked GTM initiative: rank 1 is the most important. */
export const PrioritySchema = z.object({
  id: IdSchema,
  title: limitedNonBlank('Title', PRIORITY_TEXT_LIMITS.title),
  rank: z.int().min(1),
  owner: PersonSchema,
  status: PriorityStatusSchema,
});
export type Priority = z.infer<typeof PrioritySchema>;
