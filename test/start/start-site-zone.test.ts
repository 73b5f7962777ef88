/**
 * Issue 10 acceptance: `npm start -- --time-zone Pacific/Auckland` on a fresh data folder (built
 * code, as a user runs it): the site answers its zone, every GTM field has the internal name its
 * schema declares, every date-only value of every seeded list, read over raw REST, is a local
 * midnight in Auckland, and the same folder refuses another zone.
 * `npm test` builds first; on its own, run `npx tsc -b` before `npx jest test/start`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GTM_LISTS, localDayOf, localMidnightUtc } from '../../shared/src/sharepoint';
import { ROOT, START, requireBuiltWorkbench } from './start-support';

jest.setTimeout(90_000);

const ZONE = 'Pacific/Auckland';
const dataDir = mkdtempSync(join(tmpdir(), 'gtm-start-zone-'));

interface Run {
  code: number | null;
  output: string;
  url?: string;
}

/**
 * Runs `npm start`'s script with `args`; once the ready line is out, `whileReady(url)` runs and the
 * process is stopped with Ctrl-C. Resolves with the exit code and everything printed.
 */
function runStart(args: string[], whileReady: (url: string) => Promise<void> = async () => undefined): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, GTM_PORT: '0', GTM_DATA: dataDir };
  delete env.GTM_TIME_ZONE;
  const child = spawn(process.execPath, [START, '--no-build', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let url: string | undefined;
  let failure: unknown;
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm start did not finish within 80 s:\n${output}`));
    }, 80_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /GTM workbench ready at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (url === undefined && match?.[1] !== undefined) {
        url = match[1];
        whileReady(url)
          .catch((error: unknown) => (failure = error))
          .finally(() => child.kill('SIGINT'));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (failure !== undefined) reject(failure instanceof Error ? failure : new Error(String(failure)));
      else resolvePromise({ code, output, url });
    });
  });
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

beforeAll(requireBuiltWorkbench);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start -- --time-zone Pacific/Auckland', () => {
  it('seeds a site on Auckland time whose every date-only value, over raw REST, is an Auckland midnight', async () => {
    const checked: Record<string, number> = {};
    const run = await runStart(['--time-zone', ZONE], async (url) => {
      const site = `${url}/sites/gtm/_api`;
      expect(await getJson(`${site}/web/regionalsettings/timezone`)).toMatchObject({ Id: 17, Information: { Bias: -720 } });
      expect(await getJson(`${url}/_workbench/health`)).toMatchObject({ ready: true, timeZone: ZONE });
      for (const list of GTM_LISTS) {
        const title = encodeURIComponent(list.title.replace(/'/g, "''"));
        const fields = await getJson<{ value: { InternalName: string; TypeAsString: string; DisplayFormat?: number }[] }>(
          `${site}/web/lists/getbytitle('${title}')/fields`,
        );
        // Every field the suite created has the internal name its schema declares (not one SharePoint
        // made from the display name), and date columns the format they declare.
        const byName = new Map(fields.value.map((f) => [f.InternalName, f]));
        for (const field of list.fields) {
          const found = byName.get(field.name);
          const format = field.type === 'date' ? (field.includesTime === true ? 1 : 0) : undefined;
          expect({ list: list.title, field: field.name, found: found !== undefined, format: format === undefined ? undefined : found?.DisplayFormat }).toEqual({
            list: list.title,
            field: field.name,
            found: true,
            format,
          });
        }
        const dateOnly = fields.value.filter((f) => f.TypeAsString === 'DateTime' && f.DisplayFormat === 0).map((f) => f.InternalName);
        if (dateOnly.length === 0) continue;
        const items = await getJson<{ value: Record<string, string | null>[] }>(`${site}/web/lists/getbytitle('${title}')/items?$select=${dateOnly.join(',')}&$top=5000`);
        for (const item of items.value) {
          for (const name of dateOnly) {
            const value = item[name];
            if (value === null || value === undefined) continue;
            // A local midnight in Auckland: the UTC value is exactly the midnight of its own Auckland day.
            expect({ list: list.title, field: name, value }).toEqual({ list: list.title, field: name, value: localMidnightUtc(localDayOf(value, ZONE), ZONE) });
            checked[list.title] = (checked[list.title] ?? 0) + 1;
          }
        }
      }
    });
    expect(run.output).toContain(`Time zone        ${ZONE} (SharePoint zone 17;`);
    expect(run.code).toBe(0);
    // The seed holds dated actions, reviews, measurements and deals: the check saw them.
    expect(Object.keys(checked).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses to start the same data folder on America/Los_Angeles: exit 1, naming both zones and the fix', async () => {
    const run = await runStart(['--time-zone', 'America/Los_Angeles']);
    expect(run.code).toBe(1);
    expect(run.url).toBeUndefined();
    expect(run.output).toMatch(/holds a site on Pacific\/Auckland \(SharePoint zone 17.*America\/Los_Angeles.*use a new --data folder/s);
    expect(run.output).not.toMatch(/\n\s+at /);
  });

  it('stops an unknown zone before starting anything: exit 1 and how to pick one', async () => {
    const run = await runStart(['--time-zone', 'Pacific/Aukland']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Unknown time zone 'Pacific\/Aukland' \(--time-zone\): give an IANA time zone name/);
  });
});
