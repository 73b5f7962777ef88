#!/usr/bin/env node
'use strict';
// Builds the Teams tab for the browser into teams-app/build/web/ (served by the workbench at /teams/):
//   index.html   the tab (content, side panel or meeting stage, by the Teams context)
//   config.html  the configuration page of the configurable tab
//   host.html    the fake Teams host of the workbench (frames the tab, answers teams-js)
// esbuild bundles each entry minified with source maps; React, react-dom and Fluent resolve from
// the root node_modules (one React for the whole repository).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const APP = path.resolve(__dirname, '..');
const ROOT = path.resolve(APP, '..');
const OUT = path.join(APP, 'build', 'web');

const PAGES = [
  { name: 'index', entry: 'src/tab.tsx', title: 'GTM Review' },
  { name: 'config', entry: 'src/config.tsx', title: 'GTM Review — set up the tab' },
  { name: 'host', entry: 'src/fake-host/fake-host.ts', title: 'Fake Teams host — GTM Review' },
];

const rootModule = (name) => path.join(ROOT, 'node_modules', name);

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
${root}<script src="${page.name}.js"></script>
</body>
</html>
`;
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.name, path.join(APP, p.entry)])),
    outdir: OUT,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    metafile: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(ROOT, 'tsconfig.ui.json'),
    alias: {
      '@gtm/shared': path.join(ROOT, 'shared', 'src', 'index.ts'),
      react: rootModule('react'),
      'react-dom': rootModule('react-dom'),
    },
    nodePaths: [path.join(ROOT, 'node_modules')],
  });
  for (const page of PAGES) fs.writeFileSync(path.join(OUT, `${page.name}.html`), html(page));
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, info]) => `${path.basename(file)} ${(info.bytes / 1024).toFixed(0)} KB`);
  process.stdout.write(`teams-app: built ${PAGES.map((p) => `${p.name}.html`).join(', ')} (${sizes.join(', ')})\n`);
}

main().catch((error) => {
  process.stderr.write(`teams-app: build failed: ${error.message}\n`);
  process.exit(1);
});
