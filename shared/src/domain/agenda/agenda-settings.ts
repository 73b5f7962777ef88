import { z } from 'zod';
import { REVIEW_CADENCE_DAYS } from '../review/cadence';
import { RISK_STALE_AFTER_DAYS } from '../risk/review-due';

/**
 * Agenda settings with defaults. Timeboxes are minutes per item: a 60-minute review with 3
 * off-track KPIs (15), 2 risks (10), 4 accounts (12), 4 actions (~6) leaves room for 1 deep dive.
 */
export const AgendaSettingsSchema = z.object({
  /** Days between reviews; also the look-back window when there is no last review. */
  cadenceDays: z.int().min(1).default(REVIEW_CADENCE_DAYS),
  /** A risk not reviewed for this many days comes back to the agenda (two cycles). */
  staleRiskDays: z.int().min(1).default(RISK_STALE_AFTER_DAYS),
  kpiOffTrackMinutes: z.number().min(0).default(5),
  kpiAtRiskMinutes: z.number().min(0).default(3),
  kpiOnTrackMinutes: z.number().min(0).default(1),
  kpiNoDataMinutes: z.number().min(0).default(1),
  riskMinutes: z.number().min(0).default(5),
  accountMinutes: z.number().min(0).default(3),
  overdueActionMinutes: z.number().min(0).default(2),
  openActionMinutes: z.number().min(0).default(1),
  deepDiveMinutes: z.number().min(0).default(10),
});
export type AgendaSettings = z.infer<typeof AgendaSettingsSchema>;

export const DEFAULT_AGENDA_SETTINGS: Readonly<AgendaSettings> = AgendaSettingsSchema.parse({});

/**
 * The defaults with the given overrides; throws a ZodError when an override is invalid
 * (a negative timebox is a programming or configuration error, not a user decision).
 * @example resolveAgendaSettings({ riskMinutes: 8 }).riskMinutes // 8; .deepDiveMinutes // 10
 */
export function resolveAgendaSettings(overrides: Partial<AgendaSettings> = {}): AgendaSettings {
  return AgendaSettingsSchema.parse({ ...DEFAULT_AGENDA_SETTINGS, ...overrides });
}
