import type { IsoDate, Lead, LeadStage, QualificationEvidence, QualifiedAccount } from '@gtm/shared';
import { addDays, advanceLead, QUALIFICATION_EVIDENCE_KINDS } from '@gtm/shared';
import { contactName } from './people-names';
import type { Rng } from './prng';

const DETAILS: Readonly<Record<QualificationEvidence['kind'], readonly string[]>> = {
  'pre-qualified-source-engagement': ['Attended the SOC automation webinar and asked two questions', 'Visited our booth at the security summit, requested follow-up'],
  'sustained-interaction': ['Read five blog posts and the SIEM guide in two weeks', 'Returned to the product pages on four separate days'],
  'bofu-asset-engagement': ['Downloaded the pricing guide', 'Opened the ROI calculator twice'],
  'direct-inbound-contact': ['Wrote to sales@ about a migration project', 'Called the office asking for a partner contact'],
  'demo-request': ['Filled in the demo form', 'Requested a demo via the chat widget'],
};

const STAGES: readonly LeadStage[] = ['subscriber', 'lead', 'engaged-lead', 'mql'];

function ok(result: { ok: true; lead: Lead } | { ok: false; reason: string }): Lead {
  if (!result.ok) throw new Error(`Demo seed made an illegal lead move: ${result.reason}`);
  return result.lead;
}

/**
 * Contacts of the lead funnel (the MQL model; never counted as accounts): most stop before MQL,
 * every MQL carries qualification evidence. Some belong to accounts of the MQA file.
 */
export function generateLeads(count: number, accounts: readonly QualifiedAccount[], now: IsoDate, rng: Rng): Lead[] {
  const emails = new Set<string>();
  const leads: Lead[] = [];
  while (leads.length < count) {
    const account = rng.chance(0.4) ? rng.pick(accounts) : null;
    const person = contactName(rng);
    const domain = account?.domain ?? `${rng.pick(['mail', 'inbox', 'corp', 'biz'])}${rng.int(1, 40)}.example`;
    const email = `${person.local}@${domain}`;
    if (emails.has(email)) continue;
    emails.add(email);
    const target = rng.weighted(STAGES, [35, 30, 20, 15]);
    let at = addDays(now, -rng.int(20, 240));
    let lead: Lead = {
      id: `lead-${String(leads.length + 1).padStart(4, '0')}`, email, name: person.name,
      ...(account ? { accountId: account.id } : {}),
      stage: 'subscriber', evidence: [], stageHistory: [{ from: null, to: 'subscriber', at }],
    };
    for (const stage of STAGES.slice(1, STAGES.indexOf(target) + 1)) {
      at = addDays(at, rng.int(3, 18));
      if (at >= now) break;
      const kind = rng.pick(QUALIFICATION_EVIDENCE_KINDS);
      const evidence: QualificationEvidence[] = stage === 'mql' || rng.chance(0.3) ? [{ kind, at, detail: rng.pick(DETAILS[kind]) }] : [];
      lead = ok(advanceLead(lead, stage, { at, evidence }));
    }
    leads.push(lead);
  }
  return leads;
}
