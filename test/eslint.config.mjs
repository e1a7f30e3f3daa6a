import base from '../.eslint.base.mjs';

// Cross-app tests reach into the apps they test; module boundaries do not apply here.
export default [
  ...base,
  { files: ['**/*.ts'], rules: { '@nx/enforce-module-boundaries': 'off', 'no-restricted-imports': 'off' } },
];
