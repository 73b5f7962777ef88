#!/usr/bin/env node
'use strict';
// `node scripts/build-ui.js` (npm start, npm test) runs this: dist/ for the workbench, with the
// manifest's URLs at http://127.0.0.1:4321/excel/ (npm start's port). Development mode, no type
// check here (the root `tsc -p tsconfig.ui.json` does it): fast. `npm run package` builds for a host.
const path = require('node:path');
const { compile } = require('./compile');
const { writeSite } = require('./site');
const { ADDIN } = require('./webpack-config');

const outDir = path.join(ADDIN, 'dist');
// workbench: the stub-Office page taskpane-workbench.html, which the package build leaves out.
compile({ mode: 'development', outDir, typeCheck: false, workbench: true })
  .then(() => writeSite(outDir, 'http://127.0.0.1:4321/excel/', { workbench: true }))
  .catch((error) => {
    process.stderr.write(`excel-addin build failed:\n${error.message}\n`);
    process.exit(1);
  });
