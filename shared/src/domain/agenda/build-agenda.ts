import type { Action } from '../action/action';
import { addDays } from '../common/day-math';
import type { IsoDate } from '../common/iso-date';
import type { Kpi, KpiMeasurement } from '../kpi/kpi';
import { kpiStatusMap } from '../kpi/kpi-status';
import type { QualifiedAccount } from '../mqa/account';
import type { Review } from '../review/review';
import type { Risk } from '../risk/risk';
import { actionSection } from './action-section';
import type { AgendaSettings } from './agenda-settings';
import { resolveAgendaSettings } from './agenda-settings';
import type { Agenda, DeepDiveAgendaItem } from './agenda-types';
import { section } from './section';
import type { DeepDiveTopic } from './deep-dive';
import { kpiSection } from './kpi-section';
import { mqaSyncSection } from './mqa-section';
import { riskSection } from './risk-section';

export interface AgendaInput {
  now: IsoDate;
  /** The previous GTM Review, or null before the first one. */
  lastReview: Pick<Review, 'date'> | null;
  kpis: readonly Kpi[];
  measurements: readonly KpiMeasurement[];
  risks: readonly Risk[];
  accounts: readonly QualifiedAccount[];
  actions: readonly Action[];
  deepDives: readonly DeepDiveTopic[];
  settings?: Partial<AgendaSettings>;
}

/**
 * The start of "since the last review": the last review's date, inclusive (something done on the
 * review day after the meeting must not be missed; seeing it twice is the cheaper mistake).
 * Before the first review, one cadence back from `now`.
 * @example agendaSince(null, '2025-03-03', 21) // '2025-02-10'
 */
export function agendaSince(lastReview: Pick<Review, 'date'> | null, now: IsoDate, cadenceDays: number): IsoDate {
  return lastReview?.date ?? addDays(now, -cadenceDays);
}

/**
 * Builds the GTM Review agenda from the data, metrics first: (1) KPI review, (2) risks,
 * (3) MQA sync, (4) open and overdue actions, (5) deep-dive topics in the order attendees added
 * them. Every item carries a timebox in minutes from the settings; long sections are capped or
 * summarised (on-track KPIs as one line, the MQA sync as counts plus the top accounts per reason).
 * @example
 * buildAgenda({ now: '2025-03-03', lastReview: { date: '2025-02-10' }, kpis, measurements, risks,
 *   accounts, actions, deepDives: [{ title: 'Partner channel', proposedBy: ana }] })
 * // { since: '2025-02-10', sections: [kpi-review, risks, mqa-sync, actions, deep-dives], totalMinutes }
 */
export function buildAgenda(input: AgendaInput): Agenda {
  const settings = resolveAgendaSettings(input.settings);
  const { now } = input;
  const since = agendaSince(input.lastReview, now, settings.cadenceDays);
  const statuses = kpiStatusMap(input.kpis, input.measurements, now);
  const deepDives: DeepDiveAgendaItem[] = input.deepDives.map((topic) => ({
    kind: 'deep-dive', title: topic.title, proposedBy: topic.proposedBy, minutes: topic.minutes ?? settings.deepDiveMinutes,
  }));
  const sections: Agenda['sections'] = [
    kpiSection(input.kpis, input.measurements, now, settings),
    riskSection(input.risks, statuses, now, settings),
    mqaSyncSection(input.accounts, since, now, settings),
    actionSection(input.actions, now, settings),
    section('deep-dives', 'Deep dives', deepDives),
  ];
  return { now, since, sections, totalMinutes: sections.reduce((sum, s) => sum + s.minutes, 0) };
}
