#!/usr/bin/env node
'use strict';
// Builds the Teams tab for the browser into teams-app/build/web/ (served by the workbench at /teams/):
//   index.html   the tab (content, side panel or meeting stage, by the Teams context)
//   config.html  the configuration page of the configurable tab
//   host.html    the fake Teams host of the workbench (frames the tab, answers teams-js)
//   privacy.html, terms.html  static pages the manifest links (copied from static/)
// esbuild bundles the entries as ES modules with code splitting, minified with source maps, on the
// repository's shared browser setup (scripts/esbuild-browser.js: one React from the root
// install, @gtm/shared from source, English-only zod) and the Teams pages' own plugins
// (scripts/bundle-plugins.js: unused @gtm/shared modules and zod members left out, Fluent imported
// per component, the MDL2 icon tables cut to the icons the tab draws, the buttons' menu on demand).
// Each page's entry holds only the connecting spinner and teams-js (src/start-page.tsx); what it
// draws next is a dynamic import() esbuild puts in build/web/chunks/: the review
// (src/review-page.tsx) or the configuration page (src/config-page.tsx); the capture forms, which
// the stage never draws (src/review/capture-forms-loader.tsx); MSAL, only inside Teams
// (src/host/graph-token.ts). The chunks are files of the same origin next to the pages, so hosting
// build/web/ as a whole is all they need (no other domain for the manifest's validDomains).
// The metafiles go to build/meta/ (not served) for test/bench/teams-bundles.js.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, assertOneReact, browserBuildOptions } = require('../../scripts/esbuild-browser');
const { fluentButtonMenuOnDemand, fluentIconsSubset, sharedWithoutSideEffects, sourceImportRewrites } = require('./bundle-plugins');

const APP = path.resolve(__dirname, '..');
const OUT = path.join(APP, 'build', 'web');
const META = path.join(APP, 'build', 'meta');

const PAGES = [
  { name: 'index', entry: 'src/tab.tsx', title: 'GTM Review' },
  { name: 'config', entry: 'src/config.tsx', title: 'GTM Review — set up the tab' },
  { name: 'host', entry: 'src/fake-host/fake-host.ts', title: 'Fake Teams host — GTM Review' },
];

/** `preloads`: chunk paths relative to build/web, fetched with the entry (see main). */
function html(page, preloads) {
  const root = page.name === 'host' ? '' : '<div id="root"></div>';
  const links = preloads.map((file) => `<link rel="modulepreload" href="${file}">\n`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${page.title}</title>
<style>html,body{margin:0;font-family:"Segoe UI",-apple-system,sans-serif}</style>
${links}</head>
<body>
${root}<script type="module" src="${page.name}.js"></script>
</body>
</html>
`;
}

async function main() {
  // build/web is not emptied first: a page opened before this build (a tab left open across a
  // redeploy, a test running while another build runs) still finds the chunks it imports later
  // (the capture forms, MSAL); their names carry a hash of their content. removeStale() below
  // deletes what this build did not write once it is an hour old.
  fs.rmSync(META, { recursive: true, force: true });
  fs.mkdirSync(META, { recursive: true });
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
          plugins: [sharedWithoutSideEffects, sourceImportRewrites(ROOT), fluentIconsSubset(ROOT), fluentButtonMenuOnDemand],
        }),
      ),
    ),
  );
  for (const result of results) assertOneReact(result.metafile);
  // The chunks the entry imports dynamically at once (connecting, the page's view) and theirs, as
  // <link rel="modulepreload">: fetched alongside the entry, not after it has run. The capture
  // forms and MSAL are imported from those chunks, when needed, and are not preloaded.
  PAGES.forEach((page, i) => {
    const entry = path.relative(ROOT, path.join(OUT, `${page.name}.js`));
    const preloads = startedAtOnce(results[i].metafile, entry).map((file) => path.relative(OUT, path.join(ROOT, file)).split(path.sep).join('/'));
    fs.writeFileSync(path.join(OUT, `${page.name}.html`), html(page, preloads));
  });
  // The manifest's privacyUrl and termsOfUseUrl point here: they must exist wherever build/web is hosted.
  for (const file of ['privacy.html', 'terms.html']) fs.copyFileSync(path.join(__dirname, '..', 'static', file), path.join(OUT, file));
  PAGES.forEach((page, i) => fs.writeFileSync(path.join(META, `${page.name}.json`), JSON.stringify(results[i].metafile)));
  removeStale(new Set(results.flatMap((r) => Object.keys(r.metafile.outputs).map((file) => path.join(ROOT, file)))));
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const upFront = (page, i) => kb(staticClosure(results[i].metafile, path.relative(ROOT, path.join(OUT, `${page.name}.js`))));
  process.stdout.write(
    `teams-app: built ${PAGES.map((p, i) => `${p.name}.html (${upFront(p, i)} of JS up front)`).join(', ')}; the rest in chunks (node test/bench/teams-bundles.js)\n`,
  );
}

/** Deletes the files of build/web no page of this build needs (`written`, the pages, the static ones) once an hour old. */
function removeStale(written) {
  const keep = new Set([...written, ...PAGES.map((p) => path.join(OUT, `${p.name}.html`)), path.join(OUT, 'privacy.html'), path.join(OUT, 'terms.html')]);
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const dir of [OUT, path.join(OUT, 'chunks')]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      if (stat.isFile() && !keep.has(file) && stat.mtimeMs < hourAgo) fs.rmSync(file);
    }
  }
}

/** An output file and every chunk it imports statically (what the browser loads before running it). */
function staticFiles(metafile, file, seen = new Set()) {
  if (seen.has(file) || !metafile.outputs[file]) return seen;
  seen.add(file);
  for (const imported of metafile.outputs[file].imports) if (imported.kind === 'import-statement') staticFiles(metafile, imported.path, seen);
  return seen;
}

/** Bytes of an entry and every chunk it imports statically. */
function staticClosure(metafile, entry) {
  return [...staticFiles(metafile, entry)].reduce((sum, file) => sum + (metafile.outputs[file]?.bytes ?? 0), 0);
}

/** The chunks the entry's own files import dynamically, with their static imports, less the entry's. */
function startedAtOnce(metafile, entry) {
  const upFront = staticFiles(metafile, entry);
  const next = new Set();
  for (const file of upFront) {
    for (const imported of metafile.outputs[file].imports) if (imported.kind === 'dynamic-import') staticFiles(metafile, imported.path, next);
  }
  return [...next].filter((file) => !upFront.has(file));
}

main().catch((error) => {
  process.stderr.write(`teams-app: build failed: ${error.message}\n`);
  process.exit(1);
});
