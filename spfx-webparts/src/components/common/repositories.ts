/**
 * Every repository the three web parts read and write, built once per web part from one
 * `ListStore` (the @pnp/sp adapter in SharePoint and on the workbench pages, the in-memory store in
 * tests). Views receive this object; they never build queries or call PnPjs.
 */
import {
  type ActionRepository,
  createActionRepository,
  createDealRepository,
  createDirectRequestRepository,
  createKpiMeasurementRepository,
  createKpiRepository,
  createPriorityRepository,
  createQualifiedAccountRepository,
  createReviewRepository,
  createRiskRepository,
  createSalesWorkingRepository,
  createTouchpointRepository,
  type DealRepository,
  type DirectRequest,
  type Kpi,
  type KpiMeasurementRepository,
  type ListStore,
  type Priority,
  type QualifiedAccount,
  type Repository,
  type Review,
  type Risk,
  type SalesWorkingEntry,
  type TouchpointRepository,
} from '@gtm/shared';

export interface GtmRepositories {
  kpis: Repository<Kpi>;
  measurements: KpiMeasurementRepository;
  priorities: Repository<Priority>;
  actions: ActionRepository;
  reviews: Repository<Review>;
  risks: Repository<Risk>;
  accounts: Repository<QualifiedAccount>;
  salesWorkingList: Repository<SalesWorkingEntry>;
  directRequests: Repository<DirectRequest>;
  deals: DealRepository;
  touchpoints: TouchpointRepository;
}

/** The repositories over one store (wrap the store in `withListTitles` for renamed lists). */
export function createGtmRepositories(store: ListStore): GtmRepositories {
  return {
    kpis: createKpiRepository(store),
    measurements: createKpiMeasurementRepository(store),
    priorities: createPriorityRepository(store),
    actions: createActionRepository(store),
    reviews: createReviewRepository(store),
    risks: createRiskRepository(store),
    accounts: createQualifiedAccountRepository(store),
    salesWorkingList: createSalesWorkingRepository(store),
    directRequests: createDirectRequestRepository(store),
    deals: createDealRepository(store),
    touchpoints: createTouchpointRepository(store),
  };
}
