import { z } from 'zod';

/** A 1–5 rating (1 = poor/none, 5 = excellent/very high), whole numbers only. */
export const RatingSchema = z.int().min(1).max(5);
export type Rating = z.infer<typeof RatingSchema>;
