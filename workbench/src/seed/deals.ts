import type { DealRecord, IsoDate, QualifiedAccount } from '@gtm/shared';
import { addDays, stalledFrom } from '@gtm/shared';
import { CHANNELS, CONVERTING_SOURCES, CS_WEIGHTS, OLS_WEIGHTS } from './channels';
import { companyNames } from './company-names';
import type { Rng } from './prng';

const PRODUCTS = ['Platform subscription', 'SOC automation add-on', 'Renewal and expansion', 'Pilot', 'Enterprise licence', 'Managed detection bundle'];

/** A deal size between 8 k and 250 k EUR, spread evenly on a log scale, to the 500. */
function amount(rng: Rng): number {
  return Math.round(Math.exp(rng.float(Math.log(8_000), Math.log(250_000))) / 500) * 500;
}

function dealStageOf(account: QualifiedAccount): DealRecord['stage'] | null {
  if (account.stage === 'won' || account.stage === 'lost') return account.stage;
  if (account.stage === 'opportunity') return 'open';
  if (account.stage === 'stalled' && stalledFrom(account) === 'opportunity') return 'open';
  return null;
}

/** The deal of an MQA account that reached Opportunity: its OLS/CS are the account's facts. */
function accountDeal(account: QualifiedAccount, stage: DealRecord['stage'], rng: Rng): Omit<DealRecord, 'id'> {
  const closing = account.stageHistory.filter((c) => c.to === 'won' || c.to === 'lost').pop();
  return {
    name: `${account.name} — ${rng.pick(PRODUCTS)}`,
    accountId: account.id,
    amount: amount(rng),
    stage,
    ols: account.ols,
    olsDate: account.olsDate,
    cs: account.cs,
    csDate: account.csDate,
    closedAt: stage === 'open' ? null : (closing?.at ?? null),
  };
}

/** A deal from the CRM for a company outside the MQA file; sources now and then left empty. */
function crmDeal(company: string, forceMissing: boolean, now: IsoDate, rng: Rng): Omit<DealRecord, 'id'> {
  const olsDate = addDays(now, -rng.int(30, 420));
  const csDate = addDays(olsDate, rng.int(5, 90));
  const converted = csDate < now;
  const closeOn = addDays(csDate, rng.int(20, 150));
  const closed = closeOn < now && rng.chance(0.75);
  const hasOls = !forceMissing && rng.chance(0.92);
  const hasCs = converted && rng.chance(forceMissing ? 1 : 0.9);
  return {
    name: `${company} — ${rng.pick(PRODUCTS)}`,
    accountId: null,
    amount: amount(rng),
    stage: closed ? rng.weighted(['won', 'lost'] as const, [45, 55]) : 'open',
    ols: hasOls ? rng.weighted(CHANNELS, OLS_WEIGHTS) : null,
    olsDate: hasOls ? olsDate : null,
    cs: hasCs ? rng.weighted(CONVERTING_SOURCES, CS_WEIGHTS) : null,
    csDate: hasCs ? csDate : null,
    closedAt: closed ? closeOn : null,
  };
}

/**
 * ~300 CRM deals: one per MQA account that reached Opportunity (with the account's OLS/CS), the
 * rest for companies outside the MQA file. Some lack an OLS or CS, which OLS/CS attribution
 * reports as "(unattributed)" rather than guessing.
 */
export function generateDeals(count: number, accounts: readonly QualifiedAccount[], now: IsoDate, rng: Rng): DealRecord[] {
  const linked = accounts.flatMap((a) => {
    const stage = dealStageOf(a);
    return stage === null ? [] : [accountDeal(a, stage, rng)];
  });
  const taken = new Set(accounts.map((a) => a.name));
  const others = companyNames(Math.min(900, count + accounts.length), rng).filter((c) => !taken.has(c.name));
  const crm = Array.from({ length: Math.max(0, count - linked.length) }, (_, i) => crmDeal(others[i % others.length]?.name ?? `Company ${i + 1}`, i === 0, now, rng));
  return rng.shuffle([...linked, ...crm]).map((deal, i) => ({ id: `deal-${String(i + 1).padStart(4, '0')}`, ...deal }));
}
