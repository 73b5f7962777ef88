import type { Action } from '../../domain/action/action';
import { samePerson } from '../../domain/common/person';
import type { DealRecord } from '../../domain/deal/deal';
import type { DirectRequest } from '../../domain/direct-request/direct-request';
import type { Kpi, KpiMeasurement } from '../../domain/kpi/kpi';
import type { QualifiedAccount } from '../../domain/mqa/account';
import type { Priority } from '../../domain/priority/priority';
import type { Review } from '../../domain/review/review';
import type { Risk } from '../../domain/risk/risk';
import type { Touchpoint } from '../../domain/touchpoint/touchpoint';
import { DIRECT_REQUESTS_LIST } from '../lists/direct-requests';
import { GTM_ACTIONS_LIST } from '../lists/gtm-actions';
import { GTM_DEALS_LIST } from '../lists/gtm-deals';
import { GTM_KPI_MEASUREMENTS_LIST } from '../lists/gtm-kpi-measurements';
import { GTM_KPIS_LIST } from '../lists/gtm-kpis';
import { GTM_PRIORITIES_LIST } from '../lists/gtm-priorities';
import { GTM_REVIEWS_LIST } from '../lists/gtm-reviews';
import { GTM_TOUCHPOINTS_LIST } from '../lists/gtm-touchpoints';
import { MQA_FILE_LIST } from '../lists/mqa-file';
import { MQA_SALES_WORKING_LIST } from '../lists/mqa-sales-working-list';
import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { toAction, toActionRow } from '../rows/action-row';
import { toDealRecord, toDealRow } from '../rows/deal-row';
import { toDirectRequest, toDirectRequestRow } from '../rows/direct-request-row';
import { toKpiMeasurement, toKpiMeasurementRow } from '../rows/kpi-measurement-row';
import { toKpi, toKpiRow } from '../rows/kpi-row';
import { toPriority, toPriorityRow } from '../rows/priority-row';
import { toQualifiedAccount, toQualifiedAccountRow } from '../rows/qualified-account-row';
import { toReview, toReviewRow } from '../rows/review-row';
import { toRisk, toRiskRow } from '../rows/risk-row';
import type { SalesWorkingEntry } from '../rows/sales-working-row';
import { toSalesWorkingEntry, toSalesWorkingRow } from '../rows/sales-working-row';
import { toTouchpoint, toTouchpointRow } from '../rows/touchpoint-row';
import type { ListStore } from '../store/list-store';
import type { ReadResult, Repository, StoredReadResult } from './repository';
import { createRepository, withItemIdAsId } from './repository';
import type { SaveResult } from './save-result';
import { saveFailed } from './save-result';

export function createKpiRepository(store: ListStore): Repository<Kpi> {
  return createRepository(store, { list: GTM_KPIS_LIST, toEntity: toKpi, toRow: toKpiRow, withItemId: withItemIdAsId });
}

export interface KpiMeasurementRepository extends Repository<KpiMeasurement> {
  /** One KPI's history, oldest cycle first (filters and sorts on indexed columns only). */
  readForKpi(kpiId: string): Promise<ReadResult<KpiMeasurement>>;
  /**
   * Adds the cycle's measurement unless the KPI has one for that cycle already (one per KPI and
   * cycle, `recordMeasurement`): then it answers conflict with the one that is there, so the user
   * chooses between the two values instead of the list holding both.
   * @example
   *   await measurements.saveNew({ kpiId: '3', cycle: '2026-12-07', value: 1_350_000 });
   *   // someone reported 1,250,000 first: { kind: 'conflict', itemId: 17, theirs: { …value: 1_250_000 }, etag: '"17,1"' }
   */
  saveNew(entity: KpiMeasurement): Promise<SaveResult<KpiMeasurement>>;
}

export function createKpiMeasurementRepository(store: ListStore): KpiMeasurementRepository {
  const repository = createRepository(store, { list: GTM_KPI_MEASUREMENTS_LIST, toEntity: toKpiMeasurement, toRow: toKpiMeasurementRow });
  const readStoredForKpi = (kpiId: number) =>
    repository.readStored({ where: [{ field: 'GtmKpi', op: 'eq', value: kpiId }], orderBy: [{ field: 'GtmCycle' }] });
  return {
    ...repository,
    readForKpi: (kpiId) =>
      repository.read({ where: [{ field: 'GtmKpi', op: 'eq', value: Number(kpiId) }], orderBy: [{ field: 'GtmCycle' }] }),
    async saveNew(entity) {
      const kpiId = Number(entity.kpiId);
      // A kpiId that is not an item id is refused by the mapper in `saveNew`, with the field named.
      if (Number.isInteger(kpiId) && kpiId > 0) {
        let history: StoredReadResult<KpiMeasurement>;
        try {
          history = await readStoredForKpi(kpiId);
        } catch (error) {
          return saveFailed(GTM_KPI_MEASUREMENTS_LIST, error, null);
        }
        const there = history.items.find((s) => s.entity.cycle === entity.cycle);
        if (there) return { kind: 'conflict', itemId: there.itemId, theirs: there.entity, etag: there.etag };
      }
      return repository.saveNew(entity);
    },
  };
}

