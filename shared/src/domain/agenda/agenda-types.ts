import type { IsoDate } from '../common/iso-date';
import type { Person } from '../common/person';
import type { ActionLink } from '../action/action';
import type { Kpi } from '../kpi/kpi';
import type { KpiStatus } from '../kpi/kpi-status';
import type { KpiTrend } from '../kpi/kpi-trend';
import type { MqaStage } from '../mqa/stages';
import type { RiskCategory } from '../risk/risk';
import type { RiskRating } from '../risk/score';

export interface KpiAgendaItem {
  kind: 'kpi';
  kpiId: string;
  title: string;
  area: Kpi['area'];
  owner: Person;
  unit: Kpi['unit'];
  /** The direction and edges that decide `status` (shown beside it: "on track ≥ €40,000 · at risk > €35,000"). */
  direction: Kpi['direction'];
  amberThreshold: number;
  redThreshold: number;
  status: KpiStatus;
  trend: KpiTrend;
  value: number | null;
  target: number;
  minutes: number;
}

/** Why a risk is on the agenda. */
export type RiskAgendaReason = 'high-rating' | 'triggered' | 'not-reviewed';

export interface RiskAgendaItem {
  kind: 'risk';
  riskId: string;
  title: string;
  category: RiskCategory;
  owner: Person;
  residual: { score: number; rating: RiskRating };
  inherent: { score: number; rating: RiskRating };
  reasons: RiskAgendaReason[];
  /** Null when never reviewed. */
  daysSinceReview: number | null;
  minutes: number;
}

/** Why an account is in the MQA sync, in the order the sync discusses them. */
export const ACCOUNT_AGENDA_REASONS = ['new', 'stalled', 're-entered', 'shared-with-sales'] as const;
export type AccountAgendaReason = (typeof ACCOUNT_AGENDA_REASONS)[number];

export interface AccountAgendaItem {
  kind: 'account';
  accountId: string;
  name: string;
  stage: MqaStage;
  marketingOwner: Person;
  salesOwner: Person | null;
  reasons: AccountAgendaReason[];
  /** Why this account is named before others of its reason (higher first). */
  engagementScore: number;
  minutes: number;
}

export interface ActionAgendaItem {
  kind: 'action';
  actionId: string;
  title: string;
  owner: Person;
  dueDate: IsoDate;
  overdue: boolean;
  daysOverdue: number;
  link?: ActionLink;
  minutes: number;
}

export interface DeepDiveAgendaItem {
  kind: 'deep-dive';
  title: string;
  proposedBy: Person;
  minutes: number;
}

export interface Section<K extends string, I> {
  key: K;
  title: string;
  items: I[];
  /** The section's timebox: its items' timeboxes added up, capped for the long sections (see settings). */
  minutes: number;
}

/** The KPI review: every KPI (on-track ones have no timebox of their own: they are one line). */
export interface KpiSection extends Section<'kpi-review', KpiAgendaItem> {
  /** The one line for all on-track KPIs ("17 on track") and its timebox (0 when none is on track). */
  onTrackLine: { count: number; minutes: number };
}
export type RiskSection = Section<'risks', RiskAgendaItem>;
/** The MQA sync: counts per reason, and the top accounts per reason by name. */
export interface MqaSyncSection extends Section<'mqa-sync', AccountAgendaItem> {
  /** Accounts per reason, named or not (an account with two reasons counts under both). */
  reasonCounts: Record<AccountAgendaReason, number>;
  /** Accounts in the sync that are counted but not named (beyond the top N of their first reason). */
  unnamed: number;
}
export type ActionSection = Section<'actions', ActionAgendaItem>;
export type DeepDiveSection = Section<'deep-dives', DeepDiveAgendaItem>;
export type AgendaSection = KpiSection | RiskSection | MqaSyncSection | ActionSection | DeepDiveSection;

export interface Agenda {
  now: IsoDate;
  /** Start of the "since the last review" window (inclusive). */
  since: IsoDate;
  /** Always all five sections, in meeting order; an empty section still shows "nothing to discuss". */
  sections: [KpiSection, RiskSection, MqaSyncSection, ActionSection, DeepDiveSection];
  totalMinutes: number;
}

