/** Starts the stand-in on a free port over a temp folder, and wires real PnPjs clients to it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spfi, type SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import { graphfi, type GraphFI, GraphBrowser } from '@pnp/graph';
import '@pnp/graph/sites';
import '@pnp/graph/lists';
import '@pnp/graph/list-item';
import '@pnp/graph/teams';
import '@pnp/graph/groups';
import '@pnp/graph/calendars';
import '@pnp/graph/batching';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { createWorkbenchServer, type WorkbenchServer, type WorkbenchServerOptions } from '../../workbench/src/server/server';

export interface Workbench {
  server: WorkbenchServer;
  dataDir: string;
  siteUrl: string;
  graphUrl: string;
  stop(): Promise<void>;
}

export async function startWorkbench(options: Partial<WorkbenchServerOptions> = {}): Promise<Workbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtm-workbench-'));
  const server = await createWorkbenchServer({ port: 0, dataDir, host: '127.0.0.1', ...options });
  return {
    server,
    dataDir,
    siteUrl: `${server.url}/sites/gtm`,
    graphUrl: `${server.url}/graph/v1.0`,
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `@pnp/sp` as the web parts use it (SPBrowser's behaviors), pointed at the stand-in. */
export function spClient(siteUrl: string, retry: { retries?: number; interval?: number } = {}): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: retry.retries ?? 3, interval: retry.interval ?? 0 }), DefaultParse(), RequestDigest());
}

export async function devToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/_workbench/token`);
  const json = (await res.json()) as { token: string };
  return json.token;
}

/** `@pnp/graph` with a dev bearer token, pointed at the stand-in. */
export function graphClient(graphUrl: string, token: string): GraphFI {
  return graphfi(graphUrl).using(GraphBrowser({ baseUrl: graphUrl }), BearerToken(token));
}