export function createPriorityRepository(store: ListStore): Repository<Priority> {
  return createRepository(store, { list: GTM_PRIORITIES_LIST, toEntity: toPriority, toRow: toPriorityRow, withItemId: withItemIdAsId });
}

export interface ActionRepository extends Repository<Action> {
  /** Open actions of one owner, soonest due first. */
  readOpenFor(ownerEmail: string): Promise<ReadResult<Action>>;
}

export function createActionRepository(store: ListStore): ActionRepository {
  const repository = createRepository(store, { list: GTM_ACTIONS_LIST, toEntity: toAction, toRow: toActionRow, withItemId: withItemIdAsId });
  return {
    ...repository,
    // The owner is a Person column: SharePoint filters it as `GtmOwner/EMail` (REST, with $expand)
    // but Graph only by `GtmOwnerLookupId`, a site-user id this side does not know. Status and order
    // go to the server (both indexed); the owner is matched here, as the domain compares people.
    readOpenFor: async (ownerEmail) => {
      const open = await repository.read({ where: [{ field: 'GtmStatus', op: 'eq', value: 'Open' }], orderBy: [{ field: 'GtmDueDate' }] });
      const items = open.items.filter((action) => samePerson(action.owner, { email: ownerEmail }));
      return { ...open, items };
    },
  };
}

export function createReviewRepository(store: ListStore): Repository<Review> {
  return createRepository(store, { list: GTM_REVIEWS_LIST, toEntity: toReview, toRow: toReviewRow, withItemId: withItemIdAsId });
}

export function createRiskRepository(store: ListStore): Repository<Risk> {
  return createRepository(store, { list: RISK_REGISTER_LIST, toEntity: toRisk, toRow: toRiskRow, withItemId: withItemIdAsId });
}

export function createQualifiedAccountRepository(store: ListStore): Repository<QualifiedAccount> {
  return createRepository(store, { list: MQA_FILE_LIST, toEntity: toQualifiedAccount, toRow: toQualifiedAccountRow, withItemId: withItemIdAsId });
}

export function createDirectRequestRepository(store: ListStore): Repository<DirectRequest> {
  return createRepository(store, { list: DIRECT_REQUESTS_LIST, toEntity: toDirectRequest, toRow: toDirectRequestRow, withItemId: withItemIdAsId });
}

/**
 * GTM Deals. A deal's `id` is its CRM deal id, not the list item id: to update or delete, take the
 * item id and ETag from `readStored` (or `readByDealId`) and pass `String(itemId)` as the change's `id`.
 */
export interface DealRepository extends Repository<DealRecord> {
  /** The deal with this CRM id (indexed `GtmDealId`), each with its item id and ETag. */
  readByDealId(dealId: string): Promise<StoredReadResult<DealRecord>>;
}

export function createDealRepository(store: ListStore): DealRepository {
  const repository = createRepository(store, { list: GTM_DEALS_LIST, toEntity: toDealRecord, toRow: toDealRow });
  return {
    ...repository,
    readByDealId: (dealId) => repository.readStored({ where: [{ field: 'GtmDealId', op: 'eq', value: dealId }] }),
  };
}

/** GTM Touchpoints: a touchpoint's `id` is its item id; its natural key is `touchKeyOf(t)` (`GtmTouchKey`). */
export interface TouchpointRepository extends Repository<Touchpoint> {
  /** One journey's touches, oldest first (indexed `GtmJourneyId`, `GtmTouchedAt`). */
  readJourney(journeyId: string): Promise<ReadResult<Touchpoint>>;
}

export function createTouchpointRepository(store: ListStore): TouchpointRepository {
  const repository = createRepository(store, { list: GTM_TOUCHPOINTS_LIST, toEntity: toTouchpoint, toRow: toTouchpointRow, withItemId: withItemIdAsId });
  return {
    ...repository,
    readJourney: (journeyId) =>
      repository.read({ where: [{ field: 'GtmJourneyId', op: 'eq', value: journeyId }], orderBy: [{ field: 'GtmTouchedAt' }] }),
  };
}

/** MQA Sales Working List: accounts shared with Sales (`accountId` is the MQA File item id). */
export function createSalesWorkingRepository(store: ListStore): Repository<SalesWorkingEntry> {
  return createRepository(store, { list: MQA_SALES_WORKING_LIST, toEntity: toSalesWorkingEntry, toRow: toSalesWorkingRow, withItemId: withItemIdAsId });
}
