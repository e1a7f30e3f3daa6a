// Lets plain `node` run the TypeScript benchmark: ts-node (transpile only, CommonJS, decorators)
// plus the workspace's `@campus/*` path aliases. `node -r ./test/bench/register.cjs <file>.ts`
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '../..');
process.env.TS_NODE_PROJECT ??= path.join(root, 'test/tsconfig.jest.json');
process.env.TS_NODE_TRANSPILE_ONLY ??= 'true';
// TypeScript 6 wants a rootDir; outputs are never written (transpile only), so any will do.
require('ts-node').register({ compilerOptions: { rootDir: '/' } });

const ALIASES = {
  '@campus/domain': path.join(root, 'libs/domain/src/index.ts'),
  '@campus/migrations': path.join(root, 'migrations/data-source.ts'),
  '@campus/api-client': path.join(root, 'libs/api-client/src/index.ts'),
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, ALIASES[request] ?? request, ...rest);
};
