/**
 * Fault injection inside `$batch`: each part of a batch draws its own fault, as SharePoint and Graph
 * throttle the requests of a batch one by one while the batch itself answers 200. Graph: "Requests
 * in a batch are evaluated individually against throttling limits and if any request exceeds the
 * limits, it fails with a status code of 429 … The batch itself succeeds with a status code of 200"
 * (Graph "Throttling guidance", "Throttling and batching"). A faulted part is not applied.
 */
import { type FaultSpec, pickFault } from './faults';
import { graphError } from './graph/format';
import type { InternalResponse } from './http';
import { formatOf, spError } from './sp/format';

/** The answer for one part of a batch, when it draws a fault; undefined when it is to be handled. */
export type BatchPartFault = (api: 'sp' | 'graph', accept: string | undefined) => InternalResponse | undefined;

/** The same 429/503 answers the server gives whole requests, with `Retry-After`, for one part. */
export function batchPartFaulter(faults: readonly FaultSpec[], random: () => number, retryAfter: number, now: () => Date): BatchPartFault | undefined {
  if (faults.length === 0) return undefined;
  return (api, accept) => {
    const status = pickFault([...faults], random);
    if (status === undefined) return undefined;
    const message =
      status === 429 ? 'The request has been throttled (workbench fault injection, one part of a $batch).' : 'The service is unavailable (workbench fault injection, one part of a $batch).';
    const r =
      api === 'graph'
        ? graphError(status, status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', message, now())
        : spError(status, status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, Microsoft.SharePoint.SPServiceUnavailable', message, formatOf(accept));
    return { ...r, headers: { ...r.headers, 'retry-after': String(retryAfter) } };
  };
}
