/**
 * The .sppkg's scripts run in a browser as SharePoint serves them: the bundle from a folder of its
 * own (the app catalog's ClientSideAssets, here `/sites/appcatalog/ClientSideAssets/<solution id>/`),
 * the page somewhere else. The bundle is AMD; SharePoint's loader hands it React and the SPFx
 * libraries. This page does that with stubs for the SPFx libraries, asks each web part for its view
 * (`loadView`, a dynamic import) and renders it over repositories that never answer: the view's
 * chunks must come from the bundle's folder (SPFx sets webpack's public path from the bundle's own
 * script URL), every one must be in the package, and each view must draw its loading state.
 * Chromium, after `npm run package -- --only spfx`: `npm run test:package`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import JSZip from 'jszip';
import { launchChromium, type Chromium } from '../e2e/support/browser';

const ROOT = join(__dirname, '..', '..');
const SPPKG = join(ROOT, 'spfx-webparts', 'sharepoint', 'solution', 'gtm-suite.sppkg');
const ASSETS = '/sites/appcatalog/ClientSideAssets/47ed0d1a-d213-4e13-a9e5-4f6ad11ef567/';
const REACT = join(ROOT, 'node_modules', 'react', 'umd', 'react.production.min.js');
const REACT_DOM = join(ROOT, 'node_modules', 'react-dom', 'umd', 'react-dom.production.min.js');

/** The page: React as SharePoint provides it, an AMD `define` that keeps the bundle's factory, the bundle. */
const pageHtml = (bundle: string): string => `<!doctype html>
<html><head><meta charset="utf-8"><title>sppkg chunks</title><link rel="icon" href="data:,">
<script>window.FabricConfig = { fontBaseUrl: '' }; // offline: no Segoe UI web fonts from Microsoft's CDN</script>
</head><body>
<div id="views"></div>
<script src="/react.js"></script><script src="/react-dom.js"></script>
<script>window.define = (deps, factory) => { window.gtmBundle = { deps, factory }; };</script>
<script src="${ASSETS}${bundle}"></script>
</body></html>`;

let chromium: Chromium;
let server: Server;
let origin: string;
let bundle: string;
const requested: Array<{ path: string; status: number }> = [];

beforeAll(async () => {
  if (!existsSync(SPPKG)) throw new Error(`${SPPKG} is missing: run \`npm run package -- --only spfx\` first.`);
  const zip = await JSZip.loadAsync(readFileSync(SPPKG));
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const match = /^ClientSideAssets\/([^/]+\.js)$/.exec(name);
    if (match) assets.set(match[1]!, await zip.file(name)!.async('nodebuffer'));
  }
  bundle = [...assets.keys()].find((file) => file.startsWith('gtm-suite-web-parts_'))!;
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string | Buffer): void => {
      requested.push({ path, status });
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/page.html') return send(200, 'text/html', pageHtml(bundle));
    if (path === '/react.js') return send(200, 'text/javascript', readFileSync(REACT));
    if (path === '/react-dom.js') return send(200, 'text/javascript', readFileSync(REACT_DOM));
    const asset = path.startsWith(ASSETS) ? assets.get(path.slice(ASSETS.length)) : undefined;
    return asset ? send(200, 'text/javascript', asset) : send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  chromium = await launchChromium();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('each web part of the bundle loads its view from the bundle folder and draws it', async () => {
  const page = await chromium.newPage();
  await page.goto(`${origin}/page.html`);
  const drawn = await page.evaluate(async () => {
    type Factory = (...modules: unknown[]) => Record<string, { default: new () => { loadView(): Promise<unknown> } }>;
    // The UMD globals, as far as this page uses them.
    interface UmdReact {
      createElement(type: unknown, props: object): unknown;
    }
    interface UmdReactDom {
      render(element: unknown, container: Element): void;
    }
    const w = window as unknown as { gtmBundle: { deps: string[]; factory: Factory }; React: UmdReact; ReactDOM: UmdReactDom };
    // SharePoint's SPFx libraries, as far as loading a web part's module and its view needs them.
    class BaseClientSideWebPart {}
    const libraries: Record<string, unknown> = {
      react: w.React,
      'react-dom': w.ReactDOM,
      '@microsoft/sp-webpart-base': { BaseClientSideWebPart },
    };
    const exports = w.gtmBundle.factory(...w.gtmBundle.deps.map((name) => libraries[name] ?? {}));
    // Repositories whose every call is pending: the view stays in its loading state.
    const pending: object = new Proxy(function () {}, { get: () => pending, apply: () => new Promise(() => {}) });
    const env = { now: () => new Date('2026-12-07T12:00:00Z'), currentUser: { email: 'anna@contoso.example', displayName: 'Anna' }, locale: 'en-US', canManageLists: false };
    const texts: string[] = [];
    for (const name of Object.keys(exports).sort()) {
      const view = await new exports[name]!.default().loadView();
      const slot = document.createElement('div');
      document.getElementById('views')!.appendChild(slot);
      w.ReactDOM.render(w.React.createElement(view, { env, repositories: pending, peopleSearch: pending }), slot);
      await new Promise((resolve) => setTimeout(resolve, 50));
      texts.push(slot.textContent ?? '');
    }
    return texts;
  });
  expect(drawn).toHaveLength(3);
  for (const text of drawn) expect(text).toMatch(/Loading/);
  expect(chromium.errors).toEqual([]);
  // Every chunk came from the bundle's folder, and every request found its file.
  const chunks = requested.filter((r) => /\/chunk\.[^/]+\.js$/.test(r.path));
  expect(chunks.length).toBeGreaterThanOrEqual(3);
  for (const r of chunks) expect(r.path.startsWith(ASSETS)).toBe(true);
  expect(requested.filter((r) => r.status !== 200)).toEqual([]);
}, 60_000);
