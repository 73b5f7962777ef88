import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAgenda } from '../../shared/src/domain';
import type { ActionSection } from '../../shared/src/domain';
import {
  createGtmRepositories,
  createSpListStore,
  describeMitigationsUpgrade,
  GTM_ACTIONS_LIST,
  GTM_LISTS,
  provision,
  RISK_REGISTER_LIST,
  spForWorkbench,
  upgradeMitigations,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import type { ListSchema, ListStore } from '../../shared/src/sharepoint';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * The upgrade from mitigations kept as JSON in the Risk Register note to GTM Actions items linked
 * to their risk, on a site provisioned by the previous schema in the stand-in (GtmReview required,
 * GtmLinkKind not indexed): each mitigation becomes one action, once; an owner the directory
 * does not know is listed with its item and e-mail; the review agenda then shows the mitigations.
 */

jest.setTimeout(120_000);

/** GTM Actions as the previous schema declared it. */
const OLD_ACTIONS: ListSchema = {
  ...GTM_ACTIONS_LIST,
  fields: GTM_ACTIONS_LIST.fields.map((f) =>
    f.name === 'GtmReview' ? { ...f, required: true } : f.name === 'GtmLinkKind' ? { ...f, indexed: false } : f,
  ),
};
const OLD_LISTS = GTM_LISTS.map((l) => (l.title === GTM_ACTIONS_LIST.title ? OLD_ACTIONS : l));

const MARCO = { email: 'marco.rossi@contoso.example', displayName: 'Marco Rossi' };
const ANNA = { email: 'anna.berg@contoso.example', displayName: 'Anna Berg' };

function legacyRisk(title: string, mitigations: unknown[]) {
  return {
    Title: title,
    GtmCategory: 'Market positioning',
    GtmOwner: MARCO,
    GtmInherentLikelihood: 4,
    GtmInherentImpact: 5,
    GtmResidualLikelihood: 2,
    GtmResidualImpact: 5,
    GtmStatus: 'Mitigating',
    GtmLastReviewed: '2026-11-10',
    GtmMitigations: JSON.stringify(mitigations),
    GtmMonitoringKpiIds: '[]',
  };
}

let server: WorkbenchServer;
let dataDir: string;
let store: ListStore;
let sp: ReturnType<typeof spForWorkbench>;
let changes: string[];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-mitigations-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  sp = spForWorkbench(workbenchSiteUrl(server.url), { retries: 3, interval: 10 });
  await provision(sp, OLD_LISTS);
  store = createSpListStore(sp);
  await store.add(RISK_REGISTER_LIST, [
    legacyRisk('Competitor bundles detection', [
      { title: 'Publish a total-cost comparison', owner: MARCO, dueDate: '2026-11-20', status: 'open' },
      { title: 'Brief the partner channel', owner: ANNA, dueDate: '2026-12-18', status: 'open' },
    ]),
    legacyRisk('Agency contract ends', [{ title: 'Hand over the media plan', owner: { email: 'j.doe@old-agency.example' }, dueDate: '2026-12-01', status: 'open' }]),
  ]);
  // The current schema on the old site: GtmReview becomes optional, GtmLinkKind indexed.
  changes = await provision(sp, GTM_LISTS);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('upgrading JSON mitigations into GTM Actions on the stand-in', () => {
  it('provision makes GtmReview optional and indexes the link kind on the existing list', async () => {
    expect(changes).toEqual([
      'made GtmReview optional in GTM Actions',
      'indexed GtmLinkKind in GTM Actions',
    ]);
    const field = (await sp.web.getList('/sites/gtm/Lists/GtmActions').fields.getByInternalNameOrTitle('GtmReview').select('Required')()) as { Required: boolean };
    expect(field.Required).toBe(false);
    expect(await provision(sp, GTM_LISTS)).toEqual([]);
  });

  it('turns the risk’s 2 JSON mitigations into 2 GTM Actions items linked to it, and lists the 1 unknown owner with item and e-mail', async () => {
    const upgrade = await upgradeMitigations(store);
    expect(upgrade).toMatchObject({ list: 'Risk Register', risks: 2, mitigations: 3, added: 2, alreadyThere: 0, unreadable: [] });
    expect(upgrade.unresolved).toEqual([
      {
        list: 'Risk Register',
        itemId: 2,
        column: 'GtmMitigations',
        email: 'j.doe@old-agency.example',
        reason: expect.stringContaining("j.doe@old-agency.example is not a person in your organisation's directory"),
      },
    ]);
    expect(describeMitigationsUpgrade(upgrade)[0]).toBe('Risk Register: 2 mitigations moved to GTM Actions, 1 not resolved (left in the GtmMitigations note)');
    const { riskRegister } = createGtmRepositories(store);
    const read = await riskRegister.read();
    expect(read.items.map((r) => [r.title, r.mitigationActions.map((m) => `${m.title} · ${m.owner.email} · ${m.dueDate}`)])).toEqual([
      ['Competitor bundles detection', ['Publish a total-cost comparison · marco.rossi@contoso.example · 2026-11-20', 'Brief the partner channel · anna.berg@contoso.example · 2026-12-18']],
      ['Agency contract ends', []],
    ]);
  });

  it('adds 0 on a rerun, and the notes still hold every mitigation (the unknown owner’s too)', async () => {
    const again = await upgradeMitigations(store);
    expect(again).toMatchObject({ mitigations: 3, added: 0, alreadyThere: 2 });
    expect(again.unresolved.map((u) => u.itemId)).toEqual([2]);
    const actions = await createGtmRepositories(store).actions.read();
    expect(actions.items).toHaveLength(2);
    const risk = await store.get(RISK_REGISTER_LIST, 2);
    expect(String(risk?.values['GtmMitigations'])).toContain('j.doe@old-agency.example');
  });

  it('the review agenda’s open and overdue actions include the mitigations: one 7 days overdue on 27 Nov 2026, one open', async () => {
    const actions = (await createGtmRepositories(store).actions.read()).items;
    const agenda = buildAgenda({ now: '2026-11-27', lastReview: null, kpis: [], measurements: [], risks: [], accounts: [], actions, deepDives: [] });
    const section = agenda.sections.find((s): s is ActionSection => s.key === 'actions');
    expect(section?.items.map((i) => [i.title, i.owner.email, i.daysOverdue, i.link])).toEqual([
      ['Publish a total-cost comparison', 'marco.rossi@contoso.example', 7, { kind: 'risk', id: '1' }],
      ['Brief the partner channel', 'anna.berg@contoso.example', 0, { kind: 'risk', id: '1' }],
    ]);
  });
});
