/**
 * The summary posted to the channel after the review. Teams renders the message as HTML, so every
 * piece of user text is escaped here: a decision that says `<b>` is posted as the four characters.
 */
import type { KpiSnapshotEntry, Person } from '@gtm/shared';
import { KPI_STATUS_LABELS } from '@gtm/shared';
import type { ReviewSession } from './review-model';

/** Escapes text for an HTML body (the only place user text meets HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const nameOf = (p: Person): string => p.displayName ?? p.email;

/**
 * The channel message: decisions, actions with owner and due date, KPIs off track, next review.
 * @example summaryHtml(session, snapshot, '2026-12-28') // '<h2>GTM Review 2026-12-07</h2>…'
 */
export function summaryHtml(session: ReviewSession, snapshot: readonly KpiSnapshotEntry[], nextDate: string): string {
  const list = (items: string[], empty: string): string =>
    items.length === 0 ? `<p>${empty}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const decisions = session.decisions.map((d) => `${escapeHtml(d.text)} <i>(${escapeHtml(d.item.title)})</i>`);
  const actions = session.actions.map(
    (a) => `${escapeHtml(a.title)} — <b>${escapeHtml(nameOf(a.owner))}</b>, due ${a.dueDate}`,
  );
  const offTrack = snapshot
    .filter((k) => k.status === 'off-track')
    .map((k) => `${escapeHtml(k.title)}: ${k.value ?? '—'} (target ${k.target}, ${KPI_STATUS_LABELS[k.status]})`);
  return [
    `<h2>GTM Review ${session.date}</h2>`,
    `<p>Attendees: ${escapeHtml(session.attendees.map(nameOf).join(', '))}</p>`,
    `<h3>Decisions</h3>`,
    list(decisions, 'No decisions recorded.'),
    `<h3>Actions</h3>`,
    list(actions, 'No new actions.'),
    `<h3>KPIs off track</h3>`,
    list(offTrack, 'No KPI is off track.'),
    `<p>Next review: ${nextDate}.</p>`,
  ].join('');
}
