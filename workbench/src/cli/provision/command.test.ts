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
    expect(parseProvisionArgs(['--site', 'https://contoso.sharepoint.com/sites/gtm/'], {})).toEqual({ help: false, site: 'https://contoso.sharepoint.com/sites/gtm' });
    expect(parseProvisionArgs([], { GTM_SITE: 'http://127.0.0.1:5000/sites/gtm' })).toEqual({ help: false, site: 'http://127.0.0.1:5000/sites/gtm' });
    expect(parseProvisionArgs([], {})).toEqual({ help: false, site: 'http://127.0.0.1:4321/sites/gtm' });
    expect(parseProvisionArgs(['-h'], {})).toEqual({ help: true });
  });

  it('refuses a site that is not an http URL, and stray arguments', async () => {
    expect(await gtm(['provision', '--site', 'contoso'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^gtm: --site must be an absolute URL, got "contoso"/) });
    expect(await gtm(['provision', 'now'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^gtm: unexpected argument "now"/) });
  });

  it('shows its help', async () => {
    const run = await gtm(['provision', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gtm provision \[--site URL\]/);
  });
});
