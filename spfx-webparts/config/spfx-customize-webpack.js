'use strict';
// Heft's "customize-configure-webpack" step (the SPFx rig) calls this with the webpack configuration.
//
// 1. One PnPjs. The web part imports @pnp/sp (for `SPFx(this.context)`) from this folder's
//    node_modules; @gtm/shared (a link to ../shared, built as CommonJS) would resolve @pnp/* from the
//    repository root's node_modules: two copies of @pnp/sp, @pnp/core and @pnp/queryable in each
//    bundle. Aliasing them to this folder's install bundles one.
// 2. zod 4 (core and classic) re-exports every message locale (~50 languages, ~250 KB minified);
//    the GTM messages are English, so `../locales/index` inside zod resolves to the English locale.
const path = require('node:path');

const HERE = path.resolve(__dirname, '..');
const ONE_COPY = ['@pnp/sp', '@pnp/core', '@pnp/queryable'];

module.exports = function customizeWebpack(configuration, _taskSession, _heftConfiguration, webpack) {
  const configurations = Array.isArray(configuration) ? configuration : [configuration];
  for (const config of configurations) {
    config.resolve = config.resolve || {};
    const alias = config.resolve.alias || {};
    for (const name of ONE_COPY) alias[name] = path.join(HERE, 'node_modules', name);
    config.resolve.alias = alias;
    config.plugins = config.plugins || [];
    config.plugins.push(
      new webpack.NormalModuleReplacementPlugin(/^\.\.\/locales\/index(\.c?js)?$/, (resource) => {
        if (/[\\/]zod[\\/]v4[\\/](classic|core)$/.test(resource.context)) {
          const ext = /\.cjs$/.test(resource.request) ? '.cjs' : '.js';
          resource.request = `../locales/en${ext}`;
        }
      }),
    );
  }
};
