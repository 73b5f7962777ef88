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

/**
 * The icons of Fluent's MDL2 font the tab's components draw (Fluent 8.106 as the tab uses it: the
 * connecting spinner none, the review and the configuration page these). A component drawing one
 * not listed shows an empty box: add it here.
 */
const TAB_ICONS = {
  CheckMark: 'Checkbox, Dropdown',
  ChevronDown: 'Dropdown, ComboBox',
  ChevronLeft: 'ContextualMenu (right to left)',
  ChevronRight: 'ContextualMenu',
  Cancel: 'Dialog and Panel close buttons',
  Calendar: 'DatePicker',
  Up: 'Calendar: previous month or year',
  Down: 'Calendar: next month or year',
  CalculatorMultiply: 'Calendar: close',
  Info: 'MessageBar: info, warning',
  ErrorBadge: 'MessageBar: error',
  Blocked2: 'MessageBar: blocked',
  Warning: 'MessageBar: severe warning',
  Completed: 'MessageBar: success',
  Clear: 'MessageBar: dismiss',
  DoubleChevronUp: 'MessageBar: collapse',
  DoubleChevronDown: 'MessageBar: expand',
};

/**
 * `initializeIcons` (what `@fluentui/react/lib/Icons` re-exports from `@fluentui/font-icons-mdl2`)
 * registers all 1,801 icons of the font's 19 subsets: 46 KB of tables minified, for the 17 the
 * tab draws. The package exports no subsets, so in the Teams bundles the package's entry is this module,
 * generated from the installed subsets at build time: the same `initializeIcons(baseUrl, options)`
 * registering the listed icons with their own subset's font face (each font file still fetched
 * from Fluent's CDN only when one of its icons is drawn). The build fails if an icon is missing.
 */
function fluentIconsSubset(root, icons = Object.keys(TAB_ICONS)) {
  const lib = path.join(root, 'node_modules', '@fluentui', 'font-icons-mdl2', 'lib');
  const source = () => {
    const subsets = [];
    const found = new Set();
    for (const file of fs.readdirSync(lib).filter((f) => /^fabric-icons(-\d+)?\.js$/.test(f))) {
      const text = fs.readFileSync(path.join(lib, file), 'utf8');
      const fontFamily = /fontFamily:\s*("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
      const woff = /baseUrl,\s*"([^"']+\.woff)'/.exec(text)?.[1];
      const chosen = [...text.matchAll(/'?([A-Za-z0-9]+)'?:\s*'(\\u[0-9A-Fa-f]{4})'/g)].filter(([, name]) => icons.includes(name) && !found.has(name));
      if (chosen.length === 0) continue;
      if (!fontFamily || !woff) throw new Error(`fluent-icons-subset: cannot read the font face of ${file}`);
      for (const [, name] of chosen) found.add(name);
      subsets.push({ fontFamily, woff, icons: chosen.map(([, name, code]) => `${JSON.stringify(name)}: '${code}'`) });
    }
    const missing = icons.filter((name) => !found.has(name));
    if (missing.length > 0) throw new Error(`fluent-icons-subset: no MDL2 subset holds ${missing.join(', ')}`);
    return [
      "import { FLUENT_CDN_BASE_URL, registerIcons } from '@fluentui/style-utilities';",
      "const style = { MozOsxFontSmoothing: 'grayscale', WebkitFontSmoothing: 'antialiased', fontStyle: 'normal', fontWeight: 'normal', speak: 'none' };",
      'export function initializeIcons(baseUrl, options) {',
      '  if (baseUrl === undefined) baseUrl = `${FLUENT_CDN_BASE_URL}/assets/icons/`;',
      ...subsets.map((s) => `  registerIcons({ style, fontFace: { fontFamily: ${s.fontFamily}, src: "url('" + baseUrl + "${s.woff}') format('woff')" }, icons: { ${s.icons.join(', ')} } }, options);`),
      '}',
    ].join('\n');
  };
  return {
    name: 'gtm-fluent-icons-subset',
    setup(build) {
      // The package's entry as esbuild resolves it (lib/index.js, its ES build), read as the subset.
      build.onLoad({ filter: /[\\/]@fluentui[\\/]font-icons-mdl2[\\/]lib[\\/]index\.js$/ }, () => ({ contents: source(), loader: 'js', resolveDir: lib }));
    },
  };
}

/**
 * Fluent's buttons import the ContextualMenu (33 KB minified with its items and positioning) for
 * the menu a button opens with `menuProps`; the tab has no such button, so every page carried it
 * unused. In the Teams bundles BaseButton gets it as a component of the same name that imports the
 * real one (a chunk of its own) the first time a menu is drawn, drawing nothing until then.
 */
const BASE_BUTTON_MENU_IMPORT = "import { ContextualMenu } from '../../ContextualMenu';";
const fluentButtonMenuOnDemand = {
  name: 'gtm-fluent-button-menu-on-demand',
  setup(build) {
    build.onLoad({ filter: /[\\/]@fluentui[\\/]react[\\/]lib[\\/]components[\\/]Button[\\/]BaseButton\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes(BASE_BUTTON_MENU_IMPORT)) throw new Error(`fluent-button-menu-on-demand: ${args.path} no longer imports the ContextualMenu as expected`);
      const onDemand = [
        "import { createElement as gtmCreateElement, lazy as gtmLazy, Suspense as GtmSuspense } from 'react';",
        "var GtmLazyMenu = gtmLazy(function () { return import('../../ContextualMenu').then(function (m) { return { default: m.ContextualMenu }; }); });",
        'var ContextualMenu = function (props) { return gtmCreateElement(GtmSuspense, { fallback: null }, gtmCreateElement(GtmLazyMenu, props)); };',
      ].join(' ');
      return { contents: text.replace(BASE_BUTTON_MENU_IMPORT, onDemand), loader: 'js' };
    });
  },
};

module.exports = { sharedWithoutSideEffects, sourceImportRewrites, fluentIconsSubset, fluentButtonMenuOnDemand, TAB_ICONS };
