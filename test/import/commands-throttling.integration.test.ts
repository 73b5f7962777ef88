import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { GTM_LISTS, MQA_FILE_LIST, createSpListStore, provision, readAllRows, spForWorkbench, workbenchSiteUrl } from '../../shared/src/sharepoint';
import { main } from '../../workbench/src/cli/main';
import type { CliIo } from '../../workbench/src/cli/io';
import { mulberry32 } from '../../workbench/src/seed/prng';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServerOptions } from '../../workbench/src/server/server';

/**
 * `gtm provision` and `gtm import` against a stand-in that throttles 4 requests and `$batch` parts
 * in 10 (`--faults 429:0.3,503:0.1`): they finish, or stop with exit 2 and say what landed and what
 * did not — never a stack trace — and running them again completes the job without a duplicate.
 */

jest.setTimeout(180_000);

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-throttled-cli-'));
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `gtm …` in-process with the site of a stand-in started with `options`, then stops it. */
async function gtm(args: readonly string[], options: Partial<WorkbenchServerOptions> = {}, env: Record<string, string> = {}) {
  const server = await createWorkbenchServer({ port: 0, dataDir, ...options });
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: new PassThrough(),
    stdinIsTty: true,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
  };
  try {
    const code = await main([...args, '--site', workbenchSiteUrl(server.url)], io);
    return { code, stdout, stderr };
  } finally {
    await server.close();
  }
}

/** The domains of the MQA File's items, read on a calm stand-in over the same data. */
async function accountDomains(): Promise<string[]> {
  const server = await createWorkbenchServer({ port: 0, dataDir });
  try {
    const rows = await readAllRows(createSpListStore(spForWorkbench(workbenchSiteUrl(server.url))), MQA_FILE_LIST);
    return rows.map((r) => String(r.values.GtmDomain));
  } finally {
    await server.close();
  }
}

async function provisionCalmly(): Promise<void> {
  const server = await createWorkbenchServer({ port: 0, dataDir });
  try {
    await provision(spForWorkbench(workbenchSiteUrl(server.url)), GTM_LISTS);
  } finally {
    await server.close();
  }
}

const FAULTS = '429:0.3,503:0.1';

function accountsCsv(count: number): string {
  const lines = ['Record ID,Company name,Company Domain Name,ICP Fit,Engagement Score,Marketing Owner'];
  for (let i = 1; i <= count; i++) lines.push(`${1000 + i},Company ${i},company-${i}.example,4,50,anna.kowalski@contoso.example`);
  const file = path.join(dataDir, `accounts-${count}.csv`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe(`gtm provision under --faults ${FAULTS} (Retry-After: 0)`, () => {
  it('finishes every time (5 runs on fresh sites), and a second run has nothing to change', async () => {
    for (let run = 0; run < 5; run++) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.mkdirSync(dataDir);
      const first = await gtm(['provision'], { faults: FAULTS, retryAfter: 0, random: mulberry32(100 + run) });
      expect({ run, code: first.code, stderr: first.stderr }).toEqual({ run, code: 0, stderr: '' });
      const second = await gtm(['provision'], { faults: FAULTS, retryAfter: 0, random: mulberry32(200 + run) });
      expect(second.stdout).toContain('nothing to change');
    }
  });

  it('stops with exit 2 when SharePoint throttles past GTM_RETRY_BUDGET, saying what was made and to run it again', async () => {
    const stopped = await gtm(['provision'], { faults: '429:1', retryAfter: 1 }, { GTM_RETRY_BUDGET: '0.5' });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toMatch(/^gtm: provisioning stopped at "Provisioning [^"]+": SharePoint kept throttling\. Nothing was changed; run the same command again: it makes only what is missing\n$/);
    expect(stopped.stderr).not.toMatch(/\n\s+at /);
    const again = await gtm(['provision']);
    expect(again.code).toBe(0);
  });
});

describe(`gtm import under --faults ${FAULTS} (Retry-After: 0)`, () => {
  it('imports 300 accounts, and importing the file again adds none (300 unchanged, 300 items)', async () => {
    await provisionCalmly();
    const file = accountsCsv(300);
    const first = await gtm(['import', 'accounts', file], { faults: FAULTS, retryAfter: 0, random: mulberry32(3) });
    expect(first.stdout).toContain('imported 300 accounts (300 new, 0 updated, 0 unchanged), 0 rows rejected');
    expect(first.code).toBe(0);
    const again = await gtm(['import', 'accounts', file], { faults: FAULTS, retryAfter: 0, random: mulberry32(4) });
    expect(again.stdout).toContain('imported 300 accounts (0 new, 0 updated, 300 unchanged), 0 rows rejected');
    const domains = await accountDomains();
    expect(domains).toHaveLength(300);
    expect(new Set(domains).size).toBe(300);
  });

  it('when throttling outlasts the budget, says how many landed and how many did not, exits 2, and a rerun adds exactly the rest', async () => {
    await provisionCalmly();
    const file = accountsCsv(300);
    // Retry-After: 1 s with a 0.5 s budget: no throttled request or part is ever re-sent.
    const cut = await gtm(['import', 'accounts', file], { faults: '429:0.3', retryAfter: 1, random: mulberry32(5) }, { GTM_RETRY_BUDGET: '0.5' });
    expect(cut.code).toBe(2);
    expect(cut.stderr).not.toMatch(/\n\s+at /);
    const summary = /imported (\d+) of 300 accounts \((\d+) new, 0 updated, 0 unchanged\), 0 rows rejected; (\d+) not written — SharePoint kept throttling; run the same command again: it skips what is there/.exec(cut.stdout);
    expect(summary).not.toBeNull();
    const [landed, notWritten] = [Number(summary?.[1]), Number(summary?.[3])];
    expect(landed + notWritten).toBe(300);
    expect(notWritten).toBeGreaterThan(0);
    expect(await accountDomains()).toHaveLength(landed);

    const rerun = await gtm(['import', 'accounts', file]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`imported 300 accounts (${notWritten} new, 0 updated, ${landed} unchanged), 0 rows rejected`);
    const domains = await accountDomains();
    expect(domains).toHaveLength(300);
    expect(new Set(domains).size).toBe(300);
  });

  it('says nothing was imported when the list cannot even be read, and exits 2 without a stack', async () => {
    await provisionCalmly();
    const blocked = await gtm(['import', 'accounts', accountsCsv(3)], { faults: '429:1', retryAfter: 1 }, { GTM_RETRY_BUDGET: '0.5' });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^gtm: nothing imported: SharePoint kept throttling while reading "MQA File" on http:\/\/127\.0\.0\.1:\d+\/sites\/gtm; run the same command again\n$/);
  });
});
