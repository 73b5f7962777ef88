/**
 * The Excel add-in `npm run package` built (excel-addin/dist/): a manifest.xml that is well-formed,
 * with a GUID id, an n.n.n.n version, the GTM namespace and a shared runtime, whose every URL lies
 * under the base URL it was built for and names a file in dist/; functions.json declaring the six
 * functions; and a functions bundle that registers them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, manifestFacts } from '../../excel-addin/src/manifest/check-manifest';

const DIST = join(__dirname, '..', '..', 'excel-addin', 'dist');
const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');

const manifest = existsSync(join(DIST, 'manifest.xml')) ? read('manifest.xml') : '';
/** The base URL the package was built for: where the task pane page lives. */
const baseUrl = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"\/>/.exec(manifest)?.[1] ?? '';

it('dist/ holds the manifest, the functions bundle and its metadata, the task pane, the playground and 4 icons', () => {
  const files = ['manifest.xml', 'functions.js', 'functions.json', 'taskpane.html', 'taskpane.js', 'playground.html', 'playground.js', 'cf-stub.js', 'index.html'];
  const icons = [16, 32, 64, 80].map((size) => `assets/icon-${size}.png`);
  expect([...files, ...icons].filter((file) => !existsSync(join(DIST, file)))).toEqual([]);
});

it('the manifest passes every structural check against the files in dist/', () => {
  expect(baseUrl).toMatch(/^https?:\/\/.+\/$/);
  expect(checkManifest(manifest, baseUrl, (file) => existsSync(join(DIST, file)))).toEqual([]);
});

it('the manifest: GUID id, version 1.0.0.0, namespace GTM, 11 URLs all under the base URL', () => {
  const facts = manifestFacts(manifest);
  expect(facts.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(facts.version).toBe('1.0.0.0');
  expect(facts.namespace).toBe('GTM');
  expect(facts.urls).toHaveLength(11);
  expect(facts.urls.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
});

it('functions.json declares ATTRIBUTE, OLSCS, DECAY, RISKSCORE, RISKRATING and NEXTREVIEW, and the bundle associates each', () => {
  const ids = (JSON.parse(read('functions.json')) as { functions: { id: string }[] }).functions.map((f) => f.id);
  expect(ids).toEqual(['ATTRIBUTE', 'OLSCS', 'DECAY', 'RISKSCORE', 'RISKRATING', 'NEXTREVIEW']);
  const bundle = read('functions.js');
  expect(ids.filter((id) => !bundle.includes(`CustomFunctions.associate("${id}"`))).toEqual([]);
});

it('the task pane page loads office.js from Microsoft, then the functions (shared runtime), then the pane', () => {
  const scripts = [...read('taskpane.html').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
});

describe('the task pane signs in on a tenant and names no site (issue 12)', () => {
  const taskpane = existsSync(join(DIST, 'taskpane.js')) ? read('taskpane.js') : '';

  it('takes the nested app authentication path: NestedAppAuth 1.1 checked, MSAL silent then popup, Graph v1.0 with Sites.Read.All', () => {
    expect(taskpane).toContain('isSetSupported("NestedAppAuth","1.1")');
    expect(taskpane).toContain('acquireTokenSilent');
    expect(taskpane).toContain('acquireTokenPopup');
    expect(taskpane).toContain('https://graph.microsoft.com/v1.0');
    expect(taskpane).toContain('https://graph.microsoft.com/Sites.Read.All');
  });

  it('falls back to the Office dialog at auth-dialog.html, which dist/ holds and which sends the token with messageParent', () => {
    expect(taskpane).toContain('displayDialogAsync');
    expect(taskpane).toContain('auth-dialog.html');
    const scripts = [...read('auth-dialog.html').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'auth-dialog.js']);
    expect(read('auth-dialog.js')).toContain('messageParent');
  });

  it('holds no workbench route and no site: no /_workbench/token, no 127.0.0.1, no sites/root, "sites/gtm" only in the contoso example', () => {
    expect(taskpane).not.toContain('/_workbench/token');
    expect(taskpane).not.toContain('127.0.0.1');
    expect(taskpane).not.toContain('sites/root');
    const sites = [...taskpane.matchAll(/.{0,40}\/sites\/gtm/g)].map((m) => m[0]);
    expect(sites.filter((s) => !s.endsWith('https://contoso.sharepoint.com/sites/gtm'))).toEqual([]);
    expect(existsSync(join(DIST, 'office-stub.js'))).toBe(false);
  });
});
