import { createSpListStore, describeMitigationsUpgrade, describePeopleUpgrade, dropLegacyPeople, FieldNameError, GTM_LISTS, ListStoreError, provision, ThrottledError, upgradeMitigations, upgradePeople } from '@gtm/shared';
import { InputError } from '../errors';
import type { CliIo } from '../io';
import { DEFAULT_SITE, parseProvisionArgs } from './args';
import { checkSite } from './check';
import { siteClient } from './site-client';
import { provisionStopped } from '../throttling';

export const PROVISION_USAGE = `Usage: gtm provision [--site URL] [--check] [--drop-legacy]

Ensures every GTM list, its fields, indexes and views exist on the site, and prints each change.
It never deletes a list, a field, a view or an item: a second run prints "nothing to change".
Lists are found by url (<site>/Lists/<name>), so a list a site owner renamed is still found, and a
run that stopped half-way is completed by the next. Every field is created with its internal name
(AddFieldInternalNameHint) and read back; a field the site named otherwise stops the run and says
how to fix it.

A site provisioned before owners were Person columns (owners as <Name>Email/<Name>Name text) is
upgraded: each owner's e-mail is resolved to a directory user and written to the Person column;
every owner that cannot be resolved is printed with its list, item id and e-mail. The old columns
stay until --drop-legacy. Mitigation actions kept as JSON in the Risk Register note GtmMitigations
become GTM Actions items linked to their risk, once (a rerun adds none: matched by risk and title);
a mitigation whose owner cannot be resolved is printed the same way. The note is never cleared,
not even by --drop-legacy, so nothing is lost.

Options:
  -s, --site URL   the SharePoint site (default GTM_SITE, else the workbench: ${DEFAULT_SITE})
      --check      write nothing: read the site and print what would change, one line each
                   (missing lists, fields, indexes, views; fields whose internal name, type or
                   Required differs — provision changes Required, never a type); exit 1 when
                   something differs, 0 when the site is in sync
      --drop-legacy  after the upgrade, delete the old owner text columns of each list whose
                   owners all moved (a list with an unresolved owner keeps them)
  -h, --help       show this help

A site on 127.0.0.1 or localhost is the workbench (start it with npm start). Any other site signs
in with an Entra ID app registration:
  GTM_TENANT_ID, GTM_CLIENT_ID                   always
  GTM_CERT_PATH, GTM_CERT_THUMBPRINT             app-only with a certificate (PEM private key, SHA-1 thumbprint)
  (no GTM_CERT_PATH)                             device code: open the URL printed and enter the code

Exit status: 0 done (or, with --check, in sync), 1 --check found differences (or an internal
error), 2 bad arguments, the site cannot be reached or signed in to, a field was misnamed, or SharePoint
kept throttling for GTM_RETRY_BUDGET seconds (default 60; run it again: it makes only what is missing).

Examples:
  gtm provision --site https://contoso.sharepoint.com/sites/gtm --check
  gtm provision --site https://contoso.sharepoint.com/sites/gtm
`;

/** `gtm provision …`: returns the exit code. */
export async function provisionCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseProvisionArgs(argv, io.env);
  if (args.help) {
    io.stdout(PROVISION_USAGE);
    return 0;
  }
  const { sp, auth } = await siteClient(args.site, io.env, (line) => io.stderr(`${line}\n`));
  let changes: string[];
  const made: string[] = [];
  try {
    if (args.check) return await checkSite(sp, args.site, auth, io);
    io.stdout(`Provisioning ${args.site} (${auth})\n`);
    changes = await provision(sp, GTM_LISTS, { log: (line) => void (made.push(line), io.stdout(`  ${line}\n`)) });
    const upgrades = await upgradePeople(sp, createSpListStore(sp), GTM_LISTS);
    for (const line of describePeopleUpgrade(upgrades)) io.stdout(`  ${line}\n`);
    changes.push(...upgrades.filter((u) => u.filled > 0).map((u) => u.list));
    const mitigations = await upgradeMitigations(createSpListStore(sp));
    for (const line of describeMitigationsUpgrade(mitigations)) io.stdout(`  ${line}\n`);
    if (mitigations.added > 0) changes.push(`${mitigations.added} mitigations moved to GTM Actions`);
    if (args.dropLegacy) {
      for (const line of await dropLegacyPeople(sp, GTM_LISTS, upgrades)) {
        changes.push(line);
        io.stdout(`  ${line}\n`);
      }
    }
  } catch (error) {
    if (error instanceof ThrottledError) throw new InputError(provisionStopped(error, made.length));
    const reason = unreachable(error);
    if (reason !== undefined) throw new InputError(`cannot reach ${args.site}: ${reason}`);
    if (error instanceof FieldNameError) throw new InputError(error.message);
    throw error;
  }
  io.stdout(changes.length === 0 ? 'nothing to change\n' : `${changes.length} change${changes.length === 1 ? '' : 's'}\n`);
  return 0;
}

/** A request that got no HTTP answer (connection refused, no such host): its plain meaning, else undefined. */
function unreachable(error: unknown): string | undefined {
  if (!(error instanceof ListStoreError) || error.status !== 0 || !/fetch failed|ECONNREFUSED|ENOTFOUND/i.test(error.message)) return undefined;
  return 'no answer (is the workbench running? start it with npm start)';
}
