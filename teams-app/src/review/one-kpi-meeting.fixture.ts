/**
 * The smallest review data a meeting-view test needs: Elena Ricci, one channel, one KPI
 * (Pipeline generated, €705,000 of €1,200,000 reported for the review of 7 Dec 2026).
 */
import type { Kpi } from '@gtm/shared';
import type { AgendaData } from './review-backend';

export const elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
export const place = { teamId: 'team-1', channelId: 'channel-1' };
export const pipeline: Kpi = {
  id: 'pipeline', title: 'Pipeline generated', area: 'pipeline-generation', owner: elena, unit: 'currency', direction: 'higher',
  target: 1_200_000, amberThreshold: 1_000_000, redThreshold: 800_000,
};
export const data: AgendaData = {
  kpis: [pipeline], measurements: [{ kpiId: 'pipeline', cycle: '2026-12-07', value: 705_000 }],
  risks: [], accounts: [], actions: [], lastReview: null, attendeeOptions: { from: 'circle', people: [elena], note: null }, invalid: [],
};
