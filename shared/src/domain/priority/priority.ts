import { z } from 'zod';
import { PersonSchema } from '../common/person';
import { IdSchema, NonBlankSchema } from '../common/text';

export const PriorityStatusSchema = z.enum(['planned', 'in-progress', 'on-hold', 'done', 'dropped']);
export type PriorityStatus = z.infer<typeof PriorityStatusSchema>;

/** A ranked GTM initiative: rank 1 is the most important. */
export const PrioritySchema = z.object({
  id: IdSchema,
  title: NonBlankSchema,
  rank: z.int().min(1),
  owner: PersonSchema,
  status: PriorityStatusSchema,
});
export type Priority = z.infer<typeof PrioritySchema>;
