'use strict';
/**
 * Runs webpack (Node API) for dist/ and resolves with the stats; rejects with every error
 * webpack and custom-functions-metadata-plugin reported (a bad JSDoc fails the build — the
 * metadata CLI alone would exit 0 and write nothing).
 */
const webpack = require('webpack');
const { webpackConfig } = require('./webpack-config');

/** @param {Parameters<typeof webpackConfig>[0]} options */
function compile(options) {
  return new Promise((resolve, reject) => {
    webpack(webpackConfig(options), (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) {
        const { errors } = stats.toJson({ all: false, errors: true });
        return reject(new Error(errors.map((e) => e.message).join('\n\n')));
      }
      resolve(stats);
    });
  });
}

module.exports = { compile };
