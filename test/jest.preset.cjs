// Shared Jest settings: ts-jest transpiles only (type checking is the typecheck target's job).
const path = require('node:path');
const root = path.resolve(__dirname, '..');

/**
 * ESM-only packages (the Verifiable Credentials stack) that Jest's module registry cannot load as
 * they are: ts-jest turns them into CommonJS for the tests. Node itself loads them natively
 * (require(esm), Node 20.19+), so the built app needs no such step.
 */
const ESM_ONLY = ['@digitalbazaar', '@digitalcredentials', 'base58-universal', 'base64url-universal', 'jsonld-document-loader'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: path.join(root, 'test/tsconfig.jest.json'), diagnostics: false },
    ],
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.m?js$`]: [
      'ts-jest',
      { tsconfig: path.join(root, 'test/tsconfig.jest-esm.json'), diagnostics: false },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: {
    '^@campus/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@campus/migrations$': path.join(root, 'migrations/data-source.ts'),
    '^@campus/api-client$': path.join(root, 'libs/api-client/src/index.ts'),
  },
  testMatch: ['**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
};
