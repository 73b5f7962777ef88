'use strict';
// esbuild plugins that let the Teams tab's pages carry only the code they run. They change how the
// bundler sees a module, never what it does; the web part builds do not use them.
const fs = require('node:fs');
const path = require('node:path');

const SHARED_SRC = `${path.sep}shared${path.sep}src${path.sep}`;

/**
 * `@gtm/shared` is bundled from source (scripts/esbuild-browser.js), and shared/package.json declares
 * no `sideEffects`, so esbuild keeps every module the barrel re-exports — the SharePoint REST
 * store with all of @pnp/sp, provisioning, the attribution models — on a page that calls none of
 * them. No module in shared/src runs code at load beyond defining its exports (its only bare
 * imports are PnPjs's method augmentations, kept whenever the module importing them is), so its
 * modules are marked side-effect free: an unused one is left out with what it imports.
 */
const sharedWithoutSideEffects = {
  name: 'gtm-shared-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'gtm-shared-pure' || !args.importer.includes(SHARED_SRC)) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'gtm-shared-pure' });
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path, sideEffects: false };
    });
  },
};

/**
 * `import { z } from 'zod'` binds the namespace zod re-exports as a value, and esbuild keeps a
 * re-exported namespace whole: every schema type, the JSON Schema conversions and the compiler.
 * `import * as z from 'zod'` (the form zod 4's docs use) makes the same `z.object(…)` calls and
 * lets esbuild keep only the members used (zod: 193 KB → 95 KB minified on the review).
 */
function zodAsNamespace(text) {
  return text.split("import { z } from 'zod';").join("import * as z from 'zod';");
}

/**
 * Which `@fluentui/react/lib/<Entry>` exports each name of the `@fluentui/react` barrel, taking for
 * a name the entry with the fewest exports (`Checkbox` from lib/Checkbox, not from an aggregate).
 * Read from the CommonJS build, which has the same entries as lib/.
 */
function fluentEntries(root) {
  const dir = path.join(root, 'node_modules', '@fluentui', 'react', 'lib-commonjs');
  const best = new Map();
  for (const file of fs.readdirSync(dir).filter((f) => /^[A-Z][A-Za-z]*\.js$/.test(f))) {
    const names = Object.keys(require(path.join(dir, file)));
    for (const name of names) {
      const seen = best.get(name);
      if (!seen || names.length < seen.size) best.set(name, { entry: file.replace(/\.js$/, ''), size: names.length });
    }
  }
  return new Map([...best].map(([name, { entry }]) => [name, entry]));
}

/**
 * `import { Checkbox, Stack } from '@fluentui/react'` reaches every component file of the barrel.
 * esbuild drops what no page uses, but with code splitting it places what *some* chunk uses by
 * which files each chunk reaches: through the barrel the review's chunk reaches the DatePicker and
 * the ComboBox only the capture forms use, and would carry them. Per-entry imports
 * (`@fluentui/react/lib/Checkbox`) reach only their component; this rewrites the barrel imports of
 * the tab's sources that way (names not exported at run time, i.e. types, stay type imports).
 */
function fluentPerComponent(entries) {
  const barrel = /import\s*\{([^}]*)\}\s*from\s*'@fluentui\/react';/g;
  return (text) =>
    text.replace(barrel, (match, list) => {
      const byEntry = new Map();
      const types = [];
      for (const spec of list.split(',').map((x) => x.trim()).filter(Boolean)) {
        const name = spec.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
        const entry = spec.startsWith('type ') ? undefined : entries.get(name);
        if (entry === undefined) types.push(spec.replace(/^type\s+/, ''));
        else byEntry.set(entry, [...(byEntry.get(entry) ?? []), spec]);
      }
      const lines = [...byEntry].map(([entry, specs]) => `import { ${specs.join(', ')} } from '@fluentui/react/lib/${entry}';`);
      if (types.length > 0) lines.push(`import type { ${types.join(', ')} } from '@fluentui/react';`);
      // As many line breaks as the import had, so the lines after it keep their numbers.
      return lines.join(' ') + '\n'.repeat(match.split('\n').length - 1);
    });
}

/**
 * The two rewrites above, on the sources of the Teams tab and of @gtm/shared as the bundler reads
 * them (the files keep their imports; each rewritten import keeps its lines, so the source maps hold).
 */
function sourceImportRewrites(root) {
  const fluent = fluentPerComponent(fluentEntries(root));
  return {
    name: 'gtm-teams-import-rewrites',
    setup(build) {
      build.onLoad({ filter: /[\\/](shared|teams-app)[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, 'utf8');
        const rewritten = fluent(zodAsNamespace(text));
        return rewritten === text ? undefined : { contents: rewritten, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

module.exports = { sharedWithoutSideEffects, sourceImportRewrites };
