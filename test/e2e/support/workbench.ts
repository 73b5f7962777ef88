/**
 * A seeded workbench for one end-to-end test file: the stand-in on a free port over a temp data
 * folder, the GTM lists provisioned, the demo tenant seeded (about 2 s), and the host pages that
 * `npm run build:ui` built (npm test builds them before jest), signed in as `user` (default the
 * Marketing Director, as `npm start`). Close it in afterAll.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostPageMounts, REPOSITORY_ROOT } from '../../../workbench/src/start/host-pages';
import { DEFAULT_SIGNED_IN_USER } from '../../../workbench/src/seed/directory';
import { localDay, startDemoWorkbench } from '../../../workbench/src/start/start';

export interface E2eWorkbench {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The demo tenant's today (`YYYY-MM-DD`). */
  today: string;
  close(): Promise<void>;
}

export interface SeededWorkbenchOptions {
  today?: string;
  user?: string;
  /** Also run the local Fluid service for Live Share (tinylicious on a free 127.0.0.1 port), stopped by close(). */
  liveShare?: boolean;
}

export async function startSeededWorkbench(options: SeededWorkbenchOptions = {}): Promise<E2eWorkbench> {
  const mounts = hostPageMounts(REPOSITORY_ROOT);
  const missing = mounts.filter((m) => !existsSync(m.dir)).map((m) => m.dir);
  if (missing.length > 0) throw new Error(`Host pages not built (${missing.join(', ')}): run \`npm run build:ui\` first.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'gtm-e2e-'));
  const today = options.today ?? localDay(new Date());
  const { server } = await startDemoWorkbench({ port: 0, dataDir, today, out: () => undefined, mounts, user: options.user ?? DEFAULT_SIGNED_IN_USER,
    ...(options.liveShare === true ? { liveShare: { port: 0 } } : {}),
  });
  return {
    url: server.url,
    today,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
