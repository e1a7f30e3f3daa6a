// Shared Jest settings: ts-jest transpiles only (type checking is the typecheck target's job).
const path = require('node:path');
const root = path.resolve(__dirname, '..');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: path.join(root, 'test/tsconfig.jest.json'), diagnostics: false },
    ],
  },
  moduleNameMapper: {
    '^@campus/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@campus/migrations$': path.join(root, 'migrations/data-source.ts'),
    '^@campus/api-client$': path.join(root, 'libs/api-client/src/index.ts'),
  },
  testMatch: ['**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
};
