import type { IsoDate, Person, QualifiedAccount } from '@gtm/shared';
import {
  ACCOUNT_TEXT_LIMITS,
  columnMaxLength,
  createQualifiedAccountRepository,
  identifyAccount,
  issuesOf,
  MQA_FILE_LIST,
  QualifiedAccountSchema,
  recordConvertingSource,
  recordOriginalLeadSource,
  toQualifiedAccount,
  toQualifiedAccountRow,
} from '@gtm/shared';
import type { ColumnSpec } from './columns';
import type { ImportContext, ImportKind } from './import-kind';
import type { Outcome } from './plan';
import type { RowReader } from './row-reader';

type Key =
  | 'name'
  | 'domain'
  | 'icpFit'
  | 'intentTopics'
  | 'engagementScore'
  | 'marketingOwner'
  | 'salesOwner'
  | 'ols'
  | 'olsDate'
  | 'cs'
  | 'csDate'
  | 'createDate';

/** The most characters an MQA File column holds (the list schema's `maxLength`). */
const limit = (column: string): number | undefined => columnMaxLength(MQA_FILE_LIST, column);

export const ACCOUNT_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'name', names: ['Company name', 'name', 'company_name'], required: true, maxLength: limit('Title') },
  { key: 'domain', names: ['Company Domain Name', 'Domain', 'domain'], required: true, maxLength: limit('GtmDomain') },
  { key: 'icpFit', names: ['ICP Fit', 'icp_fit'], required: true },
  { key: 'engagementScore', names: ['Engagement Score', 'engagement_score'], required: true },
  { key: 'marketingOwner', names: ['Marketing Owner', 'Company owner', 'marketing_owner'], required: true },
  { key: 'intentTopics', names: ['Intent Topics', 'intent_topics'] },
  { key: 'salesOwner', names: ['Sales Owner', 'sales_owner'] },
  { key: 'ols', names: ['Original Source', 'ols'], maxLength: limit('GtmOls') },
  { key: 'olsDate', names: ['Original Source Date', 'ols_date'] },
  { key: 'cs', names: ['Converting Source', 'cs'], maxLength: limit('GtmCs') },
  { key: 'csDate', names: ['Converting Source Date', 'cs_date'] },
  { key: 'createDate', names: ['Create Date', 'identified_on'] },
];

/** A source and its day, as a row gives it: absent column (undefined), empty (null), or both. */
type SourceFact = { source: string; date: IsoDate } | null | undefined;

