import { z } from 'zod';

/** An identifier: any non-empty string (SharePoint item ids, CRM ids, slugs). */
export const IdSchema = z.string().min(1);

/** Free text that must say something: blank or whitespace-only is rejected, edges are trimmed. */
export const NonBlankSchema = z.string().trim().min(1);

/** True when the text has something other than whitespace. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim().length === 0;
}
