'use strict';
// `require('@gtm/shared/attribution')`: the attribution domain without the rest (src/attribution.ts).
module.exports = require('./dist/attribution.js');
