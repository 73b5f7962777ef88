/** One jest run for every workspace package, the web part views and the cross-package tests in test/. */
const path = require('node:path');

/** React and Fluent always from the root install, even for files under spfx-webparts/ (which has its own). */
const rootModule = (name) => path.join(__dirname, 'node_modules', name);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Tests check behaviour, not speed: a jsdom view test that types a dozen keystrokes can pass 5 s on a
  // busy 2-core machine (RiskRegister.edit took 6 s under load), so the default timeout is wider.
  testTimeout: 30_000,
  roots: [
    '<rootDir>/shared/src',
    '<rootDir>/workbench/src',
    '<rootDir>/workbench/pages',
    '<rootDir>/excel-addin/src',
    '<rootDir>/teams-app/src',
    '<rootDir>/spfx-webparts/src',
    '<rootDir>/test',
  ],
  // Browser views are tested in jsdom: put `/** @jest-environment jsdom */` at the top of a .test.tsx.
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/testing-library-act.js'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
    // PnPjs v4 ships ES modules only; jest runs CommonJS, so those files are transpiled too.
    '^.+\\.m?js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  // The package checks need `npm run package` first: `npm run test:package` (jest.package.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/package/'],
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  modulePathIgnorePatterns: [
    '<rootDir>/spfx-webparts/node_modules',
    '<rootDir>/spfx-webparts/lib',
    '<rootDir>/spfx-webparts/lib-commonjs',
    '<rootDir>/spfx-webparts/temp',
    '<rootDir>/spfx-webparts/dist',
    '<rootDir>/spfx-webparts/release',
  ],
  // Tests import the shared package from source, so `npm test` never runs against a stale build.
  moduleNameMapper: {
    '^@gtm/shared$': '<rootDir>/shared/src/index.ts',
    '^react$': rootModule('react'),
    '^react/(.*)$': `${rootModule('react')}/$1`,
    '^react-dom$': rootModule('react-dom'),
    '^react-dom/(.*)$': `${rootModule('react-dom')}/$1`,
    // Fluent per component (`@fluentui/react/lib/Button`, so bundles take only what they use): lib/ is
    // ES modules; jest runs CommonJS, which Fluent ships beside it in lib-commonjs/.
    '^@fluentui/react$': rootModule('@fluentui/react'),
    '^@fluentui/react/lib/(.*)$': `${rootModule('@fluentui/react')}/lib-commonjs/$1`,
    '\\.(css|scss)$': 'identity-obj-proxy',
  },
};
