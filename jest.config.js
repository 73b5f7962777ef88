/** One jest run for every workspace package and the cross-package tests in test/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared/src', '<rootDir>/workbench/src', '<rootDir>/excel-addin/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
    // PnPjs v4 ships ES modules only; jest runs CommonJS, so those files are transpiled too.
    '^.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  // Tests import the shared package from source, so `npm test` never runs against a stale build.
  moduleNameMapper: { '^@gtm/shared$': '<rootDir>/shared/src/index.ts' },
};
