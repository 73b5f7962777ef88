import type { ThrottledError } from '@gtm/shared';
import { keptThrottling } from '../cli/throttling';

/**
 * `npm start` gave up because SharePoint (the stand-in, under `--faults`) kept throttling past the
 * retry budget. Its message says what was done and what was not; `npm start` prints it without a
 * stack and exits 2. The seed marker still says "seeding", so the next start empties the GTM lists
 * and seeds again: nothing is ever seeded twice.
 */
export class StartStoppedError extends Error {
  override readonly name = 'StartStoppedError';
}

/** Where start-up stood when throttling stopped it. */
export interface StartProgress {
  step: 'provisioning' | 'seeding';
  /** Provisioning changes made (printed as they happen by the caller, or counted). */
  changes: number;
  seeded: number;
  total: number | null;
}

/**
 * @example startStopped(new ThrottledError('Adding to GTM Touchpoints', 429, 1, { waitedMs: 60_000 }), { step: 'seeding', changes: 0, seeded: 1200, total: 4100 })
 * // → 'npm start stopped while seeding (Adding to GTM Touchpoints): SharePoint kept throttling for 60 s.
 * //    Seeded 1,200 of 4,100 items; 2,900 not written. Run npm start again: it empties the GTM lists and seeds them again.'
 */
export function startStopped(error: ThrottledError, progress: StartProgress): string {
  const head = `npm start stopped while ${progress.step} (${error.what}): ${keptThrottling(error)}.`;
  if (progress.step === 'provisioning') {
    const made = progress.changes === 0 ? 'No list was changed' : `${progress.changes.toLocaleString('en')} provisioning changes were made, the rest were not`;
    return `${head} ${made}. Run npm start again: it provisions only what is missing, then seeds.`;
  }
  const total = progress.total ?? progress.seeded;
  return (
    `${head} Seeded ${progress.seeded.toLocaleString('en')} of ${total.toLocaleString('en')} items; ` +
    `${(total - progress.seeded).toLocaleString('en')} not written. Run npm start again: it empties the GTM lists and seeds them again.`
  );
}
