import type { QualifiedAccount } from '@gtm/shared';

/** What the user narrowed the accounts to: free text and a marketing owner (e-mail), both optional. */
export interface AccountFilter {
  search: string;
  marketingOwner: string | null;
}

export const NO_ACCOUNT_FILTER: AccountFilter = { search: '', marketingOwner: null };

/**
 * The accounts in view: the search matches the name, the domain or an intent topic (ignoring
 * case), and the owner filter matches the marketing owner's e-mail (ignoring case).
 * @example filterAccounts(accounts, { search: 'siem', marketingOwner: null }) // accounts with "SIEM" in a topic, name or domain
 */
export function filterAccounts(accounts: readonly QualifiedAccount[], filter: AccountFilter): QualifiedAccount[] {
  const needle = filter.search.trim().toLowerCase();
  const owner = filter.marketingOwner?.toLowerCase() ?? null;
  return accounts.filter((account) => {
    if (owner !== null && account.marketingOwner.email.toLowerCase() !== owner) return false;
    if (needle === '') return true;
    return (
      account.name.toLowerCase().includes(needle) ||
      account.domain.toLowerCase().includes(needle) ||
      account.intentTopics.some((topic) => topic.toLowerCase().includes(needle))
    );
  });
}

/** The marketing owners of the accounts, once each, by name, for the owner filter. */
export function marketingOwnersOf(accounts: readonly QualifiedAccount[]): { email: string; name: string }[] {
  const owners = new Map<string, { email: string; name: string }>();
  for (const { marketingOwner } of accounts) {
    const key = marketingOwner.email.toLowerCase();
    if (!owners.has(key)) owners.set(key, { email: marketingOwner.email, name: marketingOwner.displayName ?? marketingOwner.email });
  }
  return [...owners.values()].sort((a, b) => a.name.localeCompare(b.name));
}
