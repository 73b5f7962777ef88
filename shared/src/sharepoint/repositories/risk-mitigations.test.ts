import type { Risk } from '../../domain/risk/risk';
import { GTM_ACTIONS_LIST } from '../lists/gtm-actions';
import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { createMemoryListStore } from '../store/memory-list-store';
import { createGtmRepositories } from './gtm-repositories';
import { riskVersion, riskVersionParts } from './risk-mitigations';

const PAT = { email: 'pat.lee@contoso.example', displayName: 'Pat Lee' };
const GINA = { email: 'gina.moretti@contoso.example', displayName: 'Gina Moretti' };

const RISK: Risk = {
  id: 'x',
  title: 'Competitor bundles detection',
  category: 'market-positioning',
  owner: PAT,
  inherent: { likelihood: 4, impact: 5 },
  residual: { likelihood: 2, impact: 5 },
  mitigationActions: [
    { title: 'Publish a total-cost comparison', owner: PAT, dueDate: '2026-12-04', status: 'open' },
    { title: 'Brief the partner channel', owner: GINA, dueDate: '2026-12-11', status: 'open' },
  ],
  monitoringKpiIds: [],
  status: 'mitigating',
  lastReviewedAt: '2026-11-10',
};

async function setUp() {
  const store = createMemoryListStore();
  const repositories = createGtmRepositories(store);
  const created = await repositories.riskRegister.saveNew(RISK);
  if (created.kind !== 'saved') throw new Error(`seeding failed: ${created.kind}`);
  return { store, repositories, register: repositories.riskRegister, created };
}

const actionRows = (store: ReturnType<typeof createMemoryListStore>) => store.rows(GTM_ACTIONS_LIST).map((r) => r.values);

