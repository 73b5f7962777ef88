import type { AttributionResult, DealRecord, QualifiedAccount } from '@gtm/shared';
import { attributeOlsCs, toAttributionDeal } from '@gtm/shared';

/** The OLS/CS split of the accounts in view, and how many deals it rests on. */
export interface AccountAttribution {
  result: AttributionResult;
  dealCount: number;
}

/**
 * The deals that belong to one of the accounts: the CRM names a deal's account by its web domain
 * (`acme.example`), and a deal created in SharePoint may carry the MQA File item id instead.
 */
export function dealsOfAccounts(accounts: readonly QualifiedAccount[], deals: readonly DealRecord[]): { deal: DealRecord; account: QualifiedAccount }[] {
  const byKey = new Map<string, QualifiedAccount>();
  for (const account of accounts) {
    byKey.set(account.domain.trim().toLowerCase(), account);
    byKey.set(account.id, account);
  }
  const matched: { deal: DealRecord; account: QualifiedAccount }[] = [];
  for (const deal of deals) {
    const account = deal.accountId === null ? undefined : (byKey.get(deal.accountId) ?? byKey.get(deal.accountId.trim().toLowerCase()));
    if (account) matched.push({ deal, account });
  }
  return matched;
}

/**
 * OLS/CS attribution (DOMAIN.md §6, the domain's `attributeOlsCs`) over the deals of the accounts
 * in view: each deal's amount goes half to its account's Original Lead Source and half to its
 * Converting Source. The account's facts are used, not the copy on the deal, because the MQA file is
 * where they are kept and corrected (with an audit entry); a source never recorded is reported as
 * "(unattributed)", never guessed.
 * @example
 * // Acme (OLS Webinar, CS Events) with a 1,000 deal, Globex (OLS Webinar, no CS) with a 500 deal:
 * attributeAccounts([acme, globex], deals).result.channels
 * // [{ channel: 'Webinar', credit: 750 }, { channel: 'Events', credit: 500 }, { channel: '(unattributed)', credit: 250 }]
 */
export function attributeAccounts(accounts: readonly QualifiedAccount[], deals: readonly DealRecord[]): AccountAttribution {
  const matched = dealsOfAccounts(accounts, deals);
  const result = attributeOlsCs(
    matched.map(({ deal, account }) =>
      toAttributionDeal({ ...deal, ols: account.ols, olsDate: account.olsDate, cs: account.cs, csDate: account.csDate }),
    ),
  );
  return { result, dealCount: matched.length };
}
