#!/usr/bin/env node
'use strict';
// `npm run package` (or node teams-app/scripts/package.js [--base-url https://host/path/] [--app-id GUID] [--client-id GUID]):
// writes teams-app/build/appPackage.zip = manifest.json + color.png (192×192) + outline.png (32×32),
// after validating the manifest against the v1.30 schema; fails with the schema errors.
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { buildManifest, validateManifest } = require('./manifest');
const { colorIcon, outlineIcon } = require('./icons');

const OUT = path.resolve(__dirname, '..', 'build', 'appPackage.zip');

function arg(name) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main() {
  const baseUrl = arg('--base-url');
  if (baseUrl !== undefined && !/^https:\/\//i.test(baseUrl)) {
    throw new Error(`--base-url must be an https:// URL where build/web is hosted (got "${baseUrl}")`);
  }
  const manifest = buildManifest({ baseUrl, appId: arg('--app-id'), clientId: arg('--client-id') });
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new Error(`the manifest does not validate against the v1.30 schema:\n  ${errors.join('\n  ')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', colorIcon());
  zip.file('outline.png', outlineIcon());
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stdout.write(`teams-app: wrote ${path.relative(process.cwd(), OUT)} (manifest ${manifest.manifestVersion}, id ${manifest.id}, tabs at ${manifest.configurableTabs[0].configurationUrl.replace(/config\.html.*$/, '')})\n`);
}

main().catch((error) => {
  process.stderr.write(`teams-app: package failed: ${error.message}\n`);
  process.exit(1);
});