/** An accounts row. `undefined` means the file has no such column: the site's value is kept. */
export interface AccountInput {
  name: string;
  domain: string;
  icpFit: number;
  engagementScore: number;
  marketingOwner: Person;
  intentTopics: string[] | undefined;
  salesOwner: Person | null | undefined;
  ols: SourceFact;
  cs: SourceFact;
  identifiedOn: IsoDate | null;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** The MQA File's natural key: the domain, trimmed and lower-cased. */
export function accountKey(domain: string): string {
  return domain.trim().toLowerCase();
}

export function readAccountRow(r: RowReader<Key>): { key: string; input: AccountInput } | null {
  const name = r.text('name', 'account');
  const rawDomain = r.text('domain', 'account');
  let domain: string | null = null;
  if (rawDomain !== null) {
    domain = accountKey(rawDomain);
    if (!DOMAIN.test(domain)) {
      domain = r.fail('domain', rawDomain, `${r.name('domain')} "${rawDomain}" is not a domain; write it like acme.com (no http://, www. is fine, no path)`);
    }
  }
  const icpFit = r.number('icpFit', { required: true, integerFrom1To5: true });
  const engagementScore = r.number('engagementScore', { required: true, min: 0 });
  const marketingOwner = r.person('marketingOwner', true);
  const salesOwner = r.has('salesOwner') ? r.person('salesOwner') : undefined;
  const intentTopics = r.has('intentTopics')
    ? r
        .raw('intentTopics')
        .split(';')
        .map((t) => t.trim())
        .filter((t) => t !== '' && r.fits('intentTopics', t, ACCOUNT_TEXT_LIMITS.intentTopic))
    : undefined;
  const ols = sourceFact(r, 'ols', 'olsDate', 'the day the lead was created');
  const cs = sourceFact(r, 'cs', 'csDate', 'the day it first converted');
  const identifiedOn = r.date('createDate');
  if (r.problems.length > 0 || name === null || domain === null || icpFit === null || engagementScore === null || marketingOwner === null) {
    return null;
  }
  return {
    key: domain,
    input: { name, domain, icpFit, engagementScore, marketingOwner, intentTopics, salesOwner, ols, cs, identifiedOn },
  };
}

/** OLS or CS with its day: both or neither (a fact without its date cannot be reported on). */
function sourceFact(r: RowReader<Key>, sourceKey: 'ols' | 'cs', dateKey: 'olsDate' | 'csDate', dayMeaning: string): SourceFact {
  if (!r.has(sourceKey)) return undefined;
  const source = r.text(sourceKey);
  const date = r.date(dateKey);
  if (r.problems.some((p) => p.field === r.name(dateKey))) return null;
  if (source !== null && date === null) {
    r.fail(dateKey, '', `${r.name(dateKey)} is empty but ${r.name(sourceKey)} is "${source}"; give ${dayMeaning} (YYYY-MM-DD)`);
    return null;
  }
  if (source === null && date !== null) {
    r.fail(sourceKey, '', `${r.name(sourceKey)} is empty but ${r.name(dateKey)} is ${date}; give both or neither`);
    return null;
  }
  return source === null || date === null ? null : { source, date };
}

const FACT_NAMES = { ols: 'OLS (Original Lead Source)', cs: 'CS (Converting Source)' } as const;
const FACT_COLUMNS = { ols: 'Original Source', cs: 'Converting Source' } as const;

/**
 * Records OLS/CS facts the account lacks (through the domain's `recordOriginalLeadSource` /
 * `recordConvertingSource`); a fact already recorded is never overwritten: a different value in
 * the file becomes a note asking for a correction with a reason (the audited way).
 */
function withFacts(account: QualifiedAccount, input: AccountInput): Outcome<QualifiedAccount> {
  let current = account;
  const notes: string[] = [];
  for (const fact of ['ols', 'cs'] as const) {
    const given = input[fact];
    if (given === undefined || given === null) continue;
    const recorded = fact === 'ols' ? current.ols : current.cs;
    const recordedDate = fact === 'ols' ? current.olsDate : current.csDate;
    if (recorded === null) {
      const result = (fact === 'ols' ? recordOriginalLeadSource : recordConvertingSource)(current, given.source, given.date);
      if (!result.ok) return { ok: false, field: FACT_COLUMNS[fact], value: given.source, message: result.reason };
      current = result.account;
    } else if (recorded !== given.source || recordedDate !== given.date) {
      notes.push(
        `${account.domain}: ${FACT_NAMES[fact]} differs from the recorded fact: the file says "${given.source}" (${given.date}), ` +
          `the MQA file has "${recorded}" (${recordedDate ?? 'no date'}), which is kept; ` +
          'correct it in the MQA file with a reason (facts change only with a reason and an audit entry)',
      );
    }
  }
  return { ok: true, entity: current, notes };
}

function checked(outcome: Outcome<QualifiedAccount>): Outcome<QualifiedAccount> {
  if (!outcome.ok) return outcome;
  const parsed = QualifiedAccountSchema.safeParse(outcome.entity);
  if (parsed.success) return outcome;
  return { ok: false, field: '(row)', value: outcome.entity.domain, message: `the account is not valid: ${issuesOf(parsed.error).join('; ')}` };
}

/** `gtm import accounts`: MQA File items keyed by domain; new ones enter the stage machine as Identified. */
export function accountsKind(context: ImportContext): ImportKind<Key, AccountInput, QualifiedAccount> {
  return {
    noun: 'accounts',
    list: MQA_FILE_LIST,
    columns: ACCOUNT_COLUMNS,
    readRow: readAccountRow,
    keyOfItem: (row) => (typeof row.values.GtmDomain === 'string' ? accountKey(row.values.GtmDomain) : null),
    toEntity: toQualifiedAccount,
    repository: createQualifiedAccountRepository,
    plan: {
      keyName: 'domain',
      toRow: toQualifiedAccountRow,
      create(input, line) {
        const identified = identifyAccount(
          {
            id: 'new',
            name: input.name,
            domain: input.domain,
            icpFit: input.icpFit,
            intentTopics: input.intentTopics ?? [],
            engagementScore: input.engagementScore,
            marketingOwner: input.marketingOwner,
            salesOwner: input.salesOwner ?? null,
          },
          {
            at: input.identifiedOn ?? context.today,
            by: input.marketingOwner,
            evidence: `Imported from the CRM export ${context.source} (line ${line})`,
          },
        );
        if (!identified.ok) return { ok: false, field: '(row)', value: input.domain, message: identified.reason };
        return checked(withFacts(identified.account, input));
      },
      merge(existing, input) {
        // What the CRM owns is refreshed; the stage, its history and recorded facts are the MQA file's.
        const refreshed: QualifiedAccount = {
          ...existing,
          name: input.name,
          icpFit: input.icpFit,
          engagementScore: input.engagementScore,
          marketingOwner: input.marketingOwner,
          intentTopics: input.intentTopics ?? existing.intentTopics,
          salesOwner: input.salesOwner === undefined ? existing.salesOwner : input.salesOwner,
        };
        return checked(withFacts(refreshed, input));
      },
    },
  };
}
