/**
 * The local Fluid service Live Share connects to outside Teams: tinylicious (through
 * `@fluidframework/azure-local-service` 1.x, the local stand-in for Azure Fluid Relay that
 * `AzureClient`'s `{ type: 'local' }` connection talks to — learn.microsoft.com/azure/azure-fluid-relay/how-tos/local-mode-with-azure-client),
 * run as a child process on 127.0.0.1 next to the workbench.
 *
 * tinylicious takes its port from `PORT` (node_modules/tinylicious/dist/resourcesFactory.js) and
 * its settings from nconf (environment first, node_modules/@fluidframework/server-services-shared/dist/runner.js),
 * so `storage` (its git snapshots) goes to a folder of ours. It cannot be told which address to
 * listen on, so workbench/bin/listen-loopback.js is preloaded to keep it on 127.0.0.1.
 * Documents live in its memory: they end with the process, as the workbench's Live Share
 * registry (live-share-registry.ts) does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface LocalFluidService {
  /** `http://127.0.0.1:<port>`: the `endpoint` of an `AzureLocalConnectionConfig`. */
  endpoint: string;
  port: number;
  /** Stops the service (SIGTERM, then SIGKILL after 3 s) and removes its storage folder. */
  close(): Promise<void>;
}

export interface FluidServiceOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** How long to wait for it to answer (default 30 s). */
  timeoutMs?: number;
  /** Its log lines (default: dropped). */
  log?: (line: string) => void;
}

const PRELOAD = resolve(__dirname, '..', '..', 'bin', 'listen-loopback.js');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => ok(port));
    });
  });
}

function answers(endpoint: string): Promise<boolean> {
  return new Promise((ok) => {
    const req = get(`${endpoint}/`, (res) => {
      res.resume();
      ok(res.statusCode === 200);
    });
    req.on('error', () => ok(false));
    req.setTimeout(1000, () => req.destroy());
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((ok) => child.once('exit', () => ok()));
}

export async function startLocalFluidService(options: FluidServiceOptions = {}): Promise<LocalFluidService> {
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const storage = mkdtempSync(join(tmpdir(), 'gtm-fluid-'));
  const entry = require.resolve('tinylicious/dist/index.js', { paths: [require.resolve('@fluidframework/azure-local-service/package.json')] });
  const child = spawn(process.execPath, ['-r', PRELOAD, '--dns-result-order=ipv4first', entry], {
    env: { ...process.env, PORT: String(port), storage },
    // The IPC channel is how the service learns that the workbench is gone, even killed with -9
    // (listen-loopback.js exits on its disconnect): no orphan keeps the port.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const log = options.log ?? ((): void => undefined);
  let output = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-4000);
    log(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(storage, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (!(await answers(endpoint))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`The local Fluid service (tinylicious) did not start on ${endpoint}: ${output.trim().split('\n').slice(-3).join(' ') || 'no output'}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { endpoint, port, close };
}
