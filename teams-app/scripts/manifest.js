'use strict';
// The Teams app manifest: the template in appPackage/ filled for a deployment, and its validation
// against the v1.30 schema shipped in @microsoft/app-manifest (offline: no schema download).
const fs = require('node:fs');
const path = require('node:path');

const APP = path.resolve(__dirname, '..');
const TEMPLATE = path.join(APP, 'appPackage', 'manifest.template.json');
const SCHEMA = require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json', { paths: [APP] });

/** Defaults for a local build: a fixed app id and a placeholder HTTPS host. */
const DEFAULTS = {
  baseUrl: 'https://gtm.contoso.example/teams/',
  appId: '6f1c2a8e-3b7d-4e15-9a0c-2d4b8e7f1a93',
  clientId: '00000000-0000-0000-0000-000000000000',
  version: require(path.join(APP, 'package.json')).version,
};

/** The manifest for `options` ({ baseUrl, appId, clientId, version }), as an object. */
function buildManifest(options = {}) {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const baseUrl = o.baseUrl.endsWith('/') ? o.baseUrl : `${o.baseUrl}/`;
  const domain = new URL(baseUrl).host;
  const text = fs
    .readFileSync(TEMPLATE, 'utf8')
    .replace(/\{\{BASE_URL\}\}/g, baseUrl)
    .replace(/\{\{APP_ID\}\}/g, o.appId)
    .replace(/\{\{CLIENT_ID\}\}/g, o.clientId)
    .replace(/\{\{DOMAIN\}\}/g, domain)
    .replace(/\{\{VERSION\}\}/g, o.version);
  return JSON.parse(text);
}

/** Schema errors of `manifest` (empty when valid), e.g. "/id must match format \"guid\"". */
// The same validator AppManifestUtils.validateAgainstSchema builds (ajv draft-04 + formats), used
// directly: the package's main entry pulls ESM-only dependencies that jest cannot load.
async function validateManifest(manifest) {
  const from = { paths: [path.dirname(require.resolve('@microsoft/app-manifest/package.json', { paths: [APP] }))] };
  const Ajv = require(require.resolve('ajv-draft-04', from));
  const addFormats = require(require.resolve('ajv-formats', from));
  const ajv = new (Ajv.default || Ajv)({ allErrors: true, strictTypes: false });
  (addFormats.default || addFormats)(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  if (validate(manifest)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}. Details: ${JSON.stringify(e.params)}`);
}

module.exports = { buildManifest, validateManifest, DEFAULTS, SCHEMA };
