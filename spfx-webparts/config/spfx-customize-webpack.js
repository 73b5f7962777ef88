'use strict';
// Heft's "customize-configure-webpack" step (the SPFx rig) calls this with the webpack configuration.
//
// 1. One PnPjs. The web part imports @pnp/sp (for `SPFx(this.context)`) from this folder's
//    node_modules; @gtm/shared (a link to ../shared, built as CommonJS) would resolve @pnp/* from the
//    repository root's node_modules: two copies of @pnp/sp, @pnp/core and @pnp/queryable in each
//    bundle. Aliasing them to this folder's install bundles one.
// 2. zod 4 (core and classic) re-exports every message locale (~50 languages, ~250 KB minified);
//    the GTM messages are English, so `../locales/index` inside zod resolves to the English locale.
// 3. @gtm/shared as ES modules (shared/dist/esm, built by scripts/package.js) instead of its CommonJS
//    `main`: webpack cannot drop unused exports of CommonJS, so the bundle carried all of the domain,
//    the Graph stores and @pnp/graph. shared/dist/esm/package.json says `sideEffects: false`.
// 4. The chunk map for the bundle benchmark: temp/chunk-groups.json names each entry and each named
//    dynamic import (`webpackChunkName`) with the files a page must fetch for it. Written with fs after
//    the compilation, not emitted as an asset: SPFx copies every asset into the .sppkg.
const fs = require('node:fs');
const path = require('node:path');

const HERE = path.resolve(__dirname, '..');
const ONE_COPY = ['@pnp/sp', '@pnp/core', '@pnp/queryable'];
const CHUNK_GROUPS = path.join(HERE, 'temp', 'chunk-groups.json');
const SHARED_ESM = path.join(HERE, '..', 'shared', 'dist', 'esm', 'index.js');

/** Writes CHUNK_GROUPS: `{ [group]: { initial, parents, files } }` for every named chunk group. */
class ChunkGroupsPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('gtm-chunk-groups', ({ compilation }) => {
      const groups = {};
      for (const group of compilation.chunkGroups) {
        if (!group.name) continue;
        const files = new Set();
        for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
        groups[group.name] = {
          initial: group.isInitial(),
          parents: [...group.parentsIterable].map((parent) => parent.name).filter(Boolean),
          files: [...files].sort(),
        };
      }
      fs.mkdirSync(path.dirname(CHUNK_GROUPS), { recursive: true });
      fs.writeFileSync(CHUNK_GROUPS, `${JSON.stringify(groups, null, 2)}\n`);
    });
  }
}

module.exports = function customizeWebpack(configuration, _taskSession, _heftConfiguration, webpack) {
  const configurations = Array.isArray(configuration) ? configuration : [configuration];
  for (const config of configurations) {
    config.resolve = config.resolve || {};
    const alias = config.resolve.alias || {};
    for (const name of ONE_COPY) alias[name] = path.join(HERE, 'node_modules', name);
    if (!fs.existsSync(SHARED_ESM)) {
      throw new Error(`${SHARED_ESM} is missing: build through scripts/package.js (npm run package -- --only spfx at the root).`);
    }
    alias['@gtm/shared$'] = SHARED_ESM;
    config.resolve.alias = alias;
    config.plugins = config.plugins || [];
    config.plugins.push(
      new webpack.NormalModuleReplacementPlugin(/^\.\.\/locales\/index(\.c?js)?$/, (resource) => {
        if (/[\\/]zod[\\/]v4[\\/](classic|core)$/.test(resource.context)) {
          const ext = /\.cjs$/.test(resource.request) ? '.cjs' : '.js';
          resource.request = `../locales/en${ext}`;
        }
      }),
      new ChunkGroupsPlugin(),
    );
  }
};
