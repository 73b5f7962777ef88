/**
 * Every command line in DEPLOY.md is one that exists: `gtm provision` lines parse with the real
 * argument parser, `m365` lines use only commands and options checked against the CLI for
 * Microsoft 365 docs (pnp/cli-microsoft365 docs/docs/cmd/…), and `node deploy/register-app.js`
 * lines use only the options the script reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseProvisionArgs } from '../../workbench/src/cli/provision/args';

const ROOT = path.resolve(__dirname, '../..');
const deployMd = readFileSync(path.join(ROOT, 'DEPLOY.md'), 'utf8');

/** The command lines of the ```sh blocks, without comments and leading VAR=value assignments. */
function commandLines(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.replace(/^(?:\w+=(?:\$\([^)]*\)|\S+)\s+)+/, ''))
    .filter((line) => !/^\w+=/.test(line) && !line.startsWith('export ')); // pure assignments
}

/** Words of a line, quotes removed (no command here needs more shell than that). */
const words = (line: string): string[] => (line.match(/'[^']*'|"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^['"]|['"]$/g, ''));

/** Commands and options as the CLI for Microsoft 365 docs list them. */
const M365: Record<string, string[]> = {
  login: [],
  'spo app add': ['--filePath', '--overwrite', '--appCatalogScope', '--appCatalogUrl'],
  'spo app deploy': ['--id', '--name', '--appCatalogUrl', '--skipFeatureDeployment', '--appCatalogScope'],
  'teams app publish': ['--filePath'],
  'teams team list': ['--joined'],
  'teams app install': ['--id', '--teamId', '--userId', '--userName'],
};
const REGISTER_APP = ['--teams-base-url', '--excel-base-url', '--file', '--certificate-file', '--grant-admin-consent', '--dry-run'];
const options = (args: string[]): string[] => args.filter((a) => a.startsWith('--'));

describe('DEPLOY.md', () => {
  const lines = commandLines(deployMd);

  it('gives gtm provision --check before gtm provision, and both parse with the real gtm parser', () => {
    const provision = lines.filter((l) => l.startsWith('npx gtm '));
    expect(provision.length).toBeGreaterThanOrEqual(2);
    for (const line of provision) {
      const [, , command, ...rest] = words(line);
      expect(command).toBe('provision');
      expect(() => parseProvisionArgs(rest, {})).not.toThrow();
    }
    const parsed = provision.map((l) => parseProvisionArgs(words(l).slice(3), {}));
    expect(parsed[0]).toEqual({ help: false, site: 'https://contoso.sharepoint.com/sites/gtm', check: true, dropLegacy: false });
    expect(parsed[1]).toEqual({ help: false, site: 'https://contoso.sharepoint.com/sites/gtm', check: false, dropLegacy: false });
  });

  it('uses only m365 commands and options the CLI documents', () => {
    const m365 = lines.filter((l) => l.startsWith('m365 '));
    expect(m365.length).toBe(5);
    for (const line of m365) {
      const args = words(line).slice(1);
      const command = Object.keys(M365).find((c) => args.slice(0, c.split(' ').length).join(' ') === c);
      expect({ line, known: command !== undefined }).toEqual({ line, known: true });
      const unknown = options(args).filter((o) => !(M365[command ?? ''] ?? []).includes(o));
      expect({ line, unknown }).toEqual({ line, unknown: [] });
    }
  });

  it('registers the app with deploy/register-app.js using only the options it reads', () => {
    const register = lines.filter((l) => l.startsWith('node deploy/register-app.js'));
    expect(register.length).toBe(2);
    for (const line of register) expect(options(words(line)).filter((o) => !REGISTER_APP.includes(o))).toEqual([]);
  });

  it('names every permission of the app registration', () => {
    const registration = JSON.parse(readFileSync(path.join(ROOT, 'deploy/app-registration.json'), 'utf8')) as {
      requiredResourceAccess: { resourceAccess: { value: string }[] }[];
    };
    for (const r of registration.requiredResourceAccess) for (const a of r.resourceAccess) expect(deployMd).toContain(`| \`${a.value}\` |`);
  });

  it("names every resource-specific permission of the Teams manifest (none today is granted in Entra)", () => {
    const template = JSON.parse(readFileSync(path.join(ROOT, 'teams-app/appPackage/manifest.template.json'), 'utf8')) as {
      authorization?: { permissions?: { resourceSpecific?: { name: string }[] } };
    };
    for (const rsc of template.authorization?.permissions?.resourceSpecific ?? []) expect(deployMd).toContain(`| \`${rsc.name}\` |`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('](DEPLOY.md)');
  });
});
