#!/usr/bin/env node
'use strict';
// Builds the Teams tab for the browser into teams-app/build/web/ (served by the workbench at /teams/):
//   index.html   the tab (content, side panel or meeting stage, by the Teams context)
//   config.html  the configuration page of the configurable tab
//   host.html    the fake Teams host of the workbench (frames the tab, answers teams-js)
//   privacy.html, terms.html  static pages the manifest links (copied from static/)
// esbuild bundles the entries as ES modules with code splitting, minified with source maps, on the
// repository's shared browser setup (scripts/esbuild-browser.js: one React from the root
// install, @gtm/shared from source, English-only zod). Splitting lets MSAL (only needed inside
// Teams, src/host/graph-token.ts imports it dynamically) live in its own chunk, and React/Fluent
// shared by index and config in common chunks (build/web/chunks/).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, assertOneReact, browserBuildOptions } = require('../../scripts/esbuild-browser');

const APP = path.resolve(__dirname, '..');
const OUT = path.join(APP, 'build', 'web');

const PAGES = [
  { name: 'index', entry: 'src/tab.tsx', title: 'GTM Review' },
  { name: 'config', entry: 'src/config.tsx', title: 'GTM Review — set up the tab' },
  { name: 'host', entry: 'src/fake-host/fake-host.ts', title: 'Fake Teams host — GTM Review' },
];

function html(page) {
  const root = page.name === 'host' ? '' : '<div id="root"></div>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${page.title}</title>
<style>html,body{margin:0;font-family:"Segoe UI",-apple-system,sans-serif}</style>
</head>
<body>
${root}<script type="module" src="${page.name}.js"></script>
</body>
</html>
`;
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  // One build per page (in parallel): a chunk shared by the tab and the configuration page would
  // carry the union of what both use, so each page's own build loads only what that page needs.
  const results = await Promise.all(
    PAGES.map((page) =>
      esbuild.build(
        browserBuildOptions({
          entryPoints: { [page.name]: path.join(APP, page.entry) },
          outdir: OUT,
          format: 'esm',
          splitting: true,
          chunkNames: 'chunks/[name]-[hash]',
          absWorkingDir: ROOT,
          nodePaths: [path.join(ROOT, 'node_modules')],
          // The sign-in authority of a tenant build (src/host/authority.ts); empty: the Teams context's tenant.
          define: { __GTM_TEAMS_AUTHORITY__: JSON.stringify((process.env.GTM_TEAMS_AUTHORITY ?? '').trim()) },
        }),
      ),
    ),
  );
  for (const result of results) assertOneReact(result.metafile);
  for (const page of PAGES) fs.writeFileSync(path.join(OUT, `${page.name}.html`), html(page));
  // The manifest's privacyUrl and termsOfUseUrl point here: they must exist wherever build/web is hosted.
  for (const file of ['privacy.html', 'terms.html']) fs.copyFileSync(path.join(__dirname, '..', 'static', file), path.join(OUT, file));
  const upFront = (page, i) => staticClosure(results[i].metafile, path.relative(ROOT, path.join(OUT, `${page.name}.js`)));
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const lazy = Object.entries(results[0].metafile.outputs)
    .filter(([file, info]) => file.endsWith('.js') && Object.keys(info.inputs).some((input) => input.includes('@azure/msal-browser')))
    .reduce((sum, [, info]) => sum + info.bytes, 0);
  process.stdout.write(
    `teams-app: built ${PAGES.map((p, i) => `${p.name}.html (${kb(upFront(p, i))} of JS up front)`).join(', ')}; MSAL ${kb(lazy)} loaded only inside Teams\n`,
  );
}

/** Bytes of an entry and every chunk it imports statically (what the browser loads before running it). */
function staticClosure(metafile, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !metafile.outputs[file]) return;
    seen.add(file);
    for (const imported of metafile.outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return [...seen].reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
}

main().catch((error) => {
  process.stderr.write(`teams-app: build failed: ${error.message}\n`);
  process.exit(1);
});
