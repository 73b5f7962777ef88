/**
 * Every GTM repository over one `ListStore`, built in one place so the surfaces (the three web
 * parts, the workbench pages, the workbench seeder) agree on which lists exist and how each is read.
 */
import type { DirectRequest } from '../../domain/direct-request/direct-request';
import type { Kpi } from '../../domain/kpi/kpi';
import type { QualifiedAccount } from '../../domain/mqa/account';
import type { Priority } from '../../domain/priority/priority';
import type { Review } from '../../domain/review/review';
import type { Risk } from '../../domain/risk/risk';
import type { SalesWorkingEntry } from '../rows/sales-working-row';
import type { ListStore } from '../store/list-store';
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
  type KpiMeasurementRepository,
  type TouchpointRepository,
} from './entity-repositories';
import type { Repository } from './repository';
import { createRiskRegisterRepository, type RiskRegisterRepository } from './risk-mitigations';

/** One repository per GTM list, keyed by what the surfaces call the entities. */
export interface GtmRepositories {
  kpis: Repository<Kpi>;
  measurements: KpiMeasurementRepository;
  priorities: Repository<Priority>;
  actions: ActionRepository;
  reviews: Repository<Review>;
  /** Risk Register items alone (`mitigationActions` empty): for lists and counts of risks. */
  risks: Repository<Risk>;
  /** The Risk Register with each risk's mitigation actions (GTM Actions items) joined in: the risk editor's. */
  riskRegister: RiskRegisterRepository;
  accounts: Repository<QualifiedAccount>;
  salesWorkingList: Repository<SalesWorkingEntry>;
  directRequests: Repository<DirectRequest>;
  deals: DealRepository;
  touchpoints: TouchpointRepository;
}

/**
 * The repositories over one store (the @pnp/sp or Graph adapter, or the in-memory store in tests).
 * Wrap the store in `withListTitles` first when the lists were provisioned under other titles.
 */
export function createGtmRepositories(store: ListStore): GtmRepositories {
  const risks = createRiskRepository(store);
  const actions = createActionRepository(store);
  return {
    kpis: createKpiRepository(store),
    measurements: createKpiMeasurementRepository(store),
    priorities: createPriorityRepository(store),
    actions,
    reviews: createReviewRepository(store),
    risks,
    riskRegister: createRiskRegisterRepository(risks, actions),
    accounts: createQualifiedAccountRepository(store),
    salesWorkingList: createSalesWorkingRepository(store),
    directRequests: createDirectRequestRepository(store),
    deals: createDealRepository(store),
    touchpoints: createTouchpointRepository(store),
  };
}
