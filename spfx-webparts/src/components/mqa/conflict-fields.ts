import type { DirectRequest, QualifiedAccount, SalesWorkingEntry } from '@gtm/shared';
import { MQA_STAGE_LABELS } from '@gtm/shared';
import { formatDate } from '../common/format-date';

/** The account fields the conflict dialog compares, in order. */
export const ACCOUNT_CONFLICT_LABELS: Record<string, string> = {
  stage: 'Stage',
  lastMove: 'Last stage move',
  ols: 'Original Lead Source (OLS)',
  cs: 'Converting Source (CS)',
  audit: 'Corrections',
  salesOwner: 'Sales owner',
};

/** An account as text for the conflict dialog (rendered as text, never HTML). */
export function describeAccount(account: QualifiedAccount): Record<string, string> {
  const last = account.stageHistory[account.stageHistory.length - 1];
  return {
    stage: MQA_STAGE_LABELS[account.stage],
    lastMove: last ? `${formatDate(last.at)} by ${last.by.displayName ?? last.by.email}: ${last.evidence}` : '—',
    ols: account.ols === null ? 'Not recorded' : `${account.ols} (${formatDate(account.olsDate)})`,
    cs: account.cs === null ? 'Not recorded' : `${account.cs} (${formatDate(account.csDate)})`,
    audit: String(account.attributionAudit.length),
    salesOwner: account.salesOwner?.displayName ?? account.salesOwner?.email ?? '—',
  };
}

/** The direct request fields the conflict dialog compares, in order. */
export const REQUEST_CONFLICT_LABELS: Record<string, string> = {
  ratings: 'Ratings (ICP alignment / relevance / strategic fit)',
  outreach: 'Presales outreach',
  outcome: 'Outcome',
};

/** A direct request as text for the conflict dialog. */
export function describeRequest(request: DirectRequest): Record<string, string> {
  const { triage, outreach, outcome } = request;
  return {
    ratings: triage ? `${triage.icpAlignment} / ${triage.relevance} / ${triage.strategicFit}` : 'Not rated',
    outreach: outreach ? `${formatDate(outreach.at)}: ${outreach.template}` : 'None yet',
    outcome: outcome ? `${outcomeLabel(outcome)} on ${formatDate(request.closedAt)}` : 'Open',
  };
}

/** How a closed request ended, in words. */
export function outcomeLabel(outcome: NonNullable<DirectRequest['outcome']>): string {
  switch (outcome.kind) {
    case 'mql':
      return 'MQL';
    case 'mqa':
      return 'MQA';
    case 'nurture':
      return 'Nurture';
  }
}

/** The Sales working list row fields the conflict dialog compares, in order. */
export const WORKING_ROW_CONFLICT_LABELS: Record<string, string> = {
  status: 'Sales working list stage',
  salesOwner: 'Sales owner',
  notes: 'Sales notes',
};

/** A Sales working list row as text for the conflict dialog. */
export function describeWorkingEntry(entry: SalesWorkingEntry): Record<string, string> {
  return {
    status: MQA_STAGE_LABELS[entry.status],
    salesOwner: entry.salesOwner?.displayName ?? entry.salesOwner?.email ?? '—',
    notes: entry.notes ?? '—',
  };
}
