// Prints the gzip size of what a first visit downloads: the files dist/web/index.html loads
// (entry script, its modulepreloads, stylesheets). Run after `nx run web:build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let js = 0;
let css = 0;
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  if (file.endsWith('.css')) css += size;
  else js += size;
  console.log(`${(size / 1000).toFixed(2).padStart(8)} kB  ${file}`);
}
console.log(`initial download (gzip): JS ${(js / 1000).toFixed(1)} kB + CSS ${(css / 1000).toFixed(1)} kB = ${((js + css) / 1000).toFixed(1)} kB`);
