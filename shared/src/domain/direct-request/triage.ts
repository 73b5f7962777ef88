import type { IsoDate } from '../common/iso-date';
import type { Person } from '../common/person';
import { RatingSchema } from '../common/rating';
import type { Rejection } from '../common/result';
import { reject } from '../common/result';
import type { DirectRequest, DirectRequestOutcome, Outreach, TriageRatings } from './direct-request';

export type DirectRequestResult = { ok: true; request: DirectRequest } | Rejection;

const RATING_LABELS: Readonly<Record<keyof TriageRatings, string>> = {
  icpAlignment: 'ICP alignment',
  relevance: 'relevance',
  strategicFit: 'strategic fit',
};

function closedRejection(request: DirectRequest, what: string): Rejection | null {
  return request.outcome ? reject(`Cannot ${what} the request from ${request.contact.email}: it is closed as ${request.outcome.kind}`) : null;
}

/**
 * Records the ratings of ICP alignment, relevance and strategic fit (each 1–5). Re-rating before
 * closing replaces the ratings (triage is a judgement that may be revised); a closed request is
 * left as it was decided.
 * @example rateDirectRequest(request, { icpAlignment: 5, relevance: 4, strategicFit: 3 }, gmd, '2025-03-03') // { ok: true, … }
 */
export function rateDirectRequest(request: DirectRequest, ratings: TriageRatings, by: Person, at: IsoDate): DirectRequestResult {
  const closed = closedRejection(request, 'rate');
  if (closed) return closed;
  for (const key of Object.keys(RATING_LABELS) as (keyof TriageRatings)[]) {
    if (!RatingSchema.safeParse(ratings[key]).success) {
      return reject(`The ${RATING_LABELS[key]} rating must be a whole number from 1 to 5, got ${ratings[key]}`);
    }
  }
  return { ok: true, request: { ...request, triage: { ...ratings, by, at } } };
}

/**
 * Records the presales outreach to the requester.
 * @example recordOutreach(request, { at: '2025-03-04', by: gmd, template: 'Demo follow-up' }) // { ok: true, … }
 */
export function recordOutreach(request: DirectRequest, outreach: Outreach): DirectRequestResult {
  const closed = closedRejection(request, 'record outreach on');
  if (closed) return closed;
  return { ok: true, request: { ...request, outreach } };
}

/**
 * Closes a request as MQL, MQA or nurture. It needs the ratings and the presales outreach first:
 * the outcome is a judgement on both.
 * @example closeDirectRequest(ratedAndContacted, { kind: 'mqa', accountId: 'acme' }, '2025-03-05') // { ok: true, request: { closedAt: '2025-03-05', … } }
 */
export function closeDirectRequest(request: DirectRequest, outcome: DirectRequestOutcome, at: IsoDate): DirectRequestResult {
  const closed = closedRejection(request, 'close');
  if (closed) return closed;
  const missing = [
    request.triage ? null : 'ratings (ICP alignment, relevance, strategic fit)',
    request.outreach ? null : 'presales outreach',
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    return reject(`Cannot close the request from ${request.contact.email} without ${missing.join(' and ')}`);
  }
  return { ok: true, request: { ...request, outcome, closedAt: at } };
}