describe('a risk’s mitigations are GTM Actions items linked to it', () => {
  it('a new risk with 2 mitigations is 1 Risk Register item and 2 GTM Actions items linked to it (Risk, its id), in no review', async () => {
    const { store, created } = await setUp();
    expect(store.rows(RISK_REGISTER_LIST)).toHaveLength(1);
    expect(store.rows(RISK_REGISTER_LIST)[0]?.values).not.toHaveProperty('GtmMitigations');
    expect(actionRows(store)).toEqual([
      expect.objectContaining({ Title: 'Publish a total-cost comparison', GtmOwner: PAT, GtmDueDate: '2026-12-04', GtmStatus: 'Open', GtmReview: null, GtmLinkKind: 'Risk', GtmLinkId: '1' }),
      expect.objectContaining({ Title: 'Brief the partner channel', GtmOwner: GINA, GtmLinkKind: 'Risk', GtmLinkId: '1' }),
    ]);
    expect(created.entity.mitigationActions.map((m) => m.id)).toEqual(['1', '2']);
  });

  it('reads each risk back with its own mitigations, and the actions list sees them as open actions of their owners', async () => {
    const { repositories, register } = await setUp();
    await repositories.actions.saveNew({ id: '', title: 'Unrelated follow-up', owner: PAT, dueDate: '2026-12-01', status: 'open', reviewId: '5' });
    const read = await register.read();
    expect(read.items[0]?.mitigationActions.map((m) => `${m.id} ${m.title}`)).toEqual(['1 Publish a total-cost comparison', '2 Brief the partner channel']);
    expect(riskVersionParts(read.etags.get('1') ?? '')).toEqual({ risk: '"1,1"', actions: { '1': '"1,1"', '2': '"2,1"' } });
    const gina = await repositories.actions.readOpenFor(GINA.email);
    expect(gina.items.map((a) => a.title)).toEqual(['Brief the partner channel']);
  });

  it('a save adds a new one, updates the changed one with its ETag, leaves the same one alone and drops the one taken out', async () => {
    const { store, register } = await setUp();
    const [first] = (await register.read()).items;
    const version = (await register.read()).etags.get('1') ?? '';
    if (!first) throw new Error('no risk');
    const [publish] = first.mitigationActions;
    if (!publish) throw new Error('no mitigation');
    const result = await register.saveChanges({
      itemId: 1,
      etag: version,
      entity: { ...first, mitigationActions: [{ ...publish, dueDate: '2026-12-18' }, { title: 'Run a win-back campaign', owner: GINA, dueDate: '2027-01-15', status: 'open' }] },
    });
    expect(result.kind).toBe('saved');
    expect(actionRows(store).map((v) => `${String(v.Title)} · ${String(v.GtmDueDate)} · ${String(v.GtmStatus)}`)).toEqual([
      'Publish a total-cost comparison · 2026-12-18 · Open',
      'Brief the partner channel · 2026-12-11 · Dropped',
      'Run a win-back campaign · 2027-01-15 · Open',
    ]);
    if (result.kind !== 'saved') return;
    expect(result.entity.mitigationActions.map((m) => `${m.id} ${m.status}`)).toEqual(['1 open', '2 dropped', '3 open']);
    // The risk item was written once more ("1,2"); action 1 and 2 once more ("…,2"); 3 is new.
    expect(riskVersionParts(result.etag)).toEqual({ risk: '"1,2"', actions: { '1': '"1,2"', '2': '"2,2"', '3': '"3,1"' } });
  });

  it('marking one done writes only that action', async () => {
    const { store, register } = await setUp();
    const read = await register.read();
    const risk = read.items[0] as Risk;
    const mitigationActions = risk.mitigationActions.map((m, i) => (i === 1 ? { ...m, status: 'done' as const } : m));
    const before = store.calls.update;
    const result = await register.saveChanges({ itemId: 1, etag: read.etags.get('1') ?? '', entity: { ...risk, mitigationActions } });
    expect(result.kind).toBe('saved');
    expect(store.calls.update - before).toBe(2); // the risk item, then action 2
    expect(actionRows(store).map((v) => v.GtmStatus)).toEqual(['Open', 'Done']);
  });

  it('someone else changed an action since it was read: a conflict of the whole risk holding their action, and "apply mine again" adds nothing twice', async () => {
    const { store, register } = await setUp();
    const read = await register.read();
    const risk = read.items[0] as Risk;
    store.touch(GTM_ACTIONS_LIST, 2, { GtmDueDate: '2026-12-24' });
    const mine: Risk = {
      ...risk,
      // The new one first: it is added (item 3) before action 2 answers 412.
      mitigationActions: [{ title: 'Run a win-back campaign', owner: GINA, dueDate: '2027-01-15', status: 'open' }, ...risk.mitigationActions.map((m) => ({ ...m, status: 'done' as const }))],
    };
    const result = await register.saveChanges({ itemId: 1, etag: read.etags.get('1') ?? '', entity: mine });
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict' || result.theirs === null) throw new Error('expected their version');
    expect(result.theirs.mitigationActions.map((m) => `${m.title} · ${m.dueDate} · ${m.status}`)).toEqual([
      'Publish a total-cost comparison · 2026-12-04 · done',
      'Brief the partner channel · 2026-12-24 · open',
      'Run a win-back campaign · 2027-01-15 · open',
    ]);
    // "Apply mine again" saves mine with their version: the new mitigation is found by its title, not added twice.
    const again = await register.saveChanges({ itemId: 1, etag: result.etag, entity: mine });
    expect(again.kind).toBe('saved');
    expect(actionRows(store).map((v) => `${String(v.Title)} · ${String(v.GtmStatus)}`)).toEqual([
      'Publish a total-cost comparison · Done',
      'Brief the partner channel · Done',
      'Run a win-back campaign · Open',
    ]);
  });

  it('someone else changed the risk item: a conflict before any action is written', async () => {
    const { store, register } = await setUp();
    const read = await register.read();
    const risk = read.items[0] as Risk;
    store.touch(RISK_REGISTER_LIST, 1, { GtmStatus: 'Accepted' });
    const result = await register.saveChanges({ itemId: 1, etag: read.etags.get('1') ?? '', entity: { ...risk, mitigationActions: [] } });
    expect(result.kind).toBe('conflict');
    if (result.kind === 'conflict') expect(result.theirs?.status).toBe('accepted');
    expect(actionRows(store).map((v) => v.GtmStatus)).toEqual(['Open', 'Open']);
  });

  it('a version string holds the risk’s ETag and each action’s; a plain ETag is the risk’s alone', () => {
    expect(riskVersionParts(riskVersion({ risk: '"4,1"', actions: { '12': '"12,3"' } }))).toEqual({ risk: '"4,1"', actions: { '12': '"12,3"' } });
    expect(riskVersionParts('"4,1"')).toEqual({ risk: '"4,1"', actions: {} });
  });
});
