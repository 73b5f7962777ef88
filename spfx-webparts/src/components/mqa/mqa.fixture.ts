/**
 * Test fixture for the MQA file views: a fixed clock and user, accounts built through the domain's
 * own rules (so their histories are legal), and an in-memory list store behind the repositories.
 */
import type { DealRecord, DirectRequest, MqaStage, Person, QualifiedAccount, SalesWorkingEntry } from '@gtm/shared';
import { createMemoryListStore, identifyAccount, moveAccount, unwrapWrites } from '@gtm/shared';
import type { MemoryListStore } from '@gtm/shared';
import type { WebPartEnvironment } from '../common/environment';
import type { GtmRepositories } from '../common/repositories';
import { createGtmRepositories } from '../common/repositories';

/** The demo's Global Marketing Director, signed in; today is 22 Nov 2026. */
export const GMD: Person & { displayName: string } = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
export const TODAY = '2026-11-22';

export function fixedEnv(overrides: Partial<WebPartEnvironment> = {}): WebPartEnvironment {
  return {
    now: () => new Date(`${TODAY}T10:00:00Z`),
    currentUser: GMD,
    locale: 'en-US',
    canManageLists: true,
    provisionLists: () => Promise.resolve(),
    ...overrides,
  };
}

const MAIN_PATH: readonly MqaStage[] = ['identified', 'internal-review', 'presales-validation', 'shared-with-sales', 'sales-accepted', 'opportunity'];

/** What an account in a test needs; the rest is filled in. */
export interface AccountSpec {
  name: string;
  stage?: MqaStage;
  ols?: string | null;
  cs?: string | null;
  domain?: string;
  owner?: Person;
}

/**
 * An account moved along the main path to `stage` (one move a day from 1 Nov 2026), each move
 * through `moveAccount`, so the history is one the domain accepts. `stalled`/`won` go via Opportunity.
 */
export function accountAt(spec: AccountSpec): QualifiedAccount {
  const domain = spec.domain ?? `${spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
  const identified = identifyAccount(
    { id: 'new', name: spec.name, domain, icpFit: 4, intentTopics: ['SIEM', 'XDR'], engagementScore: 62, marketingOwner: spec.owner ?? GMD },
    { at: '2026-11-01', by: GMD, evidence: 'Intent surge on SIEM' },
  );
  if (!identified.ok) throw new Error(identified.reason);
  let account = identified.account;
  const target = spec.stage ?? 'identified';
  const path = MAIN_PATH.includes(target) ? MAIN_PATH.slice(1, MAIN_PATH.indexOf(target) + 1) : [...MAIN_PATH.slice(1), target];
  path.forEach((to, i) => {
    const moved = moveAccount(account, to, { at: `2026-11-${String(2 + i).padStart(2, '0')}`, by: GMD, evidence: `Step to ${to}` });
    if (!moved.ok) throw new Error(moved.reason);
    account = moved.account;
  });
  const ols = spec.ols === undefined ? 'Webinar' : spec.ols;
  const cs = spec.cs === undefined ? 'Events' : spec.cs;
  return { ...account, ols, olsDate: ols === null ? null : '2026-06-01', cs, csDate: cs === null ? null : '2026-09-15' };
}

/** A direct request; `stop` says how far its triage went. */
export function directRequest(stop: 'new' | 'rated' | 'contacted', overrides: Partial<DirectRequest> = {}): DirectRequest {
  return {
    id: 'new',
    kind: 'demo-request',
    receivedAt: '2026-11-18',
    contact: { email: 'ana.silva@umbrella.example', name: 'Ana Silva', company: 'Umbrella' },
    message: 'We are replacing our SIEM next year and would like a demo.',
    triage: stop === 'new' ? null : { icpAlignment: 4, relevance: 5, strategicFit: 3, by: GMD, at: '2026-11-19' },
    outreach: stop === 'contacted' ? { at: '2026-11-20', by: GMD, template: 'Demo follow-up: discovery questions' } : null,
    outcome: null,
    closedAt: null,
    ...overrides,
  };
}

/** A deal of an account (named by its domain, as the CRM import does). */
export function dealOf(account: QualifiedAccount, amount: number, id = `deal-${account.domain}`): DealRecord {
  return { id, name: `${account.name} — Platform subscription`, accountId: account.domain, amount, stage: 'open', ols: account.ols, olsDate: account.olsDate, cs: account.cs, csDate: account.csDate, closedAt: null };
}

export interface Seeded {
  store: MemoryListStore;
  repositories: GtmRepositories;
  env: WebPartEnvironment;
  /** The item ids the accounts got, by name. */
  accountIds: Map<string, string>;
  requestIds: string[];
}

/** An in-memory store with the given accounts, deals and direct requests written through the repositories. */
export async function seedMqa(input: { accounts?: QualifiedAccount[]; deals?: DealRecord[]; requests?: DirectRequest[] } = {}): Promise<Seeded> {
  const store = createMemoryListStore();
  const repositories = createGtmRepositories(store);
  const accounts = input.accounts ?? [];
  const written = unwrapWrites(await repositories.accounts.add(accounts));
  const accountIds = new Map(accounts.map((a, i) => [a.name, String(written[i]?.id)]));
  unwrapWrites(await repositories.deals.add(input.deals ?? []));
  const requestIds = unwrapWrites(await repositories.directRequests.add(input.requests ?? [])).map((w) => String(w.id));
  return { store, repositories, env: fixedEnv(), accountIds, requestIds };
}

/**
 * Puts a seeded account on the Sales working list at `status`, shared on 4 Nov 2026 with Sales'
 * note (as Sales would have it), written through the repository. Returns the row's item id.
 */
export async function putOnWorkingList(seeded: Seeded, name: string, status: SalesWorkingEntry['status']): Promise<string> {
  const accountId = seeded.accountIds.get(name);
  if (accountId === undefined) throw new Error(`no seeded account ${name}`);
  const [written] = unwrapWrites(
    await seeded.repositories.salesWorkingList.add([
      { id: '', accountId, accountName: name, sharedOn: '2026-11-04', salesOwner: null, status, notes: 'First call booked' },
    ]),
  );
  return String(written?.id);
}
