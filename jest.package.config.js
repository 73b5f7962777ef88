/** The checks of the built packages (`npm run package` first): `npm run test:package`. */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/package'], testPathIgnorePatterns: ['/node_modules/'] };
