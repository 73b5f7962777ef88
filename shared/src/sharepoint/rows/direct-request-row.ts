import { z } from 'zod';
import type { DirectRequest } from '../../domain/direct-request/direct-request';
import { DirectRequestSchema } from '../../domain/direct-request/direct-request';
import type { ListRow, RowValues } from '../store/list-store';
import type { MapResult } from './row-mapping';
import { day, jsonNote, labelOf, mapRow, optDay, optNum, optPerson, optText, personOf, personValue, slugOf, toJson, toRowDay } from './row-mapping';
import { fitTitle } from './text-lengths';

export const DIRECT_REQUEST_KIND_LABELS: Readonly<Record<DirectRequest['kind'], string>> = {
  'demo-request': 'Demo request',
  'contact-message': 'Contact message',
};
const OUTCOME_LABELS = { mql: 'MQL', mqa: 'MQA', nurture: 'Nurture' } as const;

/** A Direct Requests item as SharePoint stores it. */
export const DirectRequestRowSchema = z.object({
  Title: optText,
  GtmKind: z.string(),
  GtmReceivedOn: day,
  GtmContactName: optText,
  GtmContactEmail: z.string(),
  GtmCompany: optText,
  GtmMessage: optText,
  GtmIcpAlignment: optNum,
  GtmRelevance: optNum,
  GtmStrategicFit: optNum,
  GtmTriagedBy: optPerson,
  GtmTriagedOn: optDay,
  GtmOutreach: jsonNote,
  GtmOutcome: optText,
  GtmOutcomeRef: optText,
  GtmClosedOn: optDay,
});
export type DirectRequestRow = z.infer<typeof DirectRequestRowSchema>;

function outcomeFrom(label: string | null, ref: string | null): unknown {
  switch (label) {
    case null:
      return null;
    case 'MQL':
      return ref !== null ? { kind: 'mql', leadId: ref } : { kind: 'mql' };
    case 'MQA':
      return { kind: 'mqa', accountId: ref };
    case 'Nurture':
      return { kind: 'nurture' };
    default:
      return { kind: label };
  }
}

export function toDirectRequest(row: ListRow): MapResult<DirectRequest> {
  return mapRow(
    row,
    DirectRequestRowSchema,
    (r, id) => {
      const triaged = r.GtmIcpAlignment !== null || r.GtmRelevance !== null || r.GtmStrategicFit !== null || r.GtmTriagedOn !== null;
      return {
        id,
        kind: slugOf(DIRECT_REQUEST_KIND_LABELS, r.GtmKind),
        receivedAt: r.GtmReceivedOn,
        contact: {
          email: r.GtmContactEmail,
          ...(r.GtmContactName !== null ? { name: r.GtmContactName } : {}),
          ...(r.GtmCompany !== null ? { company: r.GtmCompany } : {}),
        },
        ...(r.GtmMessage !== null ? { message: r.GtmMessage } : {}),
        triage: triaged
          ? {
              icpAlignment: r.GtmIcpAlignment,
              relevance: r.GtmRelevance,
              strategicFit: r.GtmStrategicFit,
              by: personOf(r.GtmTriagedBy),
              at: r.GtmTriagedOn,
            }
          : null,
        outreach: r.GtmOutreach,
        outcome: outcomeFrom(r.GtmOutcome, r.GtmOutcomeRef),
        closedAt: r.GtmClosedOn,
      };
    },
    DirectRequestSchema,
  );
}

/** Also writes the derived `GtmStatus` (Closed › Presales outreach › Triaged › New) for views. */
export function toDirectRequestRow(request: DirectRequest): RowValues {
  const status = request.closedAt ? 'Closed' : request.outreach ? 'Presales outreach' : request.triage ? 'Triaged' : 'New';
  const outcome = request.outcome;
  return {
    // Derived, not typed: the full name and e-mail are in their own columns, so the label may be cut.
    Title: fitTitle(`${labelOf(DIRECT_REQUEST_KIND_LABELS, request.kind)} from ${request.contact.name ?? request.contact.email}`),
    GtmKind: labelOf(DIRECT_REQUEST_KIND_LABELS, request.kind),
    GtmReceivedOn: toRowDay(request.receivedAt),
    GtmContactName: request.contact.name ?? null,
    GtmContactEmail: request.contact.email,
    GtmCompany: request.contact.company ?? null,
    GtmMessage: request.message ?? null,
    GtmIcpAlignment: request.triage?.icpAlignment ?? null,
    GtmRelevance: request.triage?.relevance ?? null,
    GtmStrategicFit: request.triage?.strategicFit ?? null,
    GtmTriagedBy: personValue(request.triage?.by),
    GtmTriagedOn: toRowDay(request.triage?.at),
    GtmOutreach: request.outreach ? toJson(request.outreach) : null,
    GtmOutcome: outcome ? OUTCOME_LABELS[outcome.kind] : null,
    GtmOutcomeRef: outcome?.kind === 'mqa' ? outcome.accountId : outcome?.kind === 'mql' ? (outcome.leadId ?? null) : null,
    GtmClosedOn: toRowDay(request.closedAt),
    GtmStatus: status,
  };
}
