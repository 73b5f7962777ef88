/**
 * `npm start` (through workbench/bin/start.js, which builds first):
 *   node workbench/dist/start/main.js [--port 4321] [--data DIR] [--faults 429:0.1,503:0.05] [--latency 20-80] [--retry-after 1] [--time-zone IANA] [--user EMAIL]
 * Environment: GTM_PORT, GTM_DATA, GTM_TIME_ZONE, GTM_USER (as the stand-in's own main). Stays in the foreground until Ctrl-C.
 */
import { parseArgs } from '../server/main';
import { SiteTimeZoneError } from '../server/site-time-zone';
import { UnknownUserError } from '../server/signed-in-user';
import { localDay, startDemoWorkbench } from './start';
import { StartStoppedError } from './start-stopped';
import { retryBudgetMs } from '../cli/throttling';

export const START_USAGE = `Usage: npm start [-- options]

Starts the GTM workbench (SharePoint REST + Graph stand-in) on 127.0.0.1, ensures the GTM lists
and seeds the demo tenant on the first run over a data folder. Ctrl-C stops it.

Options (environment):
  --port N           port (GTM_PORT; default 4321; 0 picks a free one)
  --data DIR         folder of the SQLite file (GTM_DATA; default .data/ at the repository root)
  --faults SPEC      random throttling of requests and of each $batch part, e.g. 429:0.1,503:0.05
                     (its own provisioning and seeding re-send what is throttled for GTM_RETRY_BUDGET
                     seconds, default 60; past that it says how far it got and exits 2)
  --latency MIN-MAX  random delay per request in ms, e.g. 20-80
  --retry-after S    seconds sent in Retry-After with a fault (default 1)
  --time-zone IANA   the site's time zone, e.g. Pacific/Auckland (GTM_TIME_ZONE; default UTC;
                     a data folder keeps the zone it was created with)
  --user EMAIL       the signed-in user, a person of the demo directory (GTM_USER; default
                     elena.ricci@contoso.example, the Marketing Director)
  --no-live-share    do not start the local Fluid service Live Share uses (tinylicious, on
                     127.0.0.1 at the port after the workbench's: 4322; a free one with --port 0)
  --no-build         skip the tsc -b step (workbench/bin/start.js)
`;

/** A zone that cannot be the site's, or a --user nobody has, is the user's to fix: the message, no stack, exit 1. */
function timeZoneFailure(error: SiteTimeZoneError | UnknownUserError): void {
  process.stderr.write(`gtm start: ${error.message}\n`);
  process.exitCode = 1;
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(START_USAGE);
    return;
  }
  let args;
  const liveShare = !argv.includes('--no-live-share');
  try {
    args = parseArgs(argv.filter((a) => a !== '--no-live-share'), process.env);
  } catch (error) {
    if (error instanceof SiteTimeZoneError || error instanceof UnknownUserError) return timeZoneFailure(error);
    process.stderr.write(`gtm start: ${error instanceof Error ? error.message : String(error)}\n${START_USAGE}`);
    process.exitCode = 2;
    return;
  }
  let started;
  try {
    started = await startDemoWorkbench({
      ...args,
      ...(liveShare ? { liveShare: { port: args.port === 0 ? 0 : args.port + 1 } } : {}),
      today: localDay(new Date()),
      retryBudgetMs: retryBudgetMs(process.env),
      out: (text) => void process.stdout.write(text),
      isTty: process.stdout.isTTY === true,
    });
  } catch (error) {
    if (error instanceof SiteTimeZoneError || error instanceof UnknownUserError) return timeZoneFailure(error);
    // Throttling past the budget (--faults): what was done and what was not, no stack, exit 2.
    if (error instanceof StartStoppedError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const { server } = started;
  process.stdout.write('Press Ctrl-C to stop.\n');
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(`gtm start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
