#!/usr/bin/env node
'use strict';
// Applies deploy/app-registration.json (or another registration file) with CLI for Microsoft 365:
//   node deploy/register-app.js --teams-base-url https://gtm.contoso.com/teams/ --excel-base-url https://gtm.contoso.com/excel/ [--grant-admin-consent] [--dry-run]
//   node deploy/register-app.js --file deploy/app-registration.app-only.json --certificate-file gtm.cer [--grant-admin-consent]
// It runs one `m365 entra app add` (sign in first: `m365 login`) and prints the new app's appId.
// Options, not `--manifest`: the CLI's manifest path wants permission GUIDs and, in the versions read
// (pnp/cli-microsoft365 src/m365/entra/commands/app/app-add.ts), the portal's older manifest shape;
// `--apisDelegated`/`--apisApplication` take names and resolve them on the tenant, `--uri` takes the
// `_appId_` token for the Application ID URI (docs: pnp.github.io/cli-microsoft365/cmd/entra/app/app-add).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const DEFAULT_FILE = path.join(__dirname, 'app-registration.json');

/** A base URL checked and ending in "/": `https://host/path/`. */
function baseUrl(value, option) {
  let url;
  try {
    url = new URL(value ?? '');
  } catch {
    throw new Error(`${option} must be the HTTPS URL the files are served from, e.g. https://gtm.contoso.com/teams/ (got ${JSON.stringify(value ?? '')})`);
  }
  if (url.protocol !== 'https:') throw new Error(`${option} must be an https URL (got ${value}): Teams and Office load add-ins over HTTPS only`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Fills {{TEAMS_BASE_URL}}, {{TEAMS_DOMAIN}}, {{EXCEL_BASE_URL}}, {{EXCEL_DOMAIN}}; {{CLIENT_ID}} becomes the CLI's `_appId_`. */
function fill(text, hosts) {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => {
    if (name === 'CLIENT_ID') return '_appId_';
    const [surface, part] = name.split('_');
    const base = surface === 'TEAMS' ? hosts.teamsBaseUrl : surface === 'EXCEL' ? hosts.excelBaseUrl : undefined;
    if (base === undefined) throw new Error(`${whole} needs --${surface.toLowerCase()}-base-url`);
    if (part === 'DOMAIN') return new URL(base).host;
    if (part === 'BASE') return base;
    throw new Error(`unknown placeholder ${whole}`);
  });
}

/** The permissions of one kind (`Scope` delegated, `Role` application) as the CLI names them: `<resource>/<name>`. */
function permissions(registration, type) {
  return (registration.requiredResourceAccess ?? []).flatMap((r) =>
    r.resourceAccess.filter((a) => a.type === type).map((a) => `${r.resource}/${a.value}`),
  );
}

/**
 * The `m365` arguments that create `registration` (the parsed file, placeholders unfilled).
 * @example registrationArgs(appOnly, { certificateFile: 'gtm.cer' })
 * // → ['entra', 'app', 'add', '--name', 'GTM suite provisioning (app-only)', '--apisApplication', 'https://microsoft.sharepoint-df.com/Sites.Manage.All', '--certificateFile', 'gtm.cer']
 */
function registrationArgs(registration, options = {}) {
  const filled = JSON.parse(fill(JSON.stringify(registration), options));
  if (filled.signInAudience !== 'AzureADMyOrg') throw new Error(`signInAudience ${filled.signInAudience}: the GTM suite registers in one tenant (AzureADMyOrg)`);
  const args = ['entra', 'app', 'add', '--name', filled.displayName];
  const redirects = [...new Set(filled.spa?.redirectUris ?? [])];
  if (redirects.length > 0) args.push('--platform', 'spa', '--redirectUris', redirects.join(','));
  const delegated = permissions(filled, 'Scope');
  if (delegated.length > 0) args.push('--apisDelegated', delegated.join(','));
  const application = permissions(filled, 'Role');
  if (application.length > 0) args.push('--apisApplication', application.join(','));
  const uris = filled.identifierUris ?? [];
  if (uris.length > 1) throw new Error('the CLI sets one Application ID URI; the registration lists more');
  if (uris.length === 1) args.push('--uri', uris[0]);
  if (filled.isFallbackPublicClient === true) args.push('--allowPublicClientFlows');
  if (options.certificateFile) args.push('--certificateFile', options.certificateFile);
  if (options.grantAdminConsent) args.push('--grantAdminConsent');
  return args;
}

function main(argv) {
  const value = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const file = value('--file') ?? DEFAULT_FILE;
  const registration = JSON.parse(fs.readFileSync(file, 'utf8'));
  const text = JSON.stringify(registration);
  const options = {
    teamsBaseUrl: text.includes('{{TEAMS_') ? baseUrl(value('--teams-base-url'), '--teams-base-url') : undefined,
    excelBaseUrl: text.includes('{{EXCEL_') ? baseUrl(value('--excel-base-url'), '--excel-base-url') : undefined,
    certificateFile: value('--certificate-file'),
    grantAdminConsent: argv.includes('--grant-admin-consent'),
  };
  const args = registrationArgs(registration, options);
  const shown = `m365 ${args.map((a) => (/^[\w./:,=@-]+$/.test(a) ? a : `'${a}'`)).join(' ')}`;
  if (argv.includes('--dry-run')) {
    process.stdout.write(`${shown}\n`);
    return 0;
  }
  process.stdout.write(`${shown}\n`);
  const run = spawnSync('m365', [...args, '--output', 'json'], { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run m365 (${run.error.message}): npm install -g @pnp/cli-microsoft365, then m365 login`);
  process.stdout.write(run.stdout);
  return run.status ?? 1;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`register-app: ${error.message}\n`);
    process.exitCode = 2;
  }
}

module.exports = { registrationArgs, permissions, fill };
