// Generates libs/api-client/openapi.json and src/schema.d.ts from the API's OpenAPI document.
// `--check` fails (exit 1) when the committed files are stale. Needs the built API (nx run api:build).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const check = process.argv.includes('--check');

process.env.LOG_LEVEL = 'silent';
require('reflect-metadata');
const { createApp, buildOpenApiDocument } = require(path.join(root, 'dist/api/apps/api/src/bootstrap.js'));
// Preview mode builds the module graph without connecting to a database.
const app = await createApp({ databaseUrl: 'postgres://preview@127.0.0.1:1/none', serveWeb: false, preview: true });
const document = buildOpenApiDocument(app);
const json = `${JSON.stringify(document, null, 2)}\n`;
const types = `// Generated from openapi.json by libs/api-client/generate.mjs. Do not edit.\n${astToString(await openapiTS(document))}`;

const targets = [
  [path.join(here, 'openapi.json'), json],
  [path.join(here, 'src/schema.d.ts'), types],
];
let stale = false;
for (const [file, content] of targets) {
  let current = '';
  try { current = readFileSync(file, 'utf8'); } catch { /* missing */ }
  if (current === content) continue;
  if (check) {
    stale = true;
    console.error(`${path.relative(root, file)} is stale: run \`npx nx run api-client:generate\` and commit the result.`);
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
if (check && !stale) console.log('api-client is current with the API');
process.exit(stale ? 1 : 0);
