import { GTM_ACTIONS_LIST } from '../lists/gtm-actions';
import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { createGtmRepositories } from '../repositories/gtm-repositories';
import { createMemoryListStore } from '../store/memory-list-store';
import { describeMitigationsUpgrade, upgradeMitigations } from './upgrade-mitigations';

const PAT = { email: 'pat.lee@contoso.example', displayName: 'Pat Lee' };

/** A Risk Register item as the previous schema wrote it: mitigations as JSON in the note. */
function legacyRisk(title: string, mitigations: string | null) {
  return {
    Title: title,
    GtmCategory: 'Market positioning',
    GtmDescription: null,
    GtmOwner: PAT,
    GtmInherentLikelihood: 4,
    GtmInherentImpact: 5,
    GtmResidualLikelihood: 2,
    GtmResidualImpact: 5,
    GtmStatus: 'Mitigating',
    GtmLastReviewed: '2026-11-10',
    GtmMitigations: mitigations,
    GtmMonitoringKpiIds: '[]',
  };
}

const TWO = JSON.stringify([
  { title: 'Publish a total-cost comparison', owner: PAT, dueDate: '2026-12-04', status: 'open' },
  { title: 'Brief the partner channel', owner: { email: 'gina.moretti@contoso.example' }, dueDate: '2026-11-20', status: 'done' },
]);

describe('upgrading JSON mitigations into GTM Actions', () => {
  it('a risk with 2 JSON mitigations gets 2 GTM Actions items linked to it; the rerun adds 0; the note stays as it was', async () => {
    const store = createMemoryListStore();
    store.seed(RISK_REGISTER_LIST, [legacyRisk('Competitor bundles detection', TWO), legacyRisk('No mitigations yet', null)]);
    const first = await upgradeMitigations(store);
    expect(first).toEqual({ list: 'Risk Register', risks: 1, mitigations: 2, added: 2, alreadyThere: 0, unresolved: [], unreadable: [] });
    expect(store.rows(GTM_ACTIONS_LIST).map((r) => [r.values.Title, r.values.GtmLinkKind, r.values.GtmLinkId, r.values.GtmStatus, r.values.GtmDueDate])).toEqual([
      ['Publish a total-cost comparison', 'Risk', '1', 'Open', '2026-12-04'],
      ['Brief the partner channel', 'Risk', '1', 'Done', '2026-11-20'],
    ]);
    const again = await upgradeMitigations(store);
    expect(again).toMatchObject({ mitigations: 2, added: 0, alreadyThere: 2 });
    expect(store.rows(GTM_ACTIONS_LIST)).toHaveLength(2);
    expect(store.rows(RISK_REGISTER_LIST)[0]?.values.GtmMitigations).toBe(TWO);
    // The Risk Register shows them as the risk's mitigations.
    const read = await createGtmRepositories(store).riskRegister.read();
    expect(read.items[0]?.mitigationActions.map((m) => m.title)).toEqual(['Publish a total-cost comparison', 'Brief the partner channel']);
  });

  it('an action a user already made with the same title (other case, spaces) counts as there', async () => {
    const store = createMemoryListStore();
    store.seed(RISK_REGISTER_LIST, [legacyRisk('Competitor bundles detection', TWO)]);
    await createGtmRepositories(store).actions.saveNew({ id: '', title: '  publish a TOTAL-cost comparison ', owner: PAT, dueDate: '2026-12-04', status: 'open', link: { kind: 'risk', id: '1' } });
    expect(await upgradeMitigations(store)).toMatchObject({ added: 1, alreadyThere: 1 });
  });

  it('keeps two mitigations of one title as two actions, and the rerun still adds 0', async () => {
    const store = createMemoryListStore();
    const twice = JSON.stringify([
      { title: 'Weekly check-in', owner: PAT, dueDate: '2026-12-04', status: 'open' },
      { title: 'Weekly check-in', owner: PAT, dueDate: '2026-12-11', status: 'open' },
    ]);
    store.seed(RISK_REGISTER_LIST, [legacyRisk('Key partner churns', twice)]);
    expect(await upgradeMitigations(store)).toMatchObject({ mitigations: 2, added: 2, alreadyThere: 0 });
    expect(store.rows(GTM_ACTIONS_LIST).map((r) => r.values.GtmDueDate)).toEqual(['2026-12-04', '2026-12-11']);
    expect(await upgradeMitigations(store)).toMatchObject({ mitigations: 2, added: 0, alreadyThere: 2 });
    expect(store.rows(GTM_ACTIONS_LIST)).toHaveLength(2);
  });

  it('reports a note that is not JSON, and an entry without a due date, by item id — and moves the rest', async () => {
    const store = createMemoryListStore();
    const noDue = JSON.stringify([{ title: 'Ask for reviews', owner: PAT, status: 'open' }, { title: 'Status page', owner: PAT, dueDate: '2026-12-01', status: 'open' }]);
    store.seed(RISK_REGISTER_LIST, [legacyRisk('Broken', '{oops'), legacyRisk('Negative reviews', noDue)]);
    const upgrade = await upgradeMitigations(store);
    expect(upgrade).toMatchObject({ risks: 1, mitigations: 2, added: 1 });
    expect(upgrade.unreadable).toEqual([
      { itemId: 1, index: null, reason: 'the note is not valid JSON' },
      { itemId: 2, index: 0, reason: expect.stringContaining('dueDate') },
    ]);
    expect(describeMitigationsUpgrade(upgrade)).toEqual([
      'Risk Register: 1 mitigation moved to GTM Actions, 2 not resolved (left in the GtmMitigations note)',
      '  Risk Register item 1 GtmMitigations: the note is not valid JSON',
      expect.stringMatching(/^ {2}Risk Register item 2 GtmMitigations\[0\]: dueDate: /),
    ]);
  });

  it('says nothing when there was nothing to move', async () => {
    const store = createMemoryListStore();
    expect(describeMitigationsUpgrade(await upgradeMitigations(store))).toEqual([]);
  });
});
