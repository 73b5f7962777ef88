'use strict';
/**
 * The static part of dist/ around the webpack bundles: the HTML pages, the icons (drawn with
 * pngjs, so no binary lives in git) and manifest.xml from manifest/manifest.template.xml.
 */
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');
const { ADDIN } = require('./webpack-config');

const ICON_SIZES = [16, 32, 64, 80];
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Fluent UI 8's default-theme tokens for the pages' own HTML (the index, the playground around its
 * sheet), as the workbench index has them (workbench/src/server/host-page-style.ts): Fluent's font
 * stack at 14 px instead of the browser's serif, neutralPrimary #323130 text, themePrimary #0078d4 links.
 */
const FLUENT_PAGE_CSS =
  'body{margin:16px;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;' +
  'font-size:14px;line-height:20px;color:#323130;background:#fff}' +
  'h1{font-size:28px;line-height:36px;font-weight:600;margin:0 0 12px}a{color:#0078d4}a:hover{color:#004578}li{margin:4px 0}';

/** A page with a title, Fluent's type and colour tokens, the given body and scripts, in order. */
function page(title, scripts, body) {
  // Deferred, so they run in order once #root exists; office.js loads first and synchronously, as Office requires.
  const tags = scripts.map((src) => `  <script src="${src}"${src === OFFICE_JS ? '' : ' defer'}></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="assets/icon-32.png">
  <style>${FLUENT_PAGE_CSS}</style>
${tags}
</head>
<body>
${body}
</body>
</html>
`;
}

const PAGES = {
  // Excel loads this page in the shared runtime: office.js, then the functions (their associate
  // calls need the CustomFunctions global office.js defines), then the task pane.
  'taskpane.html': page('GTM data', [OFFICE_JS, 'functions.js', 'taskpane.js'], '  <div id="root"></div>'),
  // The stub CustomFunctions runtime must exist before the real functions bundle runs.
  // Office's dialog opens this where nested app authentication is unavailable (src/taskpane/auth/auth-dialog.ts);
  // it is also its own MSAL redirect URI, so the app registration lists it as a SPA redirect.
  'auth-dialog.html': page('GTM sign-in', [OFFICE_JS, 'auth-dialog.js'], '  <p>Signing in to Microsoft 365…</p>'),
  'playground.html': page('GTM functions playground', ['cf-stub.js', 'functions.js', 'playground.js'], '  <div id="root"></div>'),
  'index.html': page(
    'GTM Excel add-in',
    [],
    `  <h1>GTM Excel add-in</h1>
  <ul>
    <li><a href="playground.html">Functions playground</a>: the real functions bundle on a small sheet, without Excel.</li>
    <li><a href="taskpane.html">Task pane</a>: runs inside Excel (sideload <a href="manifest.xml">manifest.xml</a>).</li>
<!--workbench-->
    <li><a href="functions.json">functions.json</a>: the metadata Excel reads.</li>
  </ul>`,
  ),
};

/** A bar chart on the brand blue: three white bars of rising height. */
function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const bars = [0.35, 0.6, 0.85];
  const barWidth = size / 6;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (size * y + x) << 2;
      const bar = bars.findIndex((_, b) => x >= size * (0.17 + b * 0.25) && x < size * (0.17 + b * 0.25) + barWidth);
      const white = bar >= 0 && y >= size * (0.9 - (bars[bar] ?? 0) * 0.8) && y < size * 0.9;
      png.data[i] = white ? 255 : 0x0f;
      png.data[i + 1] = white ? 255 : 0x6c;
      png.data[i + 2] = white ? 255 : 0xbd;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/**
 * manifest.xml for add-in files served at `baseUrl` (absolute, ending in `/`).
 * @throws when baseUrl is not an absolute http(s) URL
 */
function renderManifest(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`--base-url must be an absolute URL such as https://contoso.example/gtm-excel/, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`--base-url must use https (Excel requires it outside localhost), got ${JSON.stringify(baseUrl)}`);
  }
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const template = fs.readFileSync(path.join(ADDIN, 'manifest', 'manifest.template.xml'), 'utf8');
  return template.replaceAll('{{BASE_URL}}', base).replaceAll('{{ORIGIN}}', url.origin);
}

/**
 * The workbench's extra page: the real task pane beside a stub workbook. office-stub.js installs the
 * Office and Excel globals first, then (as in taskpane.html) the functions, then the pane.
 */
const WORKBENCH_PAGE = page(
  'GTM data (workbench, stub Excel)',
  ['office-stub.js', 'cf-stub.js', 'functions.js', 'taskpane.js'],
  // The pane is 420 px where there is room and shrinks to the window below that (Excel's task
  // pane opens about 320 px wide); the stub workbook wraps under it (WCAG 1.4.10 reflow).
  `  <div style="display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start">
    <div id="root" style="flex:0 1 420px;min-width:0"></div>
    <div id="workbook" style="flex:1 1 320px;min-width:0;max-width:100%;overflow-x:auto;padding-top:16px"></div>
  </div>`,
);
const WORKBENCH_LINK =
  '    <li><a href="taskpane-workbench.html">Task pane in the workbench</a>: the real pane beside a stub workbook, without Excel.</li>\n';

/**
 * Writes the pages, icons and manifest.xml into outDir; with `workbench`, also
 * taskpane-workbench.html and its link on index.html (the package build passes no options).
 */
function writeSite(outDir, baseUrl, { workbench = false } = {}) {
  const pages = { ...PAGES };
  if (workbench) pages['taskpane-workbench.html'] = WORKBENCH_PAGE;
  pages['index.html'] = PAGES['index.html'].replace('<!--workbench-->\n', workbench ? WORKBENCH_LINK : '');
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(outDir, name), html);
  fs.mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  for (const size of ICON_SIZES) fs.writeFileSync(path.join(outDir, 'assets', `icon-${size}.png`), drawIcon(size));
  fs.writeFileSync(path.join(outDir, 'manifest.xml'), renderManifest(baseUrl));
}

module.exports = { writeSite, renderManifest, ICON_SIZES };
