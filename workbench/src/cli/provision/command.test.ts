import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { GTM_LISTS } from '@gtm/shared';
import { createWorkbenchServer, type WorkbenchServer } from '../../server/server';
import { main } from '../main';
import { parseProvisionArgs } from './args';

jest.setTimeout(60_000);

async function gtm(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([]),
    stdinIsTty: true,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

describe('gtm provision against the workbench', () => {
  let server: WorkbenchServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gtm-provision-'));
    server = await createWorkbenchServer({ port: 0, dataDir });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates every list the first time and prints "nothing to change" the second', async () => {
    const site = `${server.url}/sites/gtm`;
    const first = await gtm(['provision', '--site', site]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^Provisioning ${site} \\(workbench\\)\\n`));
    for (const list of GTM_LISTS) expect(first.stdout).toContain(`  created list ${list.title}\n`);
    expect(first.stdout).toContain('  added field GtmKpi to GTM KPI Measurements\n');
    expect(first.stdout).toMatch(/\n\d+ changes\n$/);

    // GTM_SITE is the default when --site is not given.
    const second = await gtm(['provision'], { GTM_SITE: site });
    expect(second).toEqual({ code: 0, stdout: `Provisioning ${site} (workbench)\nnothing to change\n`, stderr: '' });
  });
});

describe('gtm provision --check', () => {
  let server: WorkbenchServer;
  let dataDir: string;
  let site: string;
  const methods: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gtm-provision-check-'));
    server = await createWorkbenchServer({ port: 0, dataDir });
    site = `${server.url}/sites/gtm`;
    const realFetch = globalThis.fetch;
    jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      // MERGE and DELETE travel as POST (X-HTTP-Method), so GET alone means nothing was written.
      methods.push(init?.method ?? 'GET');
      return realFetch(input, init);
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints one line per missing list on an empty site, exits 1, and sends nothing but GETs', async () => {
    methods.length = 0;
    const run = await gtm(['provision', '--site', site, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Checking ${site} \\(workbench\\); nothing is written\\n`));
    expect(run.stdout).toContain('  missing list Risk Register at /sites/gtm/Lists/GtmRiskRegister (');
    expect(run.stdout).toContain(`\n${GTM_LISTS.length} differences: run gtm provision without --check to make the changes it can\n`);
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods)).toEqual(new Set(['GET']));
    // Nothing was created: a second check finds the same.
    expect((await gtm(['provision', '--site', site, '--check'])).code).toBe(1);
  });

  it('exits 0 once provisioned, and names the list and field of each difference after a site owner drops an index', async () => {
    expect((await gtm(['provision', '--site', site])).code).toBe(0);
    expect(await gtm(['provision', '--site', site, '--check'])).toEqual({ code: 0, stdout: `Checking ${site} (workbench); nothing is written\nin sync: nothing to change\n`, stderr: '' });

    await fetch(`${site}/_api/web/getlist('/sites/gtm/Lists/GtmRiskRegister')/fields/getbyinternalnameortitle('GtmStatus')`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json', 'X-RequestDigest': await digest(site) },
      body: JSON.stringify({ Indexed: false }),
    });
    methods.length = 0;
    const run = await gtm(['provision', '--site', site, '--check']);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.stdout.split('\n').filter((l) => l.startsWith('  '))).toEqual(['  missing index Risk Register / GtmStatus']);
    expect(new Set(methods)).toEqual(new Set(['GET']));
  });
});

async function digest(site: string): Promise<string> {
  const res = await fetch(`${site}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await res.json()) as { FormDigestValue: string }).FormDigestValue;
}

describe('gtm provision', () => {
  it('says so when nothing answers at the site, and exits 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gtm-provision-'));
    const closed = await createWorkbenchServer({ port: 0, dataDir });
    await closed.close();
    rmSync(dataDir, { recursive: true, force: true });
    const run = await gtm(['provision', '--site', `${closed.url}/sites/gtm`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gtm: cannot reach http:\/\/127\.0\.0\.1:\d+\/sites\/gtm: no answer \(is the workbench running\? start it with npm start\)\n$/);
  });

  it('needs GTM_TENANT_ID and GTM_CLIENT_ID for a real site', async () => {
    const run = await gtm(['provision', '--site', 'https://contoso.sharepoint.com/sites/gtm']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^gtm: GTM_TENANT_ID is not set: provisioning https:\/\/contoso\.sharepoint\.com\/sites\/gtm signs in/);
  });

  it('reads the site from --site, then GTM_SITE, then the workbench default', () => {
    expect(parseProvisionArgs(['--site', 'https://contoso.sharepoint.com/sites/gtm/'], {})).toEqual({ help: false, site: 'https://contoso.sharepoint.com/sites/gtm', check: false, dropLegacy: false });
    expect(parseProvisionArgs([], { GTM_SITE: 'http://127.0.0.1:5000/sites/gtm' })).toEqual({ help: false, site: 'http://127.0.0.1:5000/sites/gtm', check: false, dropLegacy: false });
    expect(parseProvisionArgs([], {})).toEqual({ help: false, site: 'http://127.0.0.1:4321/sites/gtm', check: false, dropLegacy: false });
    expect(parseProvisionArgs(['--check'], {})).toEqual({ help: false, site: 'http://127.0.0.1:4321/sites/gtm', check: true, dropLegacy: false });
    expect(parseProvisionArgs(['--drop-legacy'], {})).toMatchObject({ dropLegacy: true });
    expect(parseProvisionArgs(['-h'], {})).toEqual({ help: true });
  });

  it('refuses a site that is not an http URL, and stray arguments', async () => {
    expect(await gtm(['provision', '--site', 'contoso'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^gtm: --site must be an absolute URL, got "contoso"/) });
    expect(await gtm(['provision', 'now'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^gtm: unexpected argument "now"/) });
  });

  it('shows its help', async () => {
    const run = await gtm(['provision', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gtm provision \[--site URL\] \[--check\]/);
  });
});
