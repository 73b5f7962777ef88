import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorParts, InputError, UsageError } from './errors';
import { processIo, type CliIo } from './io';
import { printable } from './printable';

/** A subcommand: `gtm NAME …`. Each gets the arguments after its name and returns an exit code. */
interface Command {
  summary: string;
  run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

/**
 * The subcommands, in the order `gtm --help` lists them. Each is loaded when it runs: `import` and
 * `provision` need all of @gtm/shared (zod, PnPjs: ~250 ms to load), `attribute` only its
 * attribution part (~10 ms), and a 1,000,000-row `gtm attribute` takes about a second.
 */
const COMMANDS: Readonly<Record<string, Command>> = {
  attribute: {
    summary: 'credit channels with conversions from a touchpoint or deals CSV',
    run: async (argv, io) => (await import('./attribute/command')).attributeCommand(argv, io),
  },
  import: {
    summary: 'import a CRM export (accounts, deals or touchpoints CSV) into the GTM lists',
    run: async (argv, io) => (await import('./import/command')).importCommand(argv, io),
  },
  provision: {
    summary: 'create or update the GTM lists on the workbench or a SharePoint site',
    run: async (argv, io) => (await import('./provision/command')).provisionCommand(argv, io),
  },
};

function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const list = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ''}`).join('\n');
  return `Usage: gtm COMMAND [options]

Commands:
${list}

Run "gtm COMMAND --help" for a command's options.
  -h, --help     show this help
  -v, --version  show the version
`;
}

/**
 * Runs `gtm` with `argv` (the arguments after `gtm`) and returns the exit code: 0 done, 2 the
 * user's arguments or input are wrong (a message says how) or SharePoint kept throttling past the
 * retry budget (run it again), 1 gtm failed (GTM_DEBUG=1 shows the stack).
 */
export async function main(argv: readonly string[], raw: CliIo): Promise<number> {
  // Nothing gtm prints carries a control character from a file into the terminal (printable.ts).
  const io: CliIo = { ...raw, stdout: (text) => raw.stdout(printable(text)), stderr: (text) => raw.stderr(printable(text)) };
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.stderr(usage());
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      return topic !== undefined && topic in COMMANDS ? await main([topic, '--help'], raw) : (io.stdout(usage()), 0);
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (command === undefined) {
      throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    }
    return await command.run(rest, io);
  } catch (error) {
    return await report(error, io);
  }
}

/** Turns an error into a message and an exit code. The one place errors become words. */
async function report(error: unknown, io: CliIo): Promise<number> {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? 'gtm --help' : `gtm ${error.command} --help`;
    io.stderr(`gtm: ${error.message}\n(see ${help})\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.stderr(`gtm: ${error.message}\n`);
    return 2;
  }
  // Throttling past the retry budget is the weather, not a bug: say so, no stack (exit 2). Only
  // import and provision throttle, and they have loaded @gtm/shared by then.
  const { ThrottledError } = await import('@gtm/shared');
  if (error instanceof ThrottledError) {
    io.stderr(`gtm: ${error.message}\n`);
    return 2;
  }
  const { message, stack } = errorParts(error);
  if (io.env.GTM_DEBUG === '1' || io.env.GTM_DEBUG === 'true') {
    io.stderr(`gtm: internal error\n${stack ?? message}\n`);
  } else {
    io.stderr(`gtm: internal error: ${message}\n(run again with GTM_DEBUG=1 to see where)\n`);
  }
  return 1;
}

function version(): string {
  try {
    // dist/cli/main.js and src/cli/main.ts both sit two folders below the package.
    const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The `gtm` executable: runs with the process's arguments and streams, sets the exit code. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  void main(argv, processIo()).then((code) => {
    process.exitCode = code;
  });
}
