import type { IsoDate, MqaStage, Person, QualifiedAccount, Rating } from '@gtm/shared';
import { addDays, correctAttribution, identifyAccount, moveAccount, recordConvertingSource, recordOriginalLeadSource } from '@gtm/shared';
import { CAST, MARKETING_OWNERS, SALES_OWNERS } from './cast';
import { CHANNELS, CONVERTING_SOURCES, CS_WEIGHTS, INTENT_TOPICS, OLS_WEIGHTS } from './channels';
import { companyNames } from './company-names';
import { canReEnter, STAGE_QUOTA, straightPath, withReEntry } from './account-paths';
import type { Rng } from './prng';

/** At least this many accounts stall and come back (re-entries). */
const RE_ENTRY_COUNT = 26;

const EVIDENCE: Readonly<Record<MqaStage, readonly string[]>> = {
  identified: ['Intent surge on "{topic}"', 'Three contacts attended the {topic} webinar', 'Visited pricing and {topic} pages 9 times in a week', 'Partner flagged a {topic} project'],
  'internal-review': ['ICP fit confirmed in the MQA file review', 'Buying committee mapped: CISO, SOC lead, IT director', 'Budget cycle starts next quarter per annual report'],
  'presales-validation': ['Discovery call confirmed a {topic} initiative', 'Presales outreach answered; pain validated', 'Technical fit validated with their SOC lead'],
  'shared-with-sales': ['Shared in the working list with account brief', 'Handed over at the MQA sync with intent summary', 'Demo-ready: validated pain, timeline and sponsor'],
  'sales-accepted': ['AE accepted after intro meeting', 'Sales accepted: meeting booked with the CISO', 'Accepted at the MQA sync'],
  opportunity: ['Opportunity opened after the demo', 'Proof of concept scoped', 'Budget confirmed; opportunity created in the CRM'],
  won: ['Contract signed', 'Order form countersigned', 'PO received'],
  lost: ['Lost to an incumbent platform bundle', 'No decision: project deprioritised', 'Lost on price'],
  disqualified: ['Outside ICP after review: too small', 'No budget this year and no project', 'Existing multi-year contract with a competitor', 'Duplicate of an existing customer'],
  stalled: ['Champion left the company', 'Budget frozen until next fiscal year', 'No response for six weeks', 'Project paused during a reorganisation'],
};

function evidenceFor(stage: MqaStage, topic: string, rng: Rng): string {
  return rng.pick(EVIDENCE[stage]).replace('{topic}', topic);
}

/** Who moves the account: Marketing until it is shared, the GMD shares it, Sales after that (and on a fresh handover). */
function mover(to: MqaStage, account: QualifiedAccount): Person {
  if (to === 'internal-review' || to === 'presales-validation') return account.marketingOwner;
  if (to === 'shared-with-sales') return account.stage === 'stalled' ? (account.salesOwner ?? CAST.gmd) : CAST.gmd;
  if (to === 'disqualified' && account.salesOwner === null) return account.marketingOwner;
  return account.salesOwner ?? account.marketingOwner;
}

function gapBefore(to: MqaStage, from: MqaStage, rng: Rng): number {
  if (from === 'stalled') return rng.int(21, 70); // the time it sat stalled
  if (to === 'won' || to === 'lost') return rng.int(20, 60);
  return rng.int(4, 24);
}

/** The move dates of a path, oldest first, ending `dwell` days before `now`. */
function scheduleMoves(path: readonly MqaStage[], now: IsoDate, rng: Rng): IsoDate[] {
  const last = path[path.length - 1] ?? 'identified';
  const active = !['won', 'lost', 'disqualified', 'stalled'].includes(last);
  const gaps = path.slice(1).map((to, i) => gapBefore(to, path[i] ?? 'identified', rng));
  const total = gaps.reduce((sum, g) => sum + g, 0);
  const dwell = Math.max(1, Math.min(active ? rng.int(1, 60) : rng.int(3, 200), 340 - total));
  const dates: IsoDate[] = [addDays(now, -dwell)];
  for (let i = gaps.length - 1; i >= 0; i -= 1) dates.unshift(addDays(dates[0] ?? now, -(gaps[i] ?? 0)));
  return dates;
}

function ok(result: { ok: true; account: QualifiedAccount } | { ok: false; reason: string }): QualifiedAccount {
  if (!result.ok) throw new Error(`Demo seed replayed an illegal MQA move: ${result.reason}`);
  return result.account;
}

function baseFit(last: MqaStage, rng: Rng): Rating {
  const good = ['shared-with-sales', 'sales-accepted', 'opportunity', 'won', 'lost', 'stalled'].includes(last);
  const n = last === 'disqualified' ? rng.int(1, 3) : good ? rng.int(3, 5) : rng.int(2, 5);
  return Math.min(5, Math.max(1, n));
}

