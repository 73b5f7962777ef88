import { ACCOUNT_TEXT_LIMITS } from '../../domain/mqa/account';
import { ACTION_TEXT_LIMITS } from '../../domain/action/action';
import { DEAL_TEXT_LIMITS } from '../../domain/deal/deal';
import { DIRECT_REQUEST_TEXT_LIMITS } from '../../domain/direct-request/direct-request';
import { KPI_TEXT_LIMITS } from '../../domain/kpi/kpi';
import { PERSON_TEXT_LIMITS } from '../../domain/common/person';
import { PRIORITY_TEXT_LIMITS } from '../../domain/priority/priority';
import { REVIEW_TEXT_LIMITS } from '../../domain/review/review';
import { RISK_TEXT_LIMITS } from '../../domain/risk/risk';
import { TOUCHPOINT_TEXT_LIMITS } from '../../domain/touchpoint/touchpoint';
import { fieldSchemaXml } from '../provision/field-xml';
import { GTM_LISTS } from './all-lists';
import { DIRECT_REQUESTS_LIST } from './direct-requests';
import { GTM_ACTIONS_LIST } from './gtm-actions';
import { GTM_DEALS_LIST } from './gtm-deals';
import { GTM_KPI_MEASUREMENTS_LIST } from './gtm-kpi-measurements';
import { GTM_KPIS_LIST } from './gtm-kpis';
import { GTM_PRIORITIES_LIST } from './gtm-priorities';
import { GTM_REVIEWS_LIST } from './gtm-reviews';
import { GTM_TOUCHPOINTS_LIST } from './gtm-touchpoints';
import type { ListSchema } from './list-schema';
import { checkListSchema, columnMaxLength, maxLengthOf } from './list-schema';
import { MQA_FILE_LIST } from './mqa-file';
import { RISK_REGISTER_LIST } from './risk-register';

const list = (fields: ListSchema['fields']): ListSchema => ({ title: 'Bad', description: '', urlName: 'Bad', fields, views: [] });

describe('text limits in the list schema', () => {
  it('default to 255 for a single line of text and 63,999 for a note; other types have none', () => {
    expect(maxLengthOf({ type: 'text' })).toBe(255);
    expect(maxLengthOf({ type: 'note' })).toBe(63_999);
    expect(maxLengthOf({ type: 'text', maxLength: 100 })).toBe(100);
    expect(maxLengthOf({ type: 'number' })).toBeUndefined();
  });

  it('give the built-in Title 255 (SharePoint: a single line of text) and undefined for unknown columns', () => {
    expect(columnMaxLength(RISK_REGISTER_LIST, 'Title')).toBe(255);
    expect(columnMaxLength(RISK_REGISTER_LIST, 'GtmDescription')).toBe(4000);
    expect(columnMaxLength(RISK_REGISTER_LIST, 'GtmNope')).toBeUndefined();
  });

  it('refuse a single line of text over 255, a note over 63,999, a fraction and a maxLength on a number', () => {
    const problems = checkListSchema(
      list([
        { name: 'GtmName', displayName: 'Name', type: 'text', maxLength: 256 },
        { name: 'GtmNotes', displayName: 'Notes', type: 'note', maxLength: 64_000 },
        { name: 'GtmCode', displayName: 'Code', type: 'text', maxLength: 2.5 },
        { name: 'GtmCount', displayName: 'Count', type: 'number', maxLength: 10 },
      ]),
    );
    expect(problems).toEqual([
      'GtmName: maxLength 256 is not a whole number from 1 to 255 (a single line of text holds at most 255 characters); lower it or make the field a note',
      'GtmNotes: maxLength 64000 is not a whole number from 1 to 63999 (a note holds at most 63,999 characters); lower it or make the field a note',
      'GtmCode: maxLength 2.5 is not a whole number from 1 to 255 (a single line of text holds at most 255 characters); lower it or make the field a note',
      'GtmCount: only text and note fields have a maxLength',
    ]);
  });

  it('keep every text column of the eleven GTM lists within 255 and every note within 63,999', () => {
    for (const l of GTM_LISTS) {
      for (const f of l.fields) {
        const max = maxLengthOf(f);
        if (f.type === 'text') expect({ field: f.name, max: (max ?? 0) <= 255 }).toEqual({ field: f.name, max: true });
        if (f.type === 'note') expect({ field: f.name, max: (max ?? 0) <= 63_999 }).toEqual({ field: f.name, max: true });
      }
    }
  });

  it('provision a text column with its MaxLength (the CAML Field attribute SharePoint enforces), a note without', () => {
    expect(fieldSchemaXml({ name: 'GtmDomain', displayName: 'Domain', type: 'text', maxLength: 253 })).toContain('MaxLength="253"');
    expect(fieldSchemaXml({ name: 'GtmOls', displayName: 'OLS', type: 'text' })).toContain('MaxLength="255"');
    expect(fieldSchemaXml({ name: 'GtmNotes', displayName: 'Notes', type: 'note', maxLength: 4000 })).not.toContain('MaxLength');
  });
});

/**
 * One source of truth: the domain imports zod only, so it declares its limits beside its schemas;
 * each must equal the maxLength of the column the value is stored in.
 */
