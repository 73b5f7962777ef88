/**
 * Writes the demo tenant into a site through the shared repositories, the way any surface writes:
 * batched adds, and every cross-list reference turned from the generator's id (`kpi-pipeline`,
 * `acct-0042`, `review-2026-11-16`) into the list item id SharePoint assigned (measurements → KPI,
 * actions → review, a risk's mitigations → GTM Actions items linked to it, Sales working list → MQA
 * File item …).
 */
import type { Action, ListStore, Repository, Review, Risk, SalesWorkingEntry, Touchpoint, WriteResult } from '@gtm/shared';
import { createGtmRepositories, mitigationAsAction, ThrottledError } from '@gtm/shared';
import type { DemoTenant } from '../seed';

/** Called as a list fills: its title, items written so far, and how many it gets. */
export type SeedProgress = (list: string, written: number, total: number) => void;

export interface SeedOptions {
  progress?: SeedProgress;
  /** Items per `add` call (each call goes out in `$batch` requests of 100). Default 500. */
  chunk?: number;
}

/** Items written per list title. */
export type SeedCounts = Record<string, number>;

/** Generator id → list item id (as a string, the domain's id), for one entity kind. */
type IdMap = ReadonlyMap<string, string>;

function itemIdOf(map: IdMap, id: string, what: string): string {
  const itemId = map.get(id);
  if (itemId === undefined) throw new Error(`The demo tenant refers to an unknown ${what} "${id}"`);
  return itemId;
}

function failure(results: readonly WriteResult[]): Error | undefined {
  for (const result of results) if (!result.ok) return result.error;
  return undefined;
}

/**
 * Adds every entity in chunks; returns, in input order, the item id and ETag of each. Stops at the
 * first failed write (the workbench is local: a failure here is a bug, not weather).
 */
async function addAll<T>(
  repository: Pick<Repository<T>, 'list' | 'add'>,
  entities: readonly T[],
  options: SeedOptions,
): Promise<{ id: string; etag: string }[]> {
  const chunk = options.chunk ?? 500;
  const written: { id: string; etag: string }[] = [];
  const title = repository.list.title;
  options.progress?.(title, 0, entities.length);
  for (let start = 0; start < entities.length; start += chunk) {
    const results = await repository.add(entities.slice(start, start + chunk));
    const error = failure(results);
    // Throttling past the budget stays a ThrottledError: npm start says how far it got (exit 2).
    if (error !== undefined) throw error instanceof ThrottledError ? error : new Error(`Seeding ${title}: ${error.message}`);
    for (const result of results) if (result.ok) written.push({ id: String(result.id), etag: result.etag });
    options.progress?.(title, written.length, entities.length);
  }
  return written;
}

function idMap(entities: readonly { id: string }[], written: readonly { id: string }[]): Map<string, string> {
  return new Map(entities.map((entity, i) => [entity.id, written[i]?.id ?? '']));
}

function withLink(action: Action, maps: { kpi: IdMap; risk: IdMap; account: IdMap }): Action {
  if (action.link === undefined || action.link.id === null) return action;
  const map = action.link.kind === 'kpi' ? maps.kpi : action.link.kind === 'risk' ? maps.risk : maps.account;
  return { ...action, link: { ...action.link, id: itemIdOf(map, action.link.id, action.link.kind) } };
}

function salesEntry(entry: DemoTenant['salesWorkingList'][number], accounts: IdMap): SalesWorkingEntry {
  return {
    id: entry.accountId,
    accountId: itemIdOf(accounts, entry.accountId, 'account'),
    accountName: entry.accountName,
    sharedOn: entry.sharedOn,
    salesOwner: entry.salesOwner,
    status: entry.salesStatus,
    notes: entry.reEnteredOn === null ? null : `Re-entered the working list on ${entry.reEnteredOn}`,
  };
}

/**
 * Seeds every GTM list from `tenant` (about 4,000 items) and returns how many items each got.
 * Lists must exist (`provision`) and should be empty: seeding adds, it does not merge.
 */
