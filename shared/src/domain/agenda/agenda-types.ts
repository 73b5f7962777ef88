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
  /** Sum of the items' timeboxes. */
  minutes: number;
}

export type KpiSection = Section<'kpi-review', KpiAgendaItem>;
export type RiskSection = Section<'risks', RiskAgendaItem>;
export type MqaSyncSection = Section<'mqa-sync', AccountAgendaItem>;
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

