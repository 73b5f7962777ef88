/**
 * Runs the workbench stand-in.
 *   node workbench/dist/server/main.js [--port 4321] [--data DIR] [--faults 429:0.1,503:0.05] [--latency 20-80] [--retry-after 1] [--time-zone Pacific/Auckland] [--user someone@contoso.example]
 * Environment: GTM_PORT, GTM_DATA, GTM_TIME_ZONE, GTM_USER. Defaults: port 4321, data folder `.data/` at the
 * repository root, the site's time zone UTC (a data folder keeps the zone it was created with),
 * signed in as the demo's Marketing Director (elena.ricci@contoso.example).
 * Serves no demo data, so it is ready at once (`/_workbench/health` answers 200 from the start).
 */
import { resolve } from 'node:path';
import { createWorkbenchServer } from './server';
import { siteTimeZoneFor } from './site-time-zone';
import { DEFAULT_SIGNED_IN_USER, findDirectoryPerson } from '../seed/directory';
import { UnknownUserError } from './signed-in-user';

interface Args {
  port: number;
  dataDir: string;
  faults?: string;
  latency?: string;
  retryAfter?: number;
  /** `--time-zone`; GTM_TIME_ZONE is read by the server itself (checked here too, to fail early). */
  timeZone?: string;
  /** `--user` / GTM_USER: the signed-in directory person's e-mail (default the Marketing Director). */
  user: string;
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
    if (!['port', 'data', 'faults', 'latency', 'retry-after', 'time-zone', 'user'].includes(name)) throw new Error(`Unknown flag --${name}.`);
    flags.set(name, value);
  }
  const port = Number(flags.get('port') ?? env.GTM_PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port '${flags.get('port') ?? env.GTM_PORT ?? ''}'.`);
  const retry = flags.get('retry-after');
  // Unknown zones and zones SharePoint has no id for fail here, naming where the name came from.
  const timeZone = flags.get('time-zone');
  if (timeZone !== undefined) siteTimeZoneFor(timeZone, '--time-zone');
  else if (env.GTM_TIME_ZONE !== undefined) siteTimeZoneFor(env.GTM_TIME_ZONE, 'GTM_TIME_ZONE');
  const userOrigin = flags.has('user') ? '--user' : env.GTM_USER !== undefined ? 'GTM_USER' : 'the default';
  const user = flags.get('user') ?? env.GTM_USER ?? DEFAULT_SIGNED_IN_USER;
  if (!findDirectoryPerson(user)) {
    throw new UnknownUserError(`Unknown user '${user}' (${userOrigin}): nobody in the workbench directory has that e-mail. Use a demo person, e.g. ${DEFAULT_SIGNED_IN_USER} (GET /graph/v1.0/users lists them all).`);
  }
  return {
    port,
    user,
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
    `GTM workbench listening on ${server.url}\n  SharePoint REST: ${server.url}/sites/gtm/_api/\n  Graph: ${server.url}/graph/v1.0/\n  Time zone: ${server.timeZone.iana} (SharePoint zone ${server.timeZone.id})\n  Signed in as: ${args.user}\n  Data: ${args.dataDir}\n`,
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
