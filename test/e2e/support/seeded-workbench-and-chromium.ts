/**
 * The setup every page-level end-to-end file shares: one seeded workbench and one Chromium for the
 * whole file, started in `beforeAll` and closed in `afterAll` (Chromium first, so no page is still
 * talking to the stand-in when it stops).
 */
import { launchChromium, type Chromium } from './browser';
import { startSeededWorkbench, type E2eWorkbench, type SeededWorkbenchOptions } from './workbench';

/** What the hooks started; read it inside tests and helpers they call, never at module load. */
export interface SeededWorkbenchAndChromium {
  /** The stand-in with the demo tenant seeded and the host pages mounted. */
  readonly workbench: E2eWorkbench;
  /** Headless Chromium; `chromium.errors` collects page and console errors of every page it opened. */
  readonly chromium: Chromium;
}

/**
 * Registers the file's `beforeAll`/`afterAll` and returns getters for what they start. Call it once
 * at the top level of a test file, after `jest.setTimeout` (seeding and launching take seconds).
 */
export function useSeededWorkbenchAndChromium(options: SeededWorkbenchOptions = {}): SeededWorkbenchAndChromium {
  let workbench: E2eWorkbench | undefined;
  let chromium: Chromium | undefined;

  beforeAll(async () => {
    workbench = await startSeededWorkbench(options);
    chromium = await launchChromium();
  });

  afterAll(async () => {
    // Either may be missing when beforeAll failed part-way; close what was started.
    await chromium?.close();
    await workbench?.close();
  });

  const notStarted = (what: string): Error =>
    new Error(`The ${what} is not running: read it inside a test (it starts in beforeAll), and check beforeAll did not fail.`);
  return {
    get workbench() {
      if (workbench === undefined) throw notStarted('seeded workbench');
      return workbench;
    },
    get chromium() {
      if (chromium === undefined) throw notStarted('Chromium');
      return chromium;
    },
  };
}
