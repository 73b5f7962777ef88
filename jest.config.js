/** One jest run for every workspace package and the cross-package tests in test/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared/src', '<rootDir>/workbench/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
    // @pnp/* ship ESM-only .js: ts-jest transpiles them to CommonJS (transpile-only, no type check).
    '^.+\\.jsx?$': [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true, sourceMap: false },
      },
    ],
  },
  // node_modules is not transformed, except the ESM-only @pnp packages.
  transformIgnorePatterns: ['/node_modules/(?!@pnp/)'],
  // Tests import the shared package from source, so `npm test` never runs against a stale build.
  moduleNameMapper: { '^@gtm/shared$': '<rootDir>/shared/src/index.ts' },
};
