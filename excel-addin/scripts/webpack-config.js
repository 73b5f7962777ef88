'use strict';
/**
 * The webpack configuration of dist/: the custom functions bundle (functions.js, with the
 * `CustomFunctions.associate` calls and functions.json that custom-functions-metadata-plugin
 * generates from the JSDoc), the task pane (taskpane.js) and the playground (playground.js,
 * cf-stub.js). Shared by build.js (development, workbench URLs) and package.js (production).
 */
const path = require('node:path');
const webpack = require('webpack');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const ADDIN = path.resolve(__dirname, '..');
const ROOT = path.resolve(ADDIN, '..');

/**
 * The app registration the packaged task pane signs in with, from the environment of
 * `npm run package`: GTM_EXCEL_CLIENT_ID (the Application (client) id) and GTM_EXCEL_AUTHORITY
 * (default https://login.microsoftonline.com/organizations). An empty client id still builds; the
 * pane then says at sign-in how to package it with one.
 */
function authConfigFromEnv(env = process.env) {
  return {
    clientId: (env.GTM_EXCEL_CLIENT_ID ?? '').trim(),
    authority: (env.GTM_EXCEL_AUTHORITY ?? '').trim() || 'https://login.microsoftonline.com/organizations',
  };
}

/**
 * @param {object} options
 * @param {'development'|'production'} options.mode
 * @param {string} options.outDir where the bundles go (dist/)
 * @param {string} [options.functionsFile] the file whose JSDoc becomes functions.json (tests feed a bad one)
 * @param {boolean} [options.typeCheck] run the TypeScript checker (default true)
 * @param {string[]} [options.only] build only these entries (tests build just `functions`)
 * @param {boolean} [options.workbench] also build office-stub.js (the stub Office of taskpane-workbench.html; never packaged)
 *   and take the workbench's dev token instead of signing in
 * @param {{ clientId: string, authority: string }} [options.authConfig] the Entra ID app registration (default: authConfigFromEnv())
 * @returns {import('webpack').Configuration}
 */
function webpackConfig({
  mode,
  outDir,
  functionsFile = path.join(ADDIN, 'src', 'functions', 'functions.ts'),
  typeCheck = true,
  only,
  workbench = false,
  authConfig = authConfigFromEnv(),
}) {
  const entries = {
    functions: functionsFile,
    taskpane: path.join(ADDIN, 'src', 'taskpane', 'main.tsx'),
    'auth-dialog': path.join(ADDIN, 'src', 'taskpane', 'auth', 'auth-dialog.ts'),
    playground: path.join(ADDIN, 'src', 'playground', 'main.ts'),
    'cf-stub': path.join(ADDIN, 'src', 'playground', 'cf-stub-entry.ts'),
    ...(workbench ? { 'office-stub': path.join(ADDIN, 'src', 'playground', 'office-stub-entry.ts') } : {}),
  };
  return {
    mode,
    context: ADDIN,
    target: ['web', 'es2020'],
    devtool: mode === 'production' ? 'source-map' : false,
    entry: only ? Object.fromEntries(Object.entries(entries).filter(([name]) => only.includes(name))) : entries,
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      alias: {
        '@gtm/shared$': path.join(ROOT, 'shared', 'src', 'index.ts'),
        // One React (the root install), as everywhere in the repository.
        react: path.join(ROOT, 'node_modules', 'react'),
        'react-dom': path.join(ROOT, 'node_modules', 'react-dom'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: require.resolve('ts-loader'),
          options: { configFile: path.join(ADDIN, 'tsconfig.web.json'), transpileOnly: !typeCheck, onlyCompileBundledFiles: true },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionsFile }),
      // src/taskpane/auth/build-config.ts: the workbench build takes the stand-in's dev token; the
      // packaged one signs in with the app registration named here (no tenant value in the code).
      new webpack.DefinePlugin({
        __GTM_WORKBENCH__: JSON.stringify(workbench),
        __GTM_AUTH__: JSON.stringify(authConfig),
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = { webpackConfig, authConfigFromEnv, ADDIN, ROOT };
