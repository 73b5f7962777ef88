/**
 * The summary posted to the channel after the review, as an HTML chatMessage (the README says why
 * HTML and not an Adaptive Card). Teams renders the message as HTML, so every piece of user text is
 * escaped here: a decision that says `<b>` is posted as the four characters. Values read as the
 * tab shows them (`formatKpiValue`: €705,000, 16.7%, 79 days); an action's owner who is a directory
 * user is an @mention (`<at id="N">` with the mention N, Graph chatMessageMention), anyone else
 * their name in bold.
 */
import type { Action, Kpi, KpiSnapshotEntry, Person } from '@gtm/shared';
import { formatKpiValue, KPI_STATUS_LABELS, samePerson } from '@gtm/shared';
import type { ChannelMessage } from '../data/teams-graph';
import type { ReviewSession } from './review-model';

/** Escapes text for an HTML body (the only place user text meets HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const nameOf = (p: Person): string => p.displayName ?? p.email;

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2026-12-28` → `Mon 28 Dec 2026` (a calendar date: formatted in UTC so it never shifts). */
export function reviewDay(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`)).replace(/,/g, '');
}

export interface SummaryInput {
  session: ReviewSession;
  snapshot: readonly KpiSnapshotEntry[];
  kpis: readonly Kpi[];
  /** The open actions of the agenda (for the titles of those closed in the meeting). */
  actions: readonly Action[];
  next: { date: string; start: string; end: string; timeZone: string };
  /** Directory users by e-mail (lower case): who gets an @mention. */
  users: ReadonlyMap<string, { id: string; displayName: string }>;
}

/** The KPIs that need the room's attention, worst first, and how many are fine or unreported. */
function kpiTable(input: SummaryInput): string {
  const unitOf = new Map(input.kpis.map((k) => [k.id, k]));
  const value = (k: KpiSnapshotEntry, n: number | null): string => {
    const kpi = unitOf.get(k.kpiId);
    return n === null ? '—' : kpi ? formatKpiValue(kpi, n) : String(n);
  };
  const rank = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, 'no-data': 3 } as const;
  const attention = input.snapshot.filter((k) => k.status === 'off-track' || k.status === 'at-risk').sort((a, b) => rank[a.status] - rank[b.status]);
  const onTrack = input.snapshot.filter((k) => k.status === 'on-track').length;
  const noData = input.snapshot.filter((k) => k.status === 'no-data').length;
  const rest = [`${onTrack} on track`, ...(noData > 0 ? [`${noData} without a value`] : [])].join(', ');
  if (attention.length === 0) return `<p>Every KPI is on track (${rest}).</p>`;
  const rows = attention.map(
    (k) => `<tr><td>${escapeHtml(k.title)}</td><td>${escapeHtml(value(k, k.value))}</td><td>${escapeHtml(value(k, k.target))}</td><td>${KPI_STATUS_LABELS[k.status]}</td></tr>`,
  );
  return `<table><thead><tr><th>KPI</th><th>Actual</th><th>Target</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table><p>${rest}.</p>`;
}

function list(items: string[], empty: string): string {
  return items.length === 0 ? `<p>${empty}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/**
 * The channel message: attendees, KPIs needing attention, decisions, new actions with owner and
 * due date, actions closed in the meeting, deep dives, and the next review.
 * @example summaryMessage(input).html // '<h2>GTM Review Mon 7 Dec 2026</h2>…'
 */
export function summaryMessage(input: SummaryInput): ChannelMessage {
  const { session } = input;
  const mentions: ChannelMessage['mentions'] = [];
  const owner = (p: Person): string => {
    const user = input.users.get(p.email.toLowerCase());
    if (!user) return `<b>${escapeHtml(nameOf(p))}</b>`;
    // One mention per person: Teams notifies them once however many actions they own.
    let mention = mentions.find((m) => m.user.id === user.id);
    if (!mention) {
      mention = { id: mentions.length, mentionText: user.displayName, user };
      mentions.push(mention);
    }
    return `<at id="${mention.id}">${escapeHtml(mention.mentionText)}</at>`;
  };
  const about = (item: { key: string; title: string }): string => (item.key.startsWith('section:') ? '' : ` <i>(${escapeHtml(item.title)})</i>`);
  const decisions = session.decisions.map((d) => `${escapeHtml(d.text)}${about(d.item)}`);
  const actions = session.actions.map((a) => `${escapeHtml(a.title)} — ${owner(a.owner)}, due ${reviewDay(a.dueDate)}${about(a.item)}`);
  const closed = session.doneActionIds.map((id) => {
    const action = input.actions.find((a) => a.id === id);
    return action ? `${escapeHtml(action.title)} — ${escapeHtml(nameOf(action.owner))}` : `Action #${escapeHtml(id)}`;
  });
  const dives = session.deepDives.map((d) => `${escapeHtml(d.title)} <i>(proposed by ${escapeHtml(nameOf(d.proposedBy))})</i>`);
  const attendees = session.attendees.filter((p, i) => session.attendees.findIndex((q) => samePerson(p, q)) === i);
  const html = [
    `<h2>GTM Review ${reviewDay(session.date)}</h2>`,
    `<p>Attendees: ${escapeHtml(attendees.map(nameOf).join(', '))}</p>`,
    `<h3>KPIs</h3>`,
    kpiTable(input),
    `<h3>Decisions</h3>`,
    list(decisions, 'No decisions recorded.'),
    `<h3>New actions</h3>`,
    list(actions, 'No new actions.'),
    `<h3>Closed in the meeting</h3>`,
    list(closed, 'No action was closed.'),
    `<h3>Deep dives</h3>`,
    list(dives, 'No deep dive.'),
    `<p>Next review: ${reviewDay(input.next.date)}, ${input.next.start}–${input.next.end} (${escapeHtml(input.next.timeZone)}).</p>`,
  ].join('');
  return { html, mentions };
}
