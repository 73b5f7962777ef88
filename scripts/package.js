#!/usr/bin/env node
'use strict';
// `npm run package [-- --base-url https://host/path/]`: the three deliverables.
//   spfx-webparts/sharepoint/solution/gtm-suite.sppkg   (SPFx, its own npm install inside spfx-webparts/)
//   teams-app/build/appPackage.zip                      (manifest validated offline)
//   excel-addin/dist/                                   (manifest.xml, functions.json, bundle, task pane)
// `--only spfx|teams|excel` builds one. Each surface owns its script; this runs them in turn.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const STEPS = {
  spfx: ['SharePoint solution (gtm-suite.sppkg)', 'spfx-webparts/scripts/package.js'],
  teams: ['Teams app package (appPackage.zip)', 'teams-app/scripts/package.js'],
  excel: ['Excel add-in (excel-addin/dist)', 'excel-addin/scripts/package.js'],
};

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
const rest = onlyAt >= 0 ? argv.filter((_, i) => i !== onlyAt && i !== onlyAt + 1) : argv;
if (only !== undefined && !(only in STEPS)) {
  process.stderr.write(`package: --only takes one of ${Object.keys(STEPS).join(', ')} (got "${only}").\n`);
  process.exit(2);
}

for (const [key, [name, script]] of Object.entries(STEPS)) {
  if (only !== undefined && key !== only) continue;
  const started = Date.now();
  process.stdout.write(`== ${name}\n`);
  const r = spawnSync(process.execPath, [path.join(ROOT, script), ...rest], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`package: ${name} failed (${script}, exit ${r.status}).\n`);
    process.exit(r.status || 1);
  }
  process.stdout.write(`   done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
