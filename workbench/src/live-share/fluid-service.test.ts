/**
 * The local Fluid service (tinylicious) is a child process of the workbench: it listens on
 * 127.0.0.1 only, and it ends when the workbench ends, even when the workbench is killed with -9
 * (no orphan keeps the port). Spawns the built module (`npm test` builds first), as the workbench does.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

const BUILT = resolve(__dirname, '../../dist/live-share/fluid-service.js');

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/** Whether the port can be taken again: asks nothing of the service (a request would make it log, and a log line to its dead parent's pipe would end it anyway). */
function portFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const probe = createServer();
    probe.once('error', () => ok(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => ok(true)));
  });
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

jest.setTimeout(60_000);

test('the Fluid service answers on 127.0.0.1 only, and stops within 5 s of its workbench being killed with -9', async () => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npx tsc -b\` (npm test does) first`);
  const script = `require(${JSON.stringify(BUILT)}).startLocalFluidService({ port: 0 }).then((s) => console.log('ENDPOINT ' + s.endpoint), (e) => { console.error(e); process.exit(1); });`;
  const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const endpoint = await new Promise<string>((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`no endpoint within 30 s: ${out}`)), 30_000);
      const onData = (chunk: Buffer): void => {
        out += chunk.toString('utf8');
        const match = /ENDPOINT (http:\/\/127\.0\.0\.1:(\d+))/.exec(out);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          ok(match[1]);
        }
      };
      parent.stdout.on('data', onData);
      parent.stderr.on('data', onData);
    });
    expect(await answers(`${endpoint}/`)).toBe(true);
    // Not on the machine's other addresses (listen-loopback.js).
    const port = new URL(endpoint).port;
    const other = Object.values(networkInterfaces()).flat().find((a) => a !== undefined && a.family === 'IPv4' && !a.internal);
    if (other !== undefined) expect(await answers(`http://${other.address}:${port}/`)).toBe(false);

    parent.kill('SIGKILL');
    expect(await until(() => portFree(Number(port)), 5_000)).toBe(true);
  } finally {
    parent.kill('SIGKILL');
  }
});
