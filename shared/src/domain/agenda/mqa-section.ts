import type { IsoDate } from '../common/iso-date';
import type { Period } from '../common/period';
import { isWithin } from '../common/period';
import type { QualifiedAccount } from '../mqa/account';
import type { AgendaSettings } from './agenda-settings';
import type { AccountAgendaItem, AccountAgendaReason, MqaSyncSection } from './agenda-types';
import { ACCOUNT_AGENDA_REASONS } from './agenda-types';
import { section } from './section';

function reasonsFor(account: QualifiedAccount, window: Period): AccountAgendaReason[] {
  const reasons: AccountAgendaReason[] = [];
  if (isWithin(account.identifiedAt, window)) reasons.push('new');
  if (account.stage === 'stalled') reasons.push('stalled');
  if (account.conversionHistory.some((c) => c.kind === 're-entry' && isWithin(c.at, window))) reasons.push('re-entered');
  if (account.stageHistory.some((c) => c.to === 'shared-with-sales' && isWithin(c.at, window))) reasons.push('shared-with-sales');
  return reasons;
}

/**
 * Section 3, the MQA sync: accounts identified since the last review, every account now stalled
 * (however long ago it stalled: it needs a decision), accounts re-entered since the last review,
 * and accounts shared with Sales since the last review. Every one is counted per reason
 * (`reasonCounts`); the top `mqaAccountsPerReason` of each first reason — highest engagement
 * score, then name — are named, one item each, ordered by first reason (new, stalled,
 * re-entered, shared with Sales). The others are counted in `unnamed`: twenty stalled accounts
 * are one decision about the list, not twenty agenda items.
 * @example mqaSyncSection(accounts, '2025-02-10', '2025-03-03', settings).items[0]?.reasons // ['new']
 */
export function mqaSyncSection(
  accounts: readonly QualifiedAccount[],
  since: IsoDate,
  now: IsoDate,
  settings: AgendaSettings,
): MqaSyncSection {
  const window: Period = { from: since, to: now };
  const all: AccountAgendaItem[] = [];
  const reasonCounts = Object.fromEntries(ACCOUNT_AGENDA_REASONS.map((r) => [r, 0])) as Record<AccountAgendaReason, number>;
  for (const account of accounts) {
    const reasons = reasonsFor(account, window);
    if (reasons.length === 0) continue;
    for (const reason of reasons) reasonCounts[reason] += 1;
    all.push({
      kind: 'account', accountId: account.id, name: account.name, stage: account.stage,
      marketingOwner: account.marketingOwner, salesOwner: account.salesOwner, reasons,
      engagementScore: account.engagementScore, minutes: settings.accountMinutes,
    });
  }
  const rank = (item: AccountAgendaItem) => ACCOUNT_AGENDA_REASONS.indexOf(item.reasons[0] ?? 'shared-with-sales');
  all.sort((a, b) => rank(a) - rank(b) || b.engagementScore - a.engagementScore || a.name.localeCompare(b.name));
  const namedPerReason = new Map<number, number>();
  const items = all.filter((item) => {
    const named = namedPerReason.get(rank(item)) ?? 0;
    namedPerReason.set(rank(item), named + 1);
    return named < settings.mqaAccountsPerReason;
  });
  return { ...section('mqa-sync', 'MQA sync', items), reasonCounts, unnamed: all.length - items.length };
}
