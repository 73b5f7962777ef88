/**
 * Whether the stand-in is ready for clients. `npm start` provisions the GTM lists and seeds the demo
 * tenant over HTTP after the server listens; a client writing in that window used to make the seed
 * skip ("Risk Register already holds items"). So until `npm start` calls `markReady()`, every request
 * without the start-up's own key answers 503 with `Retry-After`, and `/_workbench/health` answers
 * 503 `{ ready: false, step }`. `npm run workbench` (no key) is ready at once.
 */
import { randomBytes } from 'node:crypto';

/** The header the starting process sends on its own requests (lower case: the server's header map). */
export const STARTUP_KEY_HEADER = 'x-gtm-startup-key';

/** What `npm start` is doing before it is ready. */
export type StartupStep = 'starting' | 'provisioning' | 'seeding';

/** Seconds a refused client is told to wait: seeding the demo tenant takes a few seconds. */
export const NOT_READY_RETRY_AFTER_SECONDS = 2;

export interface Readiness {
  readonly ready: boolean;
  /** The step in progress while not ready; null once ready. */
  readonly step: StartupStep | null;
  setStep(step: StartupStep): void;
  markReady(): void;
  /** Whether a request with these (lower-cased) headers may be served now. */
  admits(headers: Readonly<Record<string, string>>): boolean;
}

/** A random key only the starting process knows (it passes it to the server and to its own clients). */
export function newStartupKey(): string {
  return randomBytes(24).toString('hex');
}

/**
 * @param startupKey when given, not ready until `markReady()`; requests carrying the key pass meanwhile.
 * @example
 * const r = createReadiness('k');
 * r.admits({});                           // false: a client writing early gets 503
 * r.admits({ 'x-gtm-startup-key': 'k' }); // true: the start-up's own provisioning and seeding
 * r.markReady(); r.admits({});            // true
 */
export function createReadiness(startupKey?: string): Readiness {
  let step: StartupStep | null = startupKey === undefined ? null : 'starting';
  return {
    get ready() {
      return step === null;
    },
    get step() {
      return step;
    },
    setStep(next) {
      if (step !== null) step = next;
    },
    markReady() {
      step = null;
    },
    admits(headers) {
      return step === null || (startupKey !== undefined && headers[STARTUP_KEY_HEADER] === startupKey);
    },
  };
}

/**
 * The answer of `/_workbench/health`: 503 `{ ready: false, step }` while starting, then 200.
 * @param site facts about the site shown in both (its time zone).
 */
export function healthBody(readiness: Readiness, site: Readonly<Record<string, unknown>> = {}): { status: 200 | 503; body: Record<string, unknown> } {
  if (readiness.step !== null) return { status: 503, body: { ready: false, step: readiness.step, ...site } };
  return { status: 200, body: { ready: true, status: 'ok', ...site } };
}
