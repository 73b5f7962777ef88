/**
 * The SharePoint package as built by `npm run package -- --only spfx`: gtm-suite.sppkg holds the
 * solution (name, id, version), the three web part manifests (by id and alias), and — because
 * `includeClientSideAssets` is on — their scripts, so no CDN is needed: one bundle for the three
 * web parts (config/config.json) and the webpack chunks it loads (each web part's view, the parts
 * opened on demand, code they share), every one of them registered as a client-side asset.
 * Run with `npm run test:package` after packaging.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const ROOT = join(__dirname, '..', '..');
const SPPKG = join(ROOT, 'spfx-webparts', 'sharepoint', 'solution', 'gtm-suite.sppkg');

/** The one bundle of config/config.json; each web part's view is the chunk named in its web part class. */
const BUNDLE = 'gtm-suite-web-parts';
const WEB_PARTS = [
  { id: '951a1951-6602-478b-8102-1b8015903c8e', alias: 'GtmControlPlaneWebPart', title: 'GTM Control Plane', view: 'gtm-control-plane-view' },
  { id: '8ce696e3-0275-4d59-bdf0-e70fecddcd6f', alias: 'GtmRiskRegisterWebPart', title: 'Risk Register', view: 'gtm-risk-register-view' },
  { id: 'fe08bc18-ca68-4bc4-bbf1-9ce9ab128d91', alias: 'GtmMqaFileWebPart', title: 'MQA file', view: 'gtm-mqa-file-view' },
];

/** The XML attribute `name="…"` of the first element carrying it, unescaped. */
function attribute(xml: string, name: string): string | undefined {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
  return raw?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

let zip: JSZip;

/** The scripts in ClientSideAssets/ (file names, without the folder). */
function scripts(): string[] {
  return Object.keys(zip.files)
    .filter((name) => /^ClientSideAssets\/[^/]+\.js$/.test(name))
    .map((name) => name.slice('ClientSideAssets/'.length));
}

/** The parts of a component manifest these checks read. */
interface ComponentManifest {
  id: string;
  alias: string;
  componentType: string;
  supportedHosts: string[];
  preconfiguredEntries: Array<{ title: { default: string } }>;
  loaderConfig: {
    entryModuleId: string;
    exportName?: string;
    internalModuleBaseUrls: string[];
    scriptResources: Record<string, { type: string; path?: string }>;
  };
}

async function manifestOf(id: string): Promise<ComponentManifest> {
  const xml = await zip.file(`${id}/WebPart_${id}.xml`)?.async('string');
  expect(xml).toBeDefined();
  return JSON.parse(attribute(xml!, 'ComponentManifest') ?? '{}');
}

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

test.each(WEB_PARTS)('it holds the $title web part manifest ($alias, $id), its entry in the bundle and its view chunk', async ({ id, alias, title, view }) => {
  const manifest = await manifestOf(id);
  expect(manifest).toMatchObject({ id, alias, componentType: 'WebPart' });
  expect(manifest.preconfiguredEntries[0]?.title.default).toBe(title);
  // includeClientSideAssets: the entry script is inside the package, served from the app catalog.
  const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId]!;
  expect(manifest.loaderConfig.entryModuleId).toBe(BUNDLE);
  // Several components in one bundle: each manifest names its component's export of the bundle.
  expect(manifest.loaderConfig.exportName).toMatch(/^[a-z]+$/);
  expect(zip.file(`ClientSideAssets/${entry.path!}`)).not.toBeNull();
  expect(manifest.loaderConfig.internalModuleBaseUrls).toEqual(['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
  // The view is a webpack chunk beside the bundle (its public path is the bundle's folder).
  expect(scripts().filter((file) => file.startsWith(`chunk.${view}_`))).toHaveLength(1);
  // SharePoint pages only: Teams is the GTM Review app's (spfx-webparts/README.md, "Hosts").
  expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage']);
});

test('exactly three web parts in one bundle, each its own export, and React comes from SharePoint (not bundled)', async () => {
  const webPartXml = Object.keys(zip.files).filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name));
  expect(webPartXml).toHaveLength(3);
  expect(scripts().filter((file) => !file.startsWith('chunk.'))).toEqual([expect.stringMatching(new RegExp(`^${BUNDLE}_[0-9a-f]+\\.js$`))]);
  const manifests = await Promise.all(WEB_PARTS.map(({ id }) => manifestOf(id)));
  expect(new Set(manifests.map((m) => m.loaderConfig.exportName)).size).toBe(3);
  expect(manifests[0]!.loaderConfig.scriptResources.react?.type).toBe('component');
});

test("every chunk the bundle's webpack runtime can load is in the package and registered as a client-side asset", async () => {
  const bundle = scripts().find((file) => file.startsWith(`${BUNDLE}_`))!;
  const runtime = await zip.file(`ClientSideAssets/${bundle}`)!.async('string');
  // webpack's chunk file map: "chunk." + ({id: name}[id] || id) + "_" + {id: hash}[id] + ".js" (output.chunkFilename).
  const hashMap = /"chunk\."\+\((\{[^}]*\})\[(\w+)\]\|\|\2\)\+"_"\+(\{[^}]*\})\[\2\]\+"\.js"/.exec(runtime);
  expect(hashMap).not.toBeNull();
  const toObject = (text: string): Record<string, string> => JSON.parse(text.replace(/(\d+):/g, '"$1":'));
  const names = toObject(hashMap![1]!);
  const hashes = toObject(hashMap![3]!);
  const expected = Object.entries(hashes).map(([id, hash]) => `chunk.${names[id] ?? id}_${hash}.js`).sort();
  expect(expected.length).toBeGreaterThanOrEqual(3);
  expect(scripts().filter((file) => file.startsWith('chunk.')).sort()).toEqual(expected);
  const rels = await zip.file('_rels/ClientSideAssets.xml.rels')!.async('string');
  for (const file of expected) expect(rels).toContain(`Target="/ClientSideAssets/${file}"`);
});
