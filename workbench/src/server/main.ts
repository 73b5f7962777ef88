/**
 * Runs the workbench stand-in.
 *   node workbench/dist/server/main.js [--port 4321] [--data DIR] [--faults 429:0.1,503:0.05] [--latency 20-80] [--retry-after 1] [--time-zone Pacific/Auckland]
 * Environment: GTM_PORT, GTM_DATA, GTM_TIME_ZONE. Defaults: port 4321, data folder `.data/` at the
 * repository root, the site's time zone UTC (a data folder keeps the zone it was created with).
 * Serves no demo data, so it is ready at once (`/_workbench/health` answers 200 from the start).
 */
import { resolve } from 'node:path';
import { createWorkbenchServer } from './server';
import { siteTimeZoneFor } from './site-time-zone';

interface Args {
  port: number;
  dataDir: string;
  faults?: string;
  latency?: string;
  retryAfter?: number;
  /** `--time-zone`; GTM_TIME_ZONE is read by the server itself (checked here too, to fail early). */
  timeZone?: string;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`Unknown argument '${a}'.`);
    const name = m[1] as string;
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value.`);
    if (!['port', 'data', 'faults', 'latency', 'retry-after', 'time-zone'].includes(name)) throw new Error(`Unknown flag --${name}.`);
    flags.set(name, value);
  }
  const port = Number(flags.get('port') ?? env.GTM_PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port '${flags.get('port') ?? env.GTM_PORT ?? ''}'.`);
  const retry = flags.get('retry-after');
  // Unknown zones and zones SharePoint has no id for fail here, naming where the name came from.
  const timeZone = flags.get('time-zone');
  if (timeZone !== undefined) siteTimeZoneFor(timeZone, '--time-zone');
  else if (env.GTM_TIME_ZONE !== undefined) siteTimeZoneFor(env.GTM_TIME_ZONE, 'GTM_TIME_ZONE');
  return {
    port,
    dataDir: resolve(flags.get('data') ?? env.GTM_DATA ?? resolve(__dirname, '..', '..', '..', '.data')),
    faults: flags.get('faults'),
    latency: flags.get('latency'),
    retryAfter: retry === undefined ? undefined : Number(retry),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env);
  const server = await createWorkbenchServer({ ...args, host: '127.0.0.1' });
  process.stdout.write(
    `GTM workbench listening on ${server.url}\n  SharePoint REST: ${server.url}/sites/gtm/_api/\n  Graph: ${server.url}/graph/v1.0/\n  Time zone: ${server.timeZone.iana} (SharePoint zone ${server.timeZone.id})\n  Data: ${args.dataDir}\n`,
  );
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
