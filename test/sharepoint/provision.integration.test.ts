import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SPFI } from '@pnp/sp';
import { FieldNameError, GTM_KPIS_LIST, GTM_KPI_MEASUREMENTS_LIST, GTM_LISTS, RISK_REGISTER_LIST, provision, spForWorkbench, workbenchSiteUrl } from '../../shared/src/sharepoint';
import { fieldSchemaXml } from '../../shared/src/sharepoint/provision/field-xml';
import { createWorkbenchServer, type WorkbenchServer } from '../../workbench/src/server/server';

/**
 * Provisioning as a real tenant needs it: lists found by url (a renamed list stays renamed and is
 * found), fields created with their internal names and read back, a half-done run completed.
 */

jest.setTimeout(120_000);

let server: WorkbenchServer;
let dataDir: string;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-provision-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
});

afterEach(async () => {
  jest.restoreAllMocks();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const sp = (): SPFI => spForWorkbench(workbenchSiteUrl(server.url), { retries: 3, interval: 10 });

async function internalNames(root: SPFI, urlName: string): Promise<string[]> {
  const fields = (await root.web.getList(`/sites/gtm/Lists/${urlName}`).fields.select('InternalName')()) as { InternalName: string }[];
  return fields.map((f) => f.InternalName).filter((n) => n.startsWith('Gtm'));
}

describe('provision', () => {
  it('creates every field under its schema internal name (Options 8), so a second run changes nothing', async () => {
    await provision(sp(), [RISK_REGISTER_LIST]);
    expect(await internalNames(sp(), 'GtmRiskRegister')).toEqual(RISK_REGISTER_LIST.fields.map((f) => f.name));
    expect(await provision(sp(), [RISK_REGISTER_LIST])).toEqual([]);
  });

  it('completes a run that stopped half-way (list created but not titled, 2 fields added) without duplicating anything', async () => {
    const root = sp();
    // What a run that died after its third request leaves behind.
    await root.web.lists.add(RISK_REGISTER_LIST.urlName, RISK_REGISTER_LIST.description);
    const list = root.web.getList('/sites/gtm/Lists/GtmRiskRegister');
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="GtmDescription" DisplayName="Description" />', Options: 8 });
    const owner = RISK_REGISTER_LIST.fields.find((f) => f.name === 'GtmOwner');
    if (!owner) throw new Error('the Risk Register has an owner');
    await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(owner), Options: 8 });

    const changes = await provision(root, [RISK_REGISTER_LIST]);
    expect(changes[0]).toBe('titled list GtmRiskRegister Risk Register');
    expect(changes).not.toContain('added field GtmDescription to Risk Register');
    expect(changes).not.toContain('added field GtmOwner to Risk Register');
    expect(changes.filter((c) => c.startsWith('added field'))).toHaveLength(RISK_REGISTER_LIST.fields.length - 2);
    const names = await internalNames(root, 'GtmRiskRegister');
    expect(names).toHaveLength(RISK_REGISTER_LIST.fields.length);
    expect(new Set(names).size).toBe(names.length);
    expect(((await list.select('Title')()) as { Title: string }).Title).toBe('Risk Register');
    expect(await provision(root, [RISK_REGISTER_LIST])).toEqual([]);
  });

  it('leaves a list a site owner renamed renamed, still finds it by url, and finds lookup targets by url too', async () => {
    const root = sp();
    await provision(root, [GTM_KPIS_LIST]);
    await root.web.getList('/sites/gtm/Lists/GtmKpis').update({ Title: 'KPIs (renamed by the site owner)' });
    // GTM KPI Measurements looks up GTM KPIs by title in the schema: found at its url instead.
    const changes = await provision(root, [GTM_KPIS_LIST, GTM_KPI_MEASUREMENTS_LIST]);
    expect(changes).toContain('created list GTM KPI Measurements');
    expect(changes.some((c) => c.includes('GTM KPIs'))).toBe(false);
    expect(((await root.web.getList('/sites/gtm/Lists/GtmKpis').select('Title')()) as { Title: string }).Title).toBe('KPIs (renamed by the site owner)');
    expect(await provision(root, GTM_LISTS.filter((l) => l === GTM_KPIS_LIST || l === GTM_KPI_MEASUREMENTS_LIST))).toEqual([]);
  });

  it('stops with the list, the field, both names and the fix when the site names a field from its display name', async () => {
    // A site that ignores AddFieldInternalNameHint: the request reaches it without Options.
    const realFetch = globalThis.fetch;
    jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (/createfieldasxml/i.test(String(input)) && typeof init?.body === 'string') {
        const body = JSON.parse(init.body) as { parameters: Record<string, unknown> };
        delete body.parameters['Options'];
        return realFetch(input, { ...init, body: JSON.stringify(body) });
      }
      return realFetch(input, init);
    });
    const root = sp();
    const run = provision(root, [RISK_REGISTER_LIST]);
    await expect(run).rejects.toBeInstanceOf(FieldNameError);
    await expect(run).rejects.toThrow(
      'Risk Register (/sites/gtm/Lists/GtmRiskRegister): the field "Category" was created as Category, not GtmCategory — the site ignored its internal name, so nothing reading GtmCategory would find it. Delete the column Category from the list (List settings → Columns) and run gtm provision again',
    );
  });
});
