/**
 * `npm start -- --faults 429:0.3,503:0.1` (issue 10's acceptance): with 4 requests and `$batch`
 * parts in 10 throttled, start-up still reaches ready, with the same item counts as a start without
 * faults; when the throttling outlasts the retry budget it says how far it got and exits 2, with no
 * stack trace, and the next start completes. Retry-After 0 (and 1 s against a 0.5 s budget) keeps
 * it fast. `npm test` builds first; on its own, run `npx tsc -b` before `npx jest test/start`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, START, requireBuiltWorkbench, itemCounts } from './start-support';

jest.setTimeout(240_000);

const folders: string[] = [];

function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gtm-start-faults-'));
  folders.push(dir);
  return dir;
}

interface Run {
  /** The URL once ready, or null when it exited first. */
  url: string | null;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Stops a ready start (Ctrl-C) and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Runs `npm start`'s script until it is ready (then leaves it running) or exits. */
function runStart(dataDir: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [START, '--no-build', ...args], {
    cwd: ROOT,
    env: { ...process.env, GTM_PORT: '0', GTM_DATA: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const stop = async (): Promise<number | null> => {
    child.kill('SIGINT');
    return exited;
  };
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`neither ready nor stopped within 200 s:\n${stdout}\n${stderr}`));
    }, 200_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /GTM workbench ready at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        done({ url: match[1], code: null, stdout, stderr, stop });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    void exited.then((code) => {
      clearTimeout(timer);
      done({ url: null, code, stdout, stderr, stop: async () => code });
    });
  });
}

beforeAll(requireBuiltWorkbench);

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('npm start -- --faults 429:0.3,503:0.1', () => {
  it('reaches ready with the same item counts in every list as a start without faults', async () => {
    const calm = await runStart(newDataDir(), []);
    if (calm.url === null) throw new Error(`npm start exited with ${calm.code}:\n${calm.stdout}${calm.stderr}`);
    let expected: Record<string, number>;
    try {
      expected = await itemCounts(calm.url);
    } finally {
      await calm.stop();
    }

    const faulted = await runStart(newDataDir(), ['--faults', '429:0.3,503:0.1', '--retry-after', '0']);
    if (faulted.url === null) throw new Error(`npm start exited with ${faulted.code}:\n${faulted.stdout}${faulted.stderr}`);
    try {
      expect(faulted.stdout).toMatch(/SharePoint throttled [\d,]+ requests or \$batch parts; each was sent again after its Retry-After/);
      expect(await itemCounts(faulted.url)).toEqual(expected);
      expect(expected['GTM Touchpoints']).toBeGreaterThan(2_500);
    } finally {
      expect(await faulted.stop()).toBe(0);
    }
  });

  it('stops with exit 2 and says how far it got when throttling outlasts the budget; the next start completes', async () => {
    const dataDir = newDataDir();
    const stopped = await runStart(dataDir, ['--faults', '429:1', '--retry-after', '1'], { GTM_RETRY_BUDGET: '0.5' });
    expect(stopped.url).toBeNull();
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toMatch(/^npm start stopped while provisioning \(Provisioning [^)]+\): SharePoint kept throttling\. No list was changed\. Run npm start again/);
    expect(stopped.stderr).not.toMatch(/\n\s+at /);

    const next = await runStart(dataDir, []);
    if (next.url === null) throw new Error(`npm start exited with ${next.code}:\n${next.stdout}${next.stderr}`);
    try {
      expect((await itemCounts(next.url))['GTM Deals']).toBe(300);
    } finally {
      await next.stop();
    }
  });
});
