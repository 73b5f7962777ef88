import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  GTM_LISTS,
  createDealRepository,
  createQualifiedAccountRepository,
  createSpListStore,
  createTouchpointRepository,
  provision,
  spForWorkbench,
  workbenchSiteUrl,
} from '../../shared/src/sharepoint';
import type { ListStore } from '../../shared/src/sharepoint';
import { importCommand } from '../../workbench/src/cli/import/command';
import type { CliIo } from '../../workbench/src/cli/io';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

/**
 * `gtm import` against the workbench stand-in over loopback HTTP: each kind is imported with two bad
 * rows (reported with line, column and value; the good rows land), then imported again (nothing
 * changes). Deals go through the built CLI (`node workbench/bin/gtm.js`), as a user runs it.
 */

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
let server: WorkbenchServer;
let dataDir: string;
let site: string;
let store: ListStore;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-import-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  site = workbenchSiteUrl(server.url);
  const sp = spForWorkbench(site, { retries: 3, interval: 10 });
  await provision(sp, GTM_LISTS);
  store = createSpListStore(sp);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function csvFile(name: string, lines: readonly string[]): string {
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Runs `gtm import` in-process (with a fixed today) and returns its exit code and output. */
async function gtmImport(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: new PassThrough(),
    stdinIsTty: true,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
  };
  const code = await importCommand([...args, '--site', site], io, { now: () => new Date('2025-04-01T12:00:00Z') });
  return { code, stdout, stderr };
}

