import type { Action, ActionStatus, IsoDate, Kpi, KpiMeasurement, QualifiedAccount, Risk } from '@gtm/shared';
import { addDays, kpiStatusMap } from '@gtm/shared';
import { CAST, EVERYONE } from './cast';
import { reviewId } from './calendar';
import type { Rng } from './prng';

/** Actions created per review, oldest review first: ~40 in all. */
const PER_REVIEW = [6, 6, 7, 7, 7, 7];

const GENERAL: readonly [string, keyof typeof CAST][] = [
  ['Publish the Q1 campaign calendar', 'demandGen'],
  ['Refresh the SIEM competitive battlecard', 'pmm'],
  ['Agree the MQA follow-up SLA with Sales', 'gmd'],
  ['Draft the webinar programme for next quarter', 'demandGen'],
  ['Share the win/loss interview summary', 'salesLead'],
  ['Update the ICP definition with CS churn data', 'csLead'],
  ['Record the new product demo for the website', 'pm'],
  ['Run the objection-handling session for new AEs', 'enablement'],
  ['Clean up OLS on deals created last month', 'gmd'],
  ['Prepare the analyst briefing deck', 'pmm'],
  ['Send the customer advocacy programme invite', 'csLead'],
  ['Brief the agency on the brand refresh', 'brand'],
  ['Rebuild the lead scoring model with Sales input', 'demandGen'],
  ['Add the pricing FAQ to the sales portal', 'enablement'],
];

const KPI_TEMPLATES = ['Bring a recovery plan for "{x}"', 'Root-cause analysis of the drop in {x}', 'Break down {x} by segment and region', 'Set weekly tracking for {x}'];
const RISK_TEMPLATES = ['Update the mitigation plan for "{x}"', 'Re-assess likelihood and impact of "{x}"', 'Report progress on the mitigation of "{x}"'];
const ACCOUNT_TEMPLATES = ['Agree next steps with Sales for {x}', 'Re-engage {x} with the SOC automation case study', 'Book an executive sponsor call with {x}', 'Send {x} the tailored ROI model'];

function fill(template: string, x: string): string {
  return template.replace('{x}', x);
}

function statusFor(dueDate: IsoDate, pastDueIndex: number, now: IsoDate, rng: Rng): ActionStatus {
  if (dueDate >= now) return rng.chance(0.12) ? 'done' : 'open';
  // Every fifth past-due action is still open: the accountability system has something to chase.
  if (pastDueIndex % 5 === 1) return 'open';
  // And now and then one was dropped on purpose: the plan changed.
  if (pastDueIndex % 8 === 4) return 'dropped';
  return rng.weighted(['done', 'dropped', 'open'] as const, [85, 7, 8]);
}

/**
 * ~40 follow-up actions created by the six reviews: linked to the KPIs off track or at risk at
 * that review, to open risks and to accounts in the MQA file, or free-standing. Owners and due
 * dates always set; closed when due long ago, a few still open and overdue.
 */
export function generateActions(
  reviewDates: readonly IsoDate[],
  input: { kpis: readonly Kpi[]; measurements: readonly KpiMeasurement[]; risks: readonly Risk[]; accounts: readonly QualifiedAccount[] },
  now: IsoDate,
  rng: Rng,
): Action[] {
  const actions: Action[] = [];
  const general = rng.shuffle(GENERAL);
  let pastDue = 0;
  reviewDates.forEach((date, r) => {
    const statuses = kpiStatusMap(input.kpis, input.measurements, date);
    const weakKpis = input.kpis.filter((k) => statuses.get(k.id) === 'off-track' || statuses.get(k.id) === 'at-risk');
    const openRisks = input.risks.filter((k) => k.status !== 'closed');
    const knownAccounts = input.accounts.filter((a) => a.identifiedAt <= date && a.stage !== 'disqualified');
    const count = PER_REVIEW[r] ?? 6;
    for (let i = 0; i < count; i += 1) {
      const kind = rng.weighted(['kpi', 'risk', 'account', 'none'] as const, [weakKpis.length > 0 ? 3 : 0, 2, knownAccounts.length > 0 ? 2 : 0, 3]);
      const dueDate = addDays(date, rng.int(7, 28));
      let action: Omit<Action, 'id' | 'status'>;
      if (kind === 'kpi') {
        const kpi = rng.pick(weakKpis);
        action = { title: fill(rng.pick(KPI_TEMPLATES), kpi.title), owner: kpi.owner, dueDate, reviewId: reviewId(date), link: { kind: 'kpi', id: kpi.id } };
      } else if (kind === 'risk') {
        const risk = rng.pick(openRisks);
        action = { title: fill(rng.pick(RISK_TEMPLATES), risk.title), owner: risk.owner, dueDate, reviewId: reviewId(date), link: { kind: 'risk', id: risk.id } };
      } else if (kind === 'account') {
        const account = rng.pick(knownAccounts);
        action = { title: fill(rng.pick(ACCOUNT_TEMPLATES), account.name), owner: rng.chance(0.5) ? account.marketingOwner : (account.salesOwner ?? CAST.sdr), dueDate, reviewId: reviewId(date), link: { kind: 'account', id: account.id } };
      } else {
        const [title, role] = general[(actions.length + i) % general.length] ?? ['Follow up on the review decisions', 'gmd'];
        action = { title, owner: rng.chance(0.85) ? CAST[role] : rng.pick(EVERYONE), dueDate, reviewId: reviewId(date) };
      }
      const status = statusFor(dueDate, dueDate < now ? (pastDue += 1) : 0, now, rng);
      const { link, ...rest } = action;
      actions.push({ id: `action-${String(actions.length + 1).padStart(3, '0')}`, ...rest, status, ...(link ? { link } : {}) });
    }
  });
  return actions;
}