export async function seedDemoTenant(store: ListStore, tenant: DemoTenant, options: SeedOptions = {}): Promise<SeedCounts> {
  const counts: SeedCounts = {};
  const repositories = createGtmRepositories(store);
  const add = async <T>(repository: Pick<Repository<T>, 'list' | 'add'>, entities: readonly T[]) => {
    const written = await addAll(repository, entities, options);
    counts[repository.list.title] = written.length;
    return written;
  };

  const kpiIds = idMap(tenant.kpis, await add(repositories.kpis, tenant.kpis));
  await add(
    repositories.measurements,
    tenant.measurements.map((m) => ({ ...m, kpiId: itemIdOf(kpiIds, m.kpiId, 'KPI') })),
  );
  await add(repositories.priorities, tenant.priorities);

  const riskIds = idMap(
    tenant.risks,
    await add(
      repositories.risks,
      tenant.risks.map((r): Risk => ({ ...r, monitoringKpiIds: r.monitoringKpiIds.map((id) => itemIdOf(kpiIds, id, 'KPI')) })),
    ),
  );
  const accountIds = idMap(tenant.accounts, await add(repositories.accounts, tenant.accounts));
  const domains = new Map(tenant.accounts.map((a) => [a.id, a.domain]));

  // Reviews and actions point at each other: reviews first (actions look up their review), then
  // each review is updated with its actions' item ids.
  const { reviews } = repositories;
  const reviewsOf = (review: Review, actionIds: string[]): Review => ({
    ...review,
    actionIds,
    kpiSnapshot: review.kpiSnapshot.map((s) => ({ ...s, kpiId: itemIdOf(kpiIds, s.kpiId, 'KPI') })),
  });
  const writtenReviews = await add(reviews, tenant.reviews.map((r) => reviewsOf(r, [])));
  const reviewIds = idMap(tenant.reviews, writtenReviews);
  // Each risk's mitigations are GTM Actions items linked to it (created in the register, in no
  // review), written after the review actions so those keep their place in the id map.
  const mitigations = tenant.risks.flatMap((r) => r.mitigationActions.map((m) => mitigationAsAction(m, itemIdOf(riskIds, r.id, 'risk'))));
  const actionIds = idMap(
    tenant.actions,
    await add(repositories.actions, [
      ...tenant.actions.map((a) => ({
        ...withLink(a, { kpi: kpiIds, risk: riskIds, account: accountIds }),
        ...(a.reviewId !== undefined ? { reviewId: itemIdOf(reviewIds, a.reviewId, 'review') } : {}),
      })),
      ...mitigations,
    ]),
  );
  const linked = await reviews.update(
    tenant.reviews.map((review, i) => ({
      id: writtenReviews[i]?.id ?? '',
      etag: writtenReviews[i]?.etag ?? '*',
      entity: reviewsOf(review, review.actionIds.map((id) => itemIdOf(actionIds, id, 'action'))),
    })),
  );
  const linkError = failure(linked);
  if (linkError !== undefined) throw linkError instanceof ThrottledError ? linkError : new Error(`Seeding ${reviews.list.title}: ${linkError.message}`);

  await add(repositories.salesWorkingList, tenant.salesWorkingList.map((e) => salesEntry(e, accountIds)));
  await add(
    repositories.directRequests,
    tenant.directRequests.map((r) =>
      r.outcome?.kind === 'mqa' ? { ...r, outcome: { kind: 'mqa' as const, accountId: itemIdOf(accountIds, r.outcome.accountId, 'account') } } : r,
    ),
  );
  // Deals name their account by its web domain (the CRM's key); touchpoints by the MQA File item id.
  await add(
    repositories.deals,
    tenant.deals.map((d) => ({ ...d, accountId: d.accountId === null ? null : itemIdOf(domains, d.accountId, 'account') })),
  );
  await add(
    repositories.touchpoints,
    tenant.touchpoints.map((t): Touchpoint => (t.accountId === undefined ? t : { ...t, accountId: itemIdOf(accountIds, t.accountId, 'account') })),
  );
  return counts;
}