/** Runs the built CLI as a user does: `node workbench/bin/gtm.js import …`. */
function gtmCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'workbench', 'bin', 'gtm.js'), 'import', ...args, '--site', site], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('gtm import accounts', () => {
  const header =
    'Record ID,Company name,Company Domain Name,ICP Fit,Intent Topics,Engagement Score,Marketing Owner,Sales Owner,Original Source,Original Source Date,Converting Source,Converting Source Date';
  const rows = [
    header,
    '101,Acme Corp,ACME.com,5,SIEM;Zero trust,82,Anna Kowalski <anna.kowalski@contoso.example>,,Webinar,2025-01-15,Sales outreach,2025-02-20',
    '102,Globex,globex.io,4,,40,tom.becker@contoso.example,sara.lindqvist@contoso.example,Paid Social,2025-02-01,,',
    '103,Initech,initech.com,7,,55,anna.kowalski@contoso.example,,,,,',
    '104,Umbrella,umbrella.com,3,Data governance,12,ana,,,,,',
    '105,Hooli,hooli.com,2,,5,tom.becker@contoso.example,,,,,',
  ];

  it('lands the 3 good rows as Identified accounts with their OLS/CS facts, and reports the 2 bad ones', async () => {
    const run = await gtmImport(['accounts', csvFile('accounts.csv', rows)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('line 4: ICP Fit "7" is not a whole number from 1 (poor fit) to 5 (excellent fit)');
    expect(run.stdout).toContain('line 5: Marketing Owner "ana" has no e-mail address; write it as ana@contoso.com or "Ana Lopez <ana@contoso.com>"');
    expect(run.stdout).toContain('imported 3 accounts (3 new, 0 updated, 0 unchanged), 2 rows rejected');

    const { items, invalid } = await createQualifiedAccountRepository(store).read();
    expect(invalid).toEqual([]);
    const acme = items.find((a) => a.domain === 'acme.com');
    expect(acme).toMatchObject({
      name: 'Acme Corp',
      stage: 'identified',
      identifiedAt: '2025-04-01',
      intentTopics: ['SIEM', 'Zero trust'],
      marketingOwner: { email: 'anna.kowalski@contoso.example', displayName: 'Anna Kowalski' },
      ols: 'Webinar',
      olsDate: '2025-01-15',
      cs: 'Sales outreach',
      csDate: '2025-02-20',
    });
    expect(acme?.stageHistory).toEqual([
      { from: null, to: 'identified', at: '2025-04-01', by: { email: 'anna.kowalski@contoso.example', displayName: 'Anna Kowalski' }, evidence: 'Imported from the CRM export accounts.csv (line 2)' },
    ]);
    expect(items.map((a) => a.domain).sort()).toEqual(['acme.com', 'globex.io', 'hooli.com']);
  });

  it('changes nothing when the same file is imported again: 0 new, 0 updated', async () => {
    const run = await gtmImport(['accounts', csvFile('accounts.csv', rows)]);
    expect(run.stdout).toContain('imported 3 accounts (0 new, 0 updated, 3 unchanged), 2 rows rejected');
  });

  it('updates what the CRM owns but keeps a recorded OLS that the file contradicts, with a note', async () => {
    const changed = [header, '101,Acme Corp,acme.com,5,SIEM;Zero trust,90,Anna Kowalski <anna.kowalski@contoso.example>,,Trade show,2025-01-10,Sales outreach,2025-02-20'];
    const run = await gtmImport(['accounts', csvFile('accounts-changed.csv', changed)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('line 2: acme.com: OLS (Original Lead Source) differs from the recorded fact');
    expect(run.stdout).toContain('correct it in the MQA file with a reason');
    expect(run.stdout).toContain('imported 1 account (0 new, 1 updated, 0 unchanged), 0 rows rejected');
    const acme = (await createQualifiedAccountRepository(store).read()).items.find((a) => a.domain === 'acme.com');
    expect(acme).toMatchObject({ engagementScore: 90, ols: 'Webinar', olsDate: '2025-01-15', attributionAudit: [] });
  });
});

describe('gtm import deals (the built CLI)', () => {
  const rows = [
    'Record ID,Deal Name,Amount,Original Source,Original Source Date,Converting Source,Converting Source Date,Deal Stage,Close Date,Associated Company Domain',
    'HS-1001,Acme platform,48000,Webinar,2025-01-15,Sales outreach,2025-02-20,closedwon,2025-03-31,acme.com',
    'HS-1002,Globex pilot,"12,5k",Paid Social,2025-02-01,,,Closed Won,2025-03-15,globex.io',
    'HS-1003,Hooli expansion,9000.50,,,Webinar,2025-03-01,contractsent,,hooli.com',
    'HS-1004,Initech renewal,15000,Referral,2025-01-05,Referral,2025-01-20,closedlost,31/03/2025,initech.com',
  ];

  it('lands the 2 good deals and reports the amount and the date with line and value', async () => {
    const run = await gtmCli(['deals', csvFile('deals.csv', rows)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('line 3: Amount "12,5k" is not a number');
    expect(run.stdout).toContain('line 5: Close Date "31/03/2025" is not a date; write YYYY-MM-DD (e.g. 2025-03-31)');
    expect(run.stdout).toContain('imported 2 deals (2 new, 0 updated, 0 unchanged), 2 rows rejected');
    const { items } = await createDealRepository(store).read();
    expect(items.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'HS-1001', name: 'Acme platform', accountId: 'acme.com', amount: 48000, stage: 'won', ols: 'Webinar', olsDate: '2025-01-15', cs: 'Sales outreach', csDate: '2025-02-20', closedAt: '2025-03-31' },
      { id: 'HS-1003', name: 'Hooli expansion', accountId: 'hooli.com', amount: 9000.5, stage: 'open', ols: null, olsDate: null, cs: 'Webinar', csDate: '2025-03-01', closedAt: null },
    ]);
  });

  it('changes nothing when the same file is imported again, and says so as JSON', async () => {
    const run = await gtmCli(['deals', csvFile('deals.csv', rows), '--format', 'json']);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ kind: 'deals', rows: 4, new: 0, updated: 0, unchanged: 2, rejected: 2 });
    expect(run.code).toBe(2);
  });
});

describe('gtm import touchpoints', () => {
  const rows = [
    'journey_id,channel,touched_at,converted_at,value',
    'j-1,Webinar,2025-03-01T09:30:00Z,2025-03-10T16:00:00Z,1000',
    'j-1,Paid Social,2025-03-05T11:00:00+02:00,2025-03-10T16:00:00Z,1000',
    'j-2,Webinar,2025-03-03 09:30,,',
    'j-2,Email,2025-03-04T08:00:00Z,,-5',
    'j-3,Email,2025-03-04,,',
  ];

  it('lands the 3 good touches keyed by journey, channel and time, and reports the 2 bad ones', async () => {
    const run = await gtmImport(['touchpoints', csvFile('touchpoints.csv', rows)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('line 4: touched_at "2025-03-03 09:30" is not a time; write ISO 8601 with Z or an offset');
    expect(run.stdout).toContain('line 5: value "-5" is negative; it must be 0 or more');
    expect(run.stdout).toContain('imported 3 touchpoints (3 new, 0 updated, 0 unchanged), 2 rows rejected');
    const { items } = await createTouchpointRepository(store).readJourney('j-1');
    expect(items.map(({ channel, touchedAt, convertedAt, value }) => ({ channel, touchedAt, convertedAt, value }))).toEqual([
      { channel: 'Webinar', touchedAt: '2025-03-01T09:30:00Z', convertedAt: '2025-03-10T16:00:00Z', value: 1000 },
      { channel: 'Paid Social', touchedAt: '2025-03-05T09:00:00Z', convertedAt: '2025-03-10T16:00:00Z', value: 1000 },
    ]);
  });

  it('changes nothing when the same file is imported again: 0 new, 0 updated', async () => {
    const run = await gtmImport(['touchpoints', csvFile('touchpoints.csv', rows)]);
    expect(run.stdout).toContain('imported 3 touchpoints (0 new, 0 updated, 3 unchanged), 2 rows rejected');
  });

  it('writes nothing on a dry run, and counts what it would do', async () => {
    const more = [...rows, 'j-3,Webinar,2025-03-06T10:00:00Z,,']; // one new touch
    const run = await gtmImport(['touchpoints', csvFile('touchpoints-more.csv', more), '--dry-run']);
    expect(run.stdout).toContain('dry run: would import 4 touchpoints (1 new, 0 updated, 3 unchanged), 2 rows rejected; nothing was written');
    expect((await createTouchpointRepository(store).read()).items).toHaveLength(3);
  });
});

describe('gtm import against a site without the lists', () => {
  it('says to run gtm provision first', async () => {
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-import-empty-'));
    const empty = await createWorkbenchServer({ port: 0, dataDir: emptyDir });
    try {
      const file = csvFile('one-deal.csv', ['Record ID,Amount', 'HS-1,10']);
      const io: CliIo = { stdin: new PassThrough(), stdinIsTty: true, stdout: () => undefined, stderr: () => undefined, env: {} };
      const emptySite = workbenchSiteUrl(empty.url);
      await expect(importCommand(['deals', file, '--site', emptySite], io)).rejects.toThrow(
        `the list "GTM Deals" is not on ${emptySite}; run "gtm provision --site ${emptySite}" (or "npm start", which provisions the workbench) first`,
      );
    } finally {
      await empty.close();
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
