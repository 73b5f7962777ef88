import type { DirectRequest, DirectRequestOutcome, IsoDate, Lead, QualifiedAccount } from '@gtm/shared';
import { addDays, closeDirectRequest, rateDirectRequest, recordOutreach } from '@gtm/shared';
import { CAST } from './cast';
import { contactName } from './people-names';
import type { Rng } from './prng';

type Stop = 'new' | 'triaged' | 'contacted' | DirectRequestOutcome['kind'];

/** Where each of the 15 requests stands: a few untouched, some mid-triage, most decided. */
const PLAN: readonly Stop[] = ['new', 'new', 'new', 'triaged', 'triaged', 'triaged', 'contacted', 'contacted', 'contacted', 'mql', 'mql', 'mqa', 'mqa', 'mqa', 'nurture', 'nurture'];

const MESSAGES: Readonly<Record<DirectRequest['kind'], readonly string[]>> = {
  'demo-request': ['We are replacing our SIEM next year and would like a demo.', 'Please show us the SOC automation features.', 'Interested in a demo for our 24/7 SOC team.'],
  'contact-message': ['Do you have a partner in our region?', 'Can we get pricing for 500 endpoints?', 'We saw your talk at the summit and want to learn more about XDR.'],
};

const TEMPLATES = ['Demo follow-up: discovery questions', 'Contact follow-up: qualification call', 'Presales intro with case study'];

function ok(result: { ok: true; request: DirectRequest } | { ok: false; reason: string }): DirectRequest {
  if (!result.ok) throw new Error(`Demo seed made an illegal triage step: ${result.reason}`);
  return result.request;
}

/**
 * Direct requests (demo submissions, contact messages) at every triage state: new, rated by the
 * GMD, contacted by presales, and closed as MQL, MQA or nurture through the domain's own steps.
 */
export function generateDirectRequests(accounts: readonly QualifiedAccount[], leads: readonly Lead[], now: IsoDate, rng: Rng): DirectRequest[] {
  const mqls = leads.filter((l) => l.stage === 'mql');
  const shared = accounts.filter((a) => a.stageHistory.some((c) => c.to === 'shared-with-sales'));
  return PLAN.map((stop, i) => {
    const kind = rng.chance(0.6) ? 'demo-request' : 'contact-message';
    const account = stop === 'mqa' ? rng.pick(shared) : rng.chance(0.5) ? rng.pick(accounts) : null;
    const person = contactName(rng);
    const domain = account?.domain ?? `${rng.pick(['globex', 'initech', 'umbrella', 'hooli', 'vandelay'])}.example`;
    const receivedAt = addDays(now, -(stop === 'new' ? rng.int(0, 4) : stop === 'triaged' || stop === 'contacted' ? rng.int(6, 30) : rng.int(14, 50)));
    let request: DirectRequest = {
      id: `request-${String(i + 1).padStart(3, '0')}`,
      kind,
      receivedAt,
      contact: { email: `${person.local}@${domain}`, name: person.name, ...(account ? { company: account.name } : {}) },
      message: rng.pick(MESSAGES[kind]),
      triage: null,
      outreach: null,
      outcome: null,
      closedAt: null,
    };
    if (stop === 'new') return request;
    const triagedAt = addDays(receivedAt, rng.int(0, 2));
    const fit = stop === 'nurture' ? 2 : 4;
    request = ok(rateDirectRequest(request, { icpAlignment: fit + rng.int(0, 1), relevance: fit + rng.int(-1, 1), strategicFit: fit + rng.int(-1, 1) }, CAST.gmd, triagedAt));
    if (stop === 'triaged') return request;
    const outreachAt = addDays(triagedAt, rng.int(1, 3));
    request = ok(recordOutreach(request, { at: outreachAt, by: rng.chance(0.5) ? CAST.gmd : CAST.sdr, template: rng.pick(TEMPLATES) }));
    if (stop === 'contacted') return request;
    const outcome: DirectRequestOutcome =
      stop === 'mqa' && account ? { kind: 'mqa', accountId: account.id }
        : stop === 'mql' ? { kind: 'mql', ...(mqls.length > 0 ? { leadId: rng.pick(mqls).id } : {}) }
          : { kind: 'nurture' };
    return ok(closeDirectRequest(request, outcome, addDays(outreachAt, rng.int(1, 6))));
  });
}
