const preset = require('../jest.preset.cjs');

/** Browser e2e: the built app (dist/) on a fresh database with demo data, driven in Chromium. */
module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  testTimeout: 90_000,
};
