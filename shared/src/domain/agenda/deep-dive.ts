import { z } from 'zod';
import { PersonSchema } from '../common/person';
import { NonBlankSchema } from '../common/text';

/** A topic an attendee adds to the agenda; `minutes` overrides the default timebox. */
export const DeepDiveTopicSchema = z.object({
  title: NonBlankSchema,
  proposedBy: PersonSchema,
  minutes: z.number().positive().optional(),
});
export type DeepDiveTopic = z.infer<typeof DeepDiveTopicSchema>;
