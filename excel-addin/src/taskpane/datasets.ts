/**
 * What "Load from SharePoint" can load: MQA accounts, deals and touchpoints, each as a list, its
 * row mapper from @gtm/shared, and the columns of the Excel table. Touchpoint and deal headers are
 * the names GTM.ATTRIBUTE recognises (journey_id, channel, touched_at, converted_at, value;
 * deal_id, amount, ols, ols_date, cs, cs_date), so `=GTM.ATTRIBUTE(Touchpoints[#All])` just works.
 */
import {
  GTM_DEALS_LIST,
  GTM_TOUCHPOINTS_LIST,
  MQA_FILE_LIST,
  toDealRecord,
  toQualifiedAccount,
  toTouchpoint,
  type DealRecord,
  type ListRow,
  type ListSchema,
  type MapResult,
  type QualifiedAccount,
  type Touchpoint,
  parseTimestamp,
} from '@gtm/shared';
import { msToSerial } from '../functions/excel-dates';

/** A cell written to Excel: text, a number, or '' for empty. */
export type CellValue = string | number;

/** The datasets the task pane offers. */
export type DatasetKey = 'accounts' | 'deals' | 'touchpoints';

export interface Dataset<T> {
  key: DatasetKey;
  /** What the user picks: "MQA accounts". */
  label: string;
  /** In a sentence: "MQA accounts" (not lower-cased blindly: MQA stays MQA). */
  plural: string;
  /** One of them, for counts of 1: "MQA account". */
  singular: string;
  list: ListSchema;
  /** The Excel table's name (also the worksheet's). */
  tableName: string;
  headers: readonly string[];
  /** The headers of the columns holding dates, written as Excel dates ({@link excelDate}) under {@link EXCEL_DATE_FORMAT}. */
  dateHeaders: readonly string[];
  toEntity(row: ListRow): MapResult<T>;
  toCells(entity: T): CellValue[];
}

const orEmpty = (value: string | number | null | undefined): CellValue => value ?? '';

/** The number format of the date columns: Excel shows the day, the serial keeps any time of day. */
export const EXCEL_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A list date as an Excel date (a serial number in the 1900 date system, UTC), so the column sorts,
 * filters and computes as dates in Excel instead of holding ISO text; '' for no date. Date-only
 * values are the day's serial; timestamps keep their time of day as the fraction.
 *
 * @example
 * excelDate('2026-03-01')           // 46082
 * excelDate('2026-03-01T18:00:00Z') // 46082.75
 * excelDate(null)                   // ''
 */
export function excelDate(iso: string | null | undefined): CellValue {
  return iso === null || iso === undefined || iso === '' ? '' : msToSerial(parseTimestamp(iso));
}

const TOUCHPOINTS: Dataset<Touchpoint> = {
  key: 'touchpoints',
  label: 'Touchpoints',
  plural: 'touchpoints',
  singular: 'touchpoint',
  list: GTM_TOUCHPOINTS_LIST,
  tableName: 'Touchpoints',
  headers: ['journey_id', 'channel', 'touched_at', 'converted_at', 'value', 'lead_id', 'account_id'],
  dateHeaders: ['touched_at', 'converted_at'],
  toEntity: toTouchpoint,
  toCells: (t) => [t.journeyId, t.channel, excelDate(t.touchedAt), excelDate(t.convertedAt), orEmpty(t.value), orEmpty(t.leadId), orEmpty(t.accountId)],
};

const DEALS: Dataset<DealRecord> = {
  key: 'deals',
  label: 'Deals',
  plural: 'deals',
  singular: 'deal',
  list: GTM_DEALS_LIST,
  tableName: 'Deals',
  headers: ['deal_id', 'amount', 'ols', 'ols_date', 'cs', 'cs_date', 'name', 'stage', 'closed_at', 'account_id'],
  dateHeaders: ['ols_date', 'cs_date', 'closed_at'],
  toEntity: toDealRecord,
  toCells: (d) => [d.id, d.amount, orEmpty(d.ols), excelDate(d.olsDate), orEmpty(d.cs), excelDate(d.csDate), d.name, d.stage, excelDate(d.closedAt), orEmpty(d.accountId)],
};

const ACCOUNTS: Dataset<QualifiedAccount> = {
  key: 'accounts',
  label: 'MQA accounts',
  plural: 'MQA accounts',
  singular: 'MQA account',
  list: MQA_FILE_LIST,
  tableName: 'MQA_Accounts',
  headers: ['account_id', 'name', 'domain', 'stage', 'icp_fit', 'engagement_score', 'identified_at', 'marketing_owner', 'sales_owner', 'ols', 'ols_date', 'cs', 'cs_date'],
  dateHeaders: ['identified_at', 'ols_date', 'cs_date'],
  toEntity: toQualifiedAccount,
  toCells: (a) => [
    a.id,
    a.name,
    a.domain,
    a.stage,
    a.icpFit,
    a.engagementScore,
    excelDate(a.identifiedAt),
    a.marketingOwner.email,
    orEmpty(a.salesOwner?.email),
    orEmpty(a.ols),
    excelDate(a.olsDate),
    orEmpty(a.cs),
    excelDate(a.csDate),
  ],
};

/** Every dataset, in the order the task pane lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list; each entry is typed where it is built
export const DATASETS: readonly Dataset<any>[] = [ACCOUNTS, DEALS, TOUCHPOINTS];

/** The dataset for a key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see DATASETS
export function datasetOf(key: DatasetKey): Dataset<any> {
  const dataset = DATASETS.find((d) => d.key === key);
  if (!dataset) throw new Error(`unknown dataset ${key}`);
  return dataset;
}
