#!/usr/bin/env node
'use strict';
// The gtm CLI. The code is compiled TypeScript in ../dist (built by `npm install` / `npm run build`).
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('gtm: not built yet; run `npm run build` at the repository root\n');
    process.exit(1);
  }
  throw error;
}
cli.run();
