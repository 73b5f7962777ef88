'use strict';
// The esbuild setup every browser bundle of the repository shares (the workbench's web part pages,
// the Teams tab): React, react-dom and Fluent from the root install, @gtm/shared from source, zod
// with its English messages only, production defines. Each build adds its entries, output and format.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/**
 * React, react-dom and Fluent always from the ROOT node_modules, even for files under a workspace
 * with its own install (spfx-webparts/ has one for SPFx): two Reacts in one bundle break hooks.
 * `@gtm/shared` from its source, so a page never bundles a stale shared/dist.
 */
const rootResolution = {
  name: 'root-react-and-shared',
  setup(build) {
    build.onResolve({ filter: /^@gtm\/shared$/ }, () => ({ path: path.join(ROOT, 'shared', 'src', 'index.ts') }));
    build.onResolve({ filter: /^(react|react-dom|@fluentui\/[^/]+)(\/.*)?$/ }, async (args) => {
      if (args.pluginData === 'from-root') return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir: ROOT, pluginData: 'from-root' });
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path, sideEffects: result.sideEffects };
    });
  },
};

/**
 * zod 4 (core and classic) re-exports every message locale (`z.locales`, ~50 languages, ~400 KB minified)
 * and `import { z } from 'zod'` keeps them all. The GTM messages are English (shared/ writes its
 * own), so the bundle gets a `locales` module holding English only; `z.config(en())` is unchanged.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)
        ? { path: path.join(args.resolveDir, '..', 'locales', args.path.endsWith('.cjs') ? 'en.cjs' : 'en.js') }
        : undefined,
    );
  },
};

/** Defines for a production browser bundle (React's production build, no `process` in the browser). */
const BROWSER_DEFINES = Object.freeze({ 'process.env.NODE_ENV': '"production"' });

/**
 * esbuild options for a minified browser bundle with source maps and a metafile; `options` adds
 * or overrides (entryPoints, outdir, format, splitting…). Plugins given are added after the two above.
 * @example esbuild.build(browserBuildOptions({ entryPoints: { index: 'src/tab.tsx' }, outdir: 'build/web', format: 'esm', splitting: true }))
 */
function browserBuildOptions(options) {
  const { plugins = [], define = {}, ...rest } = options;
  return {
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    jsx: 'transform',
    metafile: true,
    logLevel: 'warning',
    ...rest,
    define: { ...BROWSER_DEFINES, ...define },
    plugins: [rootResolution, zodEnglishOnly, ...plugins],
  };
}

/**
 * Throws when a second copy of React was bundled (a path outside the root node_modules/react).
 * `metafile` paths are relative to the working directory, which the builds set to the root.
 */
function assertOneReact(metafile) {
  const reacts = Object.keys(metafile.inputs).filter((input) => /node_modules\/react\/cjs\/react\./.test(input));
  const foreign = reacts.filter((input) => !input.startsWith('node_modules/react/'));
  if (foreign.length > 0) throw new Error(`A second React was bundled: ${foreign.join(', ')}`);
}

module.exports = { ROOT, rootResolution, zodEnglishOnly, BROWSER_DEFINES, browserBuildOptions, assertOneReact };
