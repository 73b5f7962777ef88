/**
 * `npm run test:zones`: the tests whose outcome can depend on the workbench's site time zone, run
 * again with the site in Pacific/Auckland and in America/Los_Angeles (date-only values cross the
 * date line there). The zone is read by the workbench server (GTM_TIME_ZONE, workbench/src/server/
 * server.ts), so the script picks the tests related to it (`--findRelatedTests`: every test that
 * starts a workbench in-process) and test/start/start.test.ts (`npm start` as a child process, which
 * seeds the demo's dates in the zone); this file leaves out those among them that
 * show or store no date at all, which the plain `npm test` run covers once. A new test that starts a
 * workbench is in by default.
 */
const base = require('./jest.config');

/** Start a workbench but never read, write or show a date: zone-independent. */
const ZONE_INDEPENDENT = [
  '<rootDir>/test/e2e/accessibility.test.ts', // axe rules and focus order
  '<rootDir>/test/e2e/keyboard-and-reflow.test.ts', // tab stops and 320 px reflow
  '<rootDir>/test/e2e/teams-bundles.test.ts', // which script files a page fetches
  '<rootDir>/test/e2e/teams-live-share.test.ts', // the agenda position between two browsers
  '<rootDir>/test/e2e/teams-share-stage.test.ts', // the share-to-stage call
  '<rootDir>/test/e2e/excel-playground.test.ts', // custom functions on typed cells
  '<rootDir>/test/e2e/excel-taskpane.test.ts', // touchpoint counts into a table
  '<rootDir>/test/e2e/host-pages.test.ts', // the host pages load and sign in
  '<rootDir>/test/e2e/signed-in-user.test.ts', // who the pages say is signed in
  '<rootDir>/test/security/', // Host, Origin, digest, body and parser limits
  '<rootDir>/workbench/src/cli/provision/command.test.ts', // lists, fields and views, no items
];

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...ZONE_INDEPENDENT],
};
