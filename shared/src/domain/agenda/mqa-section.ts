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
 * and accounts shared with Sales since the last review. One item per account with all its
 * reasons, ordered by its first reason (new, stalled, re-entered, shared with Sales), then name.
 * @example mqaSyncSection(accounts, '2025-02-10', '2025-03-03', settings).items[0]?.reasons // ['new']
 */
export function mqaSyncSection(
  accounts: readonly QualifiedAccount[],
  since: IsoDate,
  now: IsoDate,
  settings: AgendaSettings,
): MqaSyncSection {
  const window: Period = { from: since, to: now };
  const items: AccountAgendaItem[] = [];
  for (const account of accounts) {
    const reasons = reasonsFor(account, window);
    if (reasons.length === 0) continue;
    items.push({
      kind: 'account', accountId: account.id, name: account.name, stage: account.stage,
      marketingOwner: account.marketingOwner, salesOwner: account.salesOwner, reasons,
      minutes: settings.accountMinutes,
    });
  }
  const rank = (item: AccountAgendaItem) => ACCOUNT_AGENDA_REASONS.indexOf(item.reasons[0] ?? 'shared-with-sales');
  items.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return section('mqa-sync', 'MQA sync', items);
}
