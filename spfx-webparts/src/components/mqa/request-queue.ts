import type { DirectRequest } from '@gtm/shared';

/** Where a direct request stands in the triage queue. */
export type RequestStatus = 'new' | 'triaged' | 'contacted' | 'closed';

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  new: 'New',
  triaged: 'Rated',
  contacted: 'Presales outreach done',
  closed: 'Closed',
};

/** The request's status from its facts (closed › outreach › rated › new), as the list's own status column derives it. */
export function requestStatus(request: DirectRequest): RequestStatus {
  if (request.outcome !== null) return 'closed';
  if (request.outreach !== null) return 'contacted';
  if (request.triage !== null) return 'triaged';
  return 'new';
}

/**
 * The triage queue: open requests first, oldest received first (the longest wait on top); closed
 * ones after, most recently closed first.
 * @example queueOrder([closedOn5Mar, newOn1Mar, ratedOn20Feb]).map(r => r.id) // ['rated-20-feb', 'new-1-mar', 'closed-5-mar']
 */
export function queueOrder(requests: readonly DirectRequest[]): DirectRequest[] {
  const open = requests.filter((r) => r.outcome === null).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  const closed = requests
    .filter((r) => r.outcome !== null)
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? '') || a.id.localeCompare(b.id));
  return [...open, ...closed];
}

/** The web domain of the requester's e-mail (`ana@acme.example` → `acme.example`), to find or create the account. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).trim().toLowerCase();
}
