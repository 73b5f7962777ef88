import type { DealRecord } from '@gtm/shared';
import { columnMaxLength, createDealRepository, DealRecordSchema, GTM_DEALS_LIST, issuesOf, toDealRecord, toDealRow } from '@gtm/shared';
import type { ColumnSpec } from './columns';
import type { ImportKind } from './import-kind';
import type { Outcome } from './plan';
import type { RowReader } from './row-reader';

type Key = 'dealId' | 'name' | 'amount' | 'stage' | 'ols' | 'olsDate' | 'cs' | 'csDate' | 'closeDate' | 'accountDomain';

/** The most characters a GTM Deals column holds (the list schema's `maxLength`). */
const limit = (column: string): number | undefined => columnMaxLength(GTM_DEALS_LIST, column);

export const DEAL_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'dealId', names: ['Record ID', 'Deal ID', 'deal_id'], required: true, maxLength: limit('GtmDealId') },
  { key: 'amount', names: ['Amount', 'amount'], required: true },
  { key: 'name', names: ['Deal Name', 'deal_name', 'name'], maxLength: limit('Title') },
  { key: 'stage', names: ['Deal Stage', 'stage'] },
  { key: 'ols', names: ['Original Source', 'ols'], maxLength: limit('GtmOls') },
  { key: 'olsDate', names: ['Original Source Date', 'ols_date'] },
  { key: 'cs', names: ['Converting Source', 'cs'], maxLength: limit('GtmCs') },
  { key: 'csDate', names: ['Converting Source Date', 'cs_date'] },
  { key: 'closeDate', names: ['Close Date', 'close_date'] },
  { key: 'accountDomain', names: ['Associated Company Domain', 'Company Domain Name', 'account_domain'], maxLength: limit('GtmAccountDomain') },
];

/** A deals row; `undefined` means the file has no such column (the site's value is kept; a new deal gets the default). */
export interface DealInput {
  id: string;
  amount: number;
  name: string | undefined;
  stage: DealRecord['stage'] | undefined;
  ols: string | null | undefined;
  olsDate: string | null | undefined;
  cs: string | null | undefined;
  csDate: string | null | undefined;
  closedAt: string | null | undefined;
  accountId: string | null | undefined;
}

/**
 * A CRM deal stage as won, lost or open. HubSpot's internal names (`closedwon`, `closedlost`) and
 * labels (`Closed Won`) both work; any other stage of a pipeline is still open.
 * @example dealStageOf('Closed Won') // 'won'
 * @example dealStageOf('contractsent') // 'open'
 */
export function dealStageOf(text: string): DealRecord['stage'] {
  const squashed = text.toLowerCase().replace(/[\s_-]+/g, '');
  if (squashed === 'closedwon' || squashed === 'won') return 'won';
  if (squashed === 'closedlost' || squashed === 'lost') return 'lost';
  return 'open';
}

export function readDealRow(r: RowReader<Key>): { key: string; input: DealInput } | null {
  const id = r.text('dealId', 'deal');
  const amount = r.number('amount', { required: true, min: 0 });
  const name = r.has('name') ? (r.text('name', 'deal') ?? undefined) : undefined;
  const stageText = r.has('stage') ? r.text('stage', 'deal') : undefined;
  const optionalText = (key: 'ols' | 'cs' | 'accountDomain') => (r.has(key) ? r.text(key) : undefined);
  const optionalDate = (key: 'olsDate' | 'csDate' | 'closeDate') => (r.has(key) ? r.date(key) : undefined);
  const ols = optionalText('ols');
  const olsDate = optionalDate('olsDate');
  const cs = optionalText('cs');
  const csDate = optionalDate('csDate');
  const closedAt = optionalDate('closeDate');
  const domain = optionalText('accountDomain');
  if (r.problems.length > 0 || id === null || amount === null || stageText === null) return null;
  return {
    key: id,
    input: {
      id,
      amount,
      name,
      stage: stageText === undefined ? undefined : dealStageOf(stageText),
      ols,
      olsDate,
      cs,
      csDate,
      closedAt,
      accountId: domain === undefined || domain === null ? domain : domain.toLowerCase(),
    },
  };
}

function checked(deal: DealRecord): Outcome<DealRecord> {
  const parsed = DealRecordSchema.safeParse(deal);
  return parsed.success
    ? { ok: true, entity: parsed.data }
    : { ok: false, field: '(row)', value: deal.id, message: `the deal is not valid: ${issuesOf(parsed.error).join('; ')}` };
}

function keep<V>(given: V | undefined, current: V): V {
  return given === undefined ? current : given;
}

/** `gtm import deals`: GTM Deals items keyed by the CRM deal id; the file's columns overwrite the site's. */
export const DEALS_KIND: ImportKind<Key, DealInput, DealRecord> = {
  noun: 'deals',
  list: GTM_DEALS_LIST,
  columns: DEAL_COLUMNS,
  readRow: readDealRow,
  keyOfItem: (row) => (typeof row.values.GtmDealId === 'string' ? row.values.GtmDealId : null),
  toEntity: toDealRecord,
  repository: createDealRepository,
  plan: {
    keyName: 'deal id',
    toRow: toDealRow,
    create: (input) =>
      checked({
        id: input.id,
        name: input.name ?? input.id,
        amount: input.amount,
        stage: input.stage ?? 'open',
        ols: input.ols ?? null,
        olsDate: input.olsDate ?? null,
        cs: input.cs ?? null,
        csDate: input.csDate ?? null,
        closedAt: input.closedAt ?? null,
        accountId: input.accountId ?? null,
      }),
    merge: (existing, input) =>
      checked({
        id: existing.id,
        name: keep(input.name, existing.name),
        amount: input.amount,
        stage: keep(input.stage, existing.stage),
        ols: keep(input.ols, existing.ols),
        olsDate: keep(input.olsDate, existing.olsDate),
        cs: keep(input.cs, existing.cs),
        csDate: keep(input.csDate, existing.csDate),
        closedAt: keep(input.closedAt, existing.closedAt),
        accountId: keep(input.accountId, existing.accountId),
      }),
  },
};
