import type { Lead } from './lead';
import { countMqls } from './count-mqls';

const lead = (id: string, stage: Lead['stage'], mqlOn?: string): Lead => ({
  id,
  email: `${id}@fabrikam.com`,
  stage,
  evidence: [],
  stageHistory: mqlOn ? [{ from: 'engaged-lead', to: 'mql', at: mqlOn }] : [],
});

const leads = [
  lead('a', 'mql', '2025-02-10'),
  lead('b', 'mql', '2025-03-03'),
  lead('c', 'engaged-lead'),
  { ...lead('d', 'mql', '2025-03-04'), accountId: 'acme' },
];

describe('counting MQLs (contacts, never accounts)', () => {
  it('counts 3 MQLs among 4 contacts', () => {
    expect(countMqls(leads)).toBe(3);
  });

  it('counts 2 MQLs that became MQL from 3 Mar to 4 Mar inclusive', () => {
    expect(countMqls(leads, { from: '2025-03-03', to: '2025-03-04' })).toBe(2);
  });

  it('counts two MQL contacts of the same account as 2 MQLs', () => {
    expect(countMqls([{ ...lead('e', 'mql', '2025-03-01'), accountId: 'acme' }, leads[3] as Lead])).toBe(2);
  });
});
