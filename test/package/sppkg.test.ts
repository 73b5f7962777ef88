/**
 * The SharePoint package as built by `npm run package -- --only spfx`: gtm-suite.sppkg holds the
 * solution (name, id, version), the three web part manifests (by id and alias), and — because
 * `includeClientSideAssets` is on — each web part's bundle, so no CDN is needed.
 * Run with `npm run test:package` after packaging.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const ROOT = join(__dirname, '..', '..');
const SPPKG = join(ROOT, 'spfx-webparts', 'sharepoint', 'solution', 'gtm-suite.sppkg');

const WEB_PARTS = [
  { id: '951a1951-6602-478b-8102-1b8015903c8e', alias: 'GtmControlPlaneWebPart', title: 'GTM Control Plane', bundle: 'gtm-control-plane-web-part' },
  { id: '8ce696e3-0275-4d59-bdf0-e70fecddcd6f', alias: 'GtmRiskRegisterWebPart', title: 'Risk Register', bundle: 'gtm-risk-register-web-part' },
  { id: 'fe08bc18-ca68-4bc4-bbf1-9ce9ab128d91', alias: 'GtmMqaFileWebPart', title: 'MQA file', bundle: 'gtm-mqa-file-web-part' },
];

/** The XML attribute `name="…"` of the first element carrying it, unescaped. */
function attribute(xml: string, name: string): string | undefined {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
  return raw?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

let zip: JSZip;

beforeAll(async () => {
  if (!existsSync(SPPKG)) throw new Error(`${SPPKG} is missing: run \`npm run package -- --only spfx\` first.`);
  zip = await JSZip.loadAsync(readFileSync(SPPKG));
});

test('the package is the gtm-suite solution, version 1.0.0.0, with the id of config/package-solution.json', async () => {
  const app = await zip.file('AppManifest.xml')!.async('string');
  const solution = JSON.parse(readFileSync(join(ROOT, 'spfx-webparts', 'config', 'package-solution.json'), 'utf8')).solution;
  expect(attribute(app, 'Name')).toBe('gtm-suite');
  expect(attribute(app, 'Version')).toBe('1.0.0.0');
  expect(attribute(app, 'ProductID')).toBe(solution.id);
  expect(attribute(app, 'IsClientSideSolution')).toBe('true');
});

test.each(WEB_PARTS)('it holds the $title web part manifest ($alias, $id) and its bundle', async ({ id, alias, title, bundle }) => {
  const xml = await zip.file(`${id}/WebPart_${id}.xml`)?.async('string');
  expect(xml).toBeDefined();
  const manifest = JSON.parse(attribute(xml!, 'ComponentManifest') ?? '{}');
  expect(manifest).toMatchObject({ id, alias, componentType: 'WebPart' });
  expect(manifest.preconfiguredEntries[0].title.default).toBe(title);
  // includeClientSideAssets: the entry script is inside the package, served from the app catalog.
  const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
  expect(manifest.loaderConfig.entryModuleId).toBe(bundle);
  expect(zip.file(`ClientSideAssets/${entry.path}`)).not.toBeNull();
  expect(manifest.loaderConfig.internalModuleBaseUrls).toEqual(['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
  // SharePoint pages only: Teams is the GTM Review app's (spfx-webparts/README.md, "Hosts").
  expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage']);
});

test('exactly three web parts and three bundles, and React comes from SharePoint (not bundled)', async () => {
  const webPartXml = Object.keys(zip.files).filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name));
  expect(webPartXml).toHaveLength(3);
  const bundles = Object.keys(zip.files).filter((name) => /^ClientSideAssets\/.*\.js$/.test(name));
  expect(bundles).toHaveLength(3);
  const xml = await zip.file(`${WEB_PARTS[0]!.id}/WebPart_${WEB_PARTS[0]!.id}.xml`)!.async('string');
  const manifest = JSON.parse(attribute(xml, 'ComponentManifest') ?? '{}');
  expect(manifest.loaderConfig.scriptResources.react.type).toBe('component');
});
