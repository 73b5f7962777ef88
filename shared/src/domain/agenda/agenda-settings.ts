import { z } from 'zod';
import { REVIEW_CADENCE_DAYS } from '../review/cadence';
import { RISK_STALE_AFTER_DAYS } from '../risk/review-due';

/**
 * Agenda settings with defaults. Timeboxes are minutes per item, and the long sections are capped
 * so the meeting stays a meeting (about an hour): KPIs off track 4 and at risk 2 minutes each,
 * every on-track KPI together one line of 1 minute ("17 on track"); risks 3 minutes each, at most
 * 15 for the section; the MQA sync names the top 2 accounts per reason (2 minutes each) and counts
 * the rest; actions 2 minutes overdue, 1 open, at most 10; deep dives 10 minutes each.
 * E.g. 5 + 5 off-track/at-risk KPIs (30 + 1), 17 risks (15), 7 named accounts (14), 15 actions (10) = 70.
 */
export const AgendaSettingsSchema = z.object({
  /** Days between reviews; also the look-back window when there is no last review. */
  cadenceDays: z.int().min(1).default(REVIEW_CADENCE_DAYS),
  /** A risk not reviewed for this many days comes back to the agenda (two cycles). */
  staleRiskDays: z.int().min(1).default(RISK_STALE_AFTER_DAYS),
  kpiOffTrackMinutes: z.number().min(0).default(4),
  kpiAtRiskMinutes: z.number().min(0).default(2),
  /** All on-track KPIs are one line ("17 on track"): this is the line's timebox, not each KPI's. */
  kpiOnTrackLineMinutes: z.number().min(0).default(1),
  /** A KPI without a value this cycle: someone has to report it (per KPI). */
  kpiNoDataMinutes: z.number().min(0).default(1),
  riskMinutes: z.number().min(0).default(3),
  /** The risk section never takes more than this, however many risks qualify. */
  riskSectionMaxMinutes: z.number().min(0).default(15),
  accountMinutes: z.number().min(0).default(2),
  /** The MQA sync names this many accounts per reason (new, stalled, …) and counts the others. */
  mqaAccountsPerReason: z.int().min(0).default(2),
  overdueActionMinutes: z.number().min(0).default(2),
  openActionMinutes: z.number().min(0).default(1),
  /** The action section never takes more than this, however many actions are open. */
  actionSectionMaxMinutes: z.number().min(0).default(10),
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
