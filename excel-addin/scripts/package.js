#!/usr/bin/env node
'use strict';
// `npm run package [-- --base-url https://host/path/]`: excel-addin/dist/ for a host — production
// bundles with the TypeScript check, functions.json, the task pane, the playground, icons and a
// manifest.xml whose URLs all start with the base URL (default https://localhost:3000/).
const path = require('node:path');
const { compile } = require('./compile');
const { renderManifest, writeSite } = require('./site');
const { ADDIN } = require('./webpack-config');

const argv = process.argv.slice(2);
const at = argv.indexOf('--base-url');
const baseUrl = at >= 0 ? argv[at + 1] : 'https://localhost:3000/';
const outDir = path.join(ADDIN, 'dist');

try {
  renderManifest(baseUrl ?? ''); // refuse a bad URL before a minute of bundling
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
compile({ mode: 'production', outDir, typeCheck: true })
  .then(() => {
    writeSite(outDir, baseUrl);
    process.stdout.write(`excel-addin/dist/ built for ${baseUrl}; sideload dist/manifest.xml (see excel-addin/README.md)\n`);
  })
  .catch((error) => {
    process.stderr.write(`excel-addin package failed:\n${error.message}\n`);
    process.exit(1);
  });