function engagement(path: readonly MqaStage[], rng: Rng): number {
  const last = path[path.length - 1] ?? 'identified';
  const base = last === 'stalled' || last === 'disqualified' ? 15 : 20 + path.length * 6;
  return Math.min(100, base + rng.int(0, 25));
}

function replay(id: string, name: string, domain: string, path: readonly MqaStage[], now: IsoDate, rng: Rng): QualifiedAccount {
  const topics = rng.sample(INTENT_TOPICS, rng.int(1, 3));
  const topic = topics[0] ?? 'SIEM';
  const dates = scheduleMoves(path, now, rng);
  const identifiedAt = dates[0] ?? now;
  let account = ok(identifyAccount(
    { id, name, domain, icpFit: baseFit(path[path.length - 1] ?? 'identified', rng), intentTopics: topics, engagementScore: engagement(path, rng), marketingOwner: rng.pick(MARKETING_OWNERS) },
    { at: identifiedAt, by: rng.pick(MARKETING_OWNERS), evidence: evidenceFor('identified', topic, rng) },
  ));
  if (rng.chance(0.95)) account = ok(recordOriginalLeadSource(account, rng.weighted(CHANNELS, OLS_WEIGHTS), addDays(identifiedAt, -rng.int(0, 120))));
  path.slice(1).forEach((to, i) => {
    const at = dates[i + 1] ?? now;
    if (to === 'shared-with-sales' && account.salesOwner === null) account = { ...account, salesOwner: rng.pick(SALES_OWNERS) };
    account = ok(moveAccount(account, to, { at, by: mover(to, account), evidence: evidenceFor(to, topic, rng) }));
    const firstShare = to === 'shared-with-sales' && account.conversionHistory.length === 1;
    if (firstShare && rng.chance(0.96)) {
      // CS is the first conversion's fact; a later re-entry never records or changes it.
      account = ok(recordConvertingSource(account, rng.weighted(CONVERTING_SOURCES, CS_WEIGHTS), at));
    }
  });
  return account;
}

const CORRECTIONS: readonly { field: 'ols' | 'cs'; value: string; reason: string }[] = [
  { field: 'ols', value: 'Partner referral', reason: 'CRM import mapped partner-sourced leads to Webinar' },
  { field: 'ols', value: 'Events', reason: 'Badge scans from the Milan summit were imported as Direct' },
  { field: 'cs', value: 'Sales outreach', reason: 'Converting touch was the AE\'s call, logged late in the CRM' },
  { field: 'ols', value: 'LinkedIn', reason: 'UTM parameters were stripped by the landing page; source restored from the ad platform' },
];

/** Applies a few audited OLS/CS corrections, as the GMD does after a CRM data-quality review. */
function applyCorrections(accounts: QualifiedAccount[], now: IsoDate, rng: Rng): QualifiedAccount[] {
  let remaining = [...CORRECTIONS];
  return accounts.map((account) => {
    const next = remaining[0];
    if (!next || account[next.field] === null || account[next.field] === next.value || !rng.chance(0.15)) return account;
    remaining = remaining.slice(1);
    const lastMove = account.stageHistory[account.stageHistory.length - 1]?.at ?? now;
    const later = addDays(lastMove, rng.int(1, 20));
    const at = later < now ? later : now;
    return ok(correctAttribution(account, next.field, next.value, next.reason, CAST.gmd, at));
  });
}

/**
 * The MQA file: ~200 accounts across every stage, each built by replaying legal moves through
 * `identifyAccount` and `moveAccount` (so the stage history and conversion history are the
 * domain's own), with OLS/CS recorded once, some stalled-and-back re-entries, and a few audited
 * corrections.
 */
export function generateAccounts(now: IsoDate, rng: Rng): QualifiedAccount[] {
  const targets = rng.shuffle(
    (Object.entries(STAGE_QUOTA) as [MqaStage, number][]).flatMap(([stage, count]) => Array.from({ length: count }, () => stage)),
  );
  const names = companyNames(targets.length, rng);
  let reEntries = 0;
  const accounts = targets.map((target, i) => {
    let path = straightPath(target, rng);
    if (canReEnter(path) && reEntries < RE_ENTRY_COUNT && rng.chance(0.4)) {
      path = withReEntry(path, rng);
      reEntries += 1;
    }
    const company = names[i] ?? { name: `Account ${i + 1}`, domain: `account${i + 1}.example` };
    return replay(`acct-${company.domain.replace(/\.example$/, '')}`, company.name, company.domain, path, now, rng);
  });
  accounts.sort((a, b) => a.name.localeCompare(b.name));
  return applyCorrections(accounts, now, rng);
}