const DOMAIN_LIMITS: readonly [string, number, ListSchema, string][] = [
  ['Risk title', RISK_TEXT_LIMITS.title, RISK_REGISTER_LIST, 'Title'],
  ['Risk description', RISK_TEXT_LIMITS.description, RISK_REGISTER_LIST, 'GtmDescription'],
  // A mitigation lives in the GtmMitigations JSON; it may become a GTM Actions item.
  ['Mitigation title', RISK_TEXT_LIMITS.mitigationTitle, GTM_ACTIONS_LIST, 'Title'],
  ['Action title', ACTION_TEXT_LIMITS.title, GTM_ACTIONS_LIST, 'Title'],
  ['KPI name', KPI_TEXT_LIMITS.title, GTM_KPIS_LIST, 'Title'],
  ['KPI measurement note', KPI_TEXT_LIMITS.measurementNote, GTM_KPI_MEASUREMENTS_LIST, 'GtmNote'],
  ['Priority title', PRIORITY_TEXT_LIMITS.title, GTM_PRIORITIES_LIST, 'Title'],
  ['Review snapshot KPI name', REVIEW_TEXT_LIMITS.kpiTitle, GTM_KPIS_LIST, 'Title'],
  ['Review summary message id', REVIEW_TEXT_LIMITS.summaryMessageId, GTM_REVIEWS_LIST, 'GtmSummaryMessageId'],
  ['Review next event id', REVIEW_TEXT_LIMITS.nextEventId, GTM_REVIEWS_LIST, 'GtmNextEventId'],
  ['Contact name', DIRECT_REQUEST_TEXT_LIMITS.contactName, DIRECT_REQUESTS_LIST, 'GtmContactName'],
  ['Contact e-mail', DIRECT_REQUEST_TEXT_LIMITS.contactEmail, DIRECT_REQUESTS_LIST, 'GtmContactEmail'],
  ['Company', DIRECT_REQUEST_TEXT_LIMITS.company, DIRECT_REQUESTS_LIST, 'GtmCompany'],
  ['Message', DIRECT_REQUEST_TEXT_LIMITS.message, DIRECT_REQUESTS_LIST, 'GtmMessage'],
  ['Outcome reference (lead id)', DIRECT_REQUEST_TEXT_LIMITS.outcomeRef, DIRECT_REQUESTS_LIST, 'GtmOutcomeRef'],
  ['Account name', ACCOUNT_TEXT_LIMITS.name, MQA_FILE_LIST, 'Title'],
  ['Account domain', ACCOUNT_TEXT_LIMITS.domain, MQA_FILE_LIST, 'GtmDomain'],
  ['Account OLS', ACCOUNT_TEXT_LIMITS.ols, MQA_FILE_LIST, 'GtmOls'],
  ['Account CS', ACCOUNT_TEXT_LIMITS.cs, MQA_FILE_LIST, 'GtmCs'],
  ['Deal id', DEAL_TEXT_LIMITS.id, GTM_DEALS_LIST, 'GtmDealId'],
  ['Deal name', DEAL_TEXT_LIMITS.name, GTM_DEALS_LIST, 'Title'],
  ['Deal account domain', DEAL_TEXT_LIMITS.accountId, GTM_DEALS_LIST, 'GtmAccountDomain'],
  ['Deal OLS', DEAL_TEXT_LIMITS.ols, GTM_DEALS_LIST, 'GtmOls'],
  ['Deal CS', DEAL_TEXT_LIMITS.cs, GTM_DEALS_LIST, 'GtmCs'],
  ['Touch journey id', TOUCHPOINT_TEXT_LIMITS.journeyId, GTM_TOUCHPOINTS_LIST, 'GtmJourneyId'],
  ['Touch channel', TOUCHPOINT_TEXT_LIMITS.channel, GTM_TOUCHPOINTS_LIST, 'GtmChannel'],
  ['Touch lead id', TOUCHPOINT_TEXT_LIMITS.leadId, GTM_TOUCHPOINTS_LIST, 'GtmLeadId'],
  ['Touch account id', TOUCHPOINT_TEXT_LIMITS.accountId, GTM_TOUCHPOINTS_LIST, 'GtmAccountId'],
];

describe('the domain’s text limits', () => {
  it.each(DOMAIN_LIMITS)('%s (%d) equals the maxLength of %s %s', (_what, limit, l, column) => {
    expect(columnMaxLength(l, column)).toBe(limit);
  });

  it('match every person kept as text (who recorded an actual): e-mail 254 (RFC 5321), name 255', () => {
    for (const l of GTM_LISTS) {
      for (const f of l.fields.filter((f) => /Email$/.test(f.name) && f.type === 'text')) {
        expect({ field: `${l.title} ${f.name}`, max: maxLengthOf(f) }).toEqual({ field: `${l.title} ${f.name}`, max: PERSON_TEXT_LIMITS.email });
      }
    }
    expect(columnMaxLength(GTM_KPI_MEASUREMENTS_LIST, 'GtmRecordedByName')).toBe(PERSON_TEXT_LIMITS.displayName);
  });

  it('leave room in the touch key: journey id + channel + 22 (two | and the instant) fits 255', () => {
    expect(TOUCHPOINT_TEXT_LIMITS.journeyId + TOUCHPOINT_TEXT_LIMITS.channel + 22).toBeLessThanOrEqual(columnMaxLength(GTM_TOUCHPOINTS_LIST, 'GtmTouchKey') ?? 0);
  });

  it('keep texts held inside JSON notes (decisions, evidence, reasons, outreach notes) well inside the note', () => {
    const inside = [REVIEW_TEXT_LIMITS.decision, ACCOUNT_TEXT_LIMITS.evidence, ACCOUNT_TEXT_LIMITS.reason, DIRECT_REQUEST_TEXT_LIMITS.outreachNotes];
    expect(inside.every((limit) => limit <= 63_999 / 10)).toBe(true);
  });
});
