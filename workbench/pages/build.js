#!/usr/bin/env node
'use strict';
// The workbench's SharePoint web part pages (`npm start` → /webparts/): one minified esbuild bundle
// per web part (the view that ships, wired to the stand-in by mount-web-part-page.tsx), an HTML page
// per bundle generated from PAGES, an index linking them, and Fluent's icon font served locally.
// Output: workbench/dist/webparts/. Run by scripts/build-ui.js.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { ROOT, assertOneReact, browserBuildOptions } = require('../../scripts/esbuild-browser');

const OUT = path.join(ROOT, 'workbench', 'dist', 'webparts');

/** One page per web part: its entry here, the HTML file name, the title shown. */
const PAGES = [
  { entry: 'control-plane.tsx', name: 'control-plane', title: 'GTM Control Plane', about: 'KPIs against target, priorities, follow-up actions and the next GTM Review.' },
  { entry: 'risk-register.tsx', name: 'risk-register', title: 'Risk Register', about: 'Risks, the 5×5 heat map and the edit panel.' },
  { entry: 'mqa-file.tsx', name: 'mqa-file', title: 'MQA file', about: 'Qualified accounts by stage, attribution and the direct requests queue.' },
];

/** HTML text: titles are ours, but escape anyway so a future title with `<` or `&` stays text. */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function pageHtml(page) {
  const nav = PAGES.map((p) =>
    p === page ? `<strong aria-current="page">${escapeHtml(p.title)}</strong>` : `<a href="${p.name}.html">${escapeHtml(p.title)}</a>`,
  ).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · GTM workbench</title>
<link rel="icon" href="data:,">
<script>
  // Offline: no Segoe UI web fonts from Microsoft's CDN (the CSS falls back to installed fonts).
  window.FabricConfig = { fontBaseUrl: '' };
</script>
<style>
  body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; background: #faf9f8; color: #323130; }
  header { background: #0078d4; color: #fff; padding: 8px 24px; font-size: 14px; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
  header a { color: #fff; }
  /* The site name is the page's level-1 heading; the web parts' titles are level 2, as on a SharePoint page. */
  header .site { font-weight: 600; font-size: inherit; margin: 0; }
  /* Filled by the page from _api/web/currentuser (the workbench's --user). */
  header .me { margin: 0 0 0 auto; }
  main { max-width: 1240px; margin: 16px auto; padding: 16px 24px; background: #fff; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13); }
</style>
</head>
<body>
<header><h1 class="site">GTM site (local workbench)</h1><nav aria-label="Web parts"><a href="./">All web parts</a> · ${nav}</nav><p class="me" id="signed-in-user"></p></header>
<main><div id="root" data-webpart="${page.name}"></div></main>
<script src="${page.name}.js"></script>
</body>
</html>
`;
}

function indexHtml() {
  const items = PAGES.map((p) => `<li><a href="${p.name}.html">${escapeHtml(p.title)}</a>: ${escapeHtml(p.about)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SharePoint web parts · GTM workbench</title>
<style>body { font-family: "Segoe UI", sans-serif; margin: 32px; color: #323130; } li { margin: 8px 0; }</style></head>
<body>
<h1>SharePoint web parts</h1>
<p>The three web parts of <code>gtm-suite.sppkg</code>, rendered against the local SharePoint stand-in.
The signed-in user is the workbench's <code>--user</code> (shown at the top right of each page; start the workbench with
<code>--user someone@contoso.example</code> to act as someone else). Add <code>?role=member</code> to see a page as a member (no "Create the GTM lists"),
<code>?theme=dark</code> or <code>?theme=contrast</code> to see it on a dark or high-contrast section.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}

/** Fluent's icon font, copied from the root install so the pages need no CDN. */
function copyIconFonts() {
  const from = path.join(ROOT, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
  const to = path.join(OUT, 'fonts');
  fs.mkdirSync(to, { recursive: true });
  for (const file of fs.readdirSync(from)) if (file.endsWith('.woff')) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  // The shared browser setup (root React/Fluent, @gtm/shared from source, English-only zod), one IIFE per page.
  const result = await esbuild.build(
    browserBuildOptions({
      entryPoints: Object.fromEntries(PAGES.map((p) => [p.name, path.join(__dirname, p.entry)])),
      outdir: OUT,
    }),
  );
  for (const page of PAGES) fs.writeFileSync(path.join(OUT, `${page.name}.html`), pageHtml(page));
  fs.writeFileSync(path.join(OUT, 'index.html'), indexHtml());
  copyIconFonts();
  // Guard the one-React rule: a second copy would be a path outside the root node_modules/react.
  assertOneReact(result.metafile);
  for (const page of PAGES) {
    const bytes = fs.statSync(path.join(OUT, `${page.name}.js`)).size;
    process.stdout.write(`webparts: ${page.name}.js ${(bytes / 1024).toFixed(0)} KB minified\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`webparts build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
