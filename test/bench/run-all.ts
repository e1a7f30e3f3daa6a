/**
 * `npm run bench`: every benchmark, one after another, each on its own throw-away database —
 * the catalogue search, the progress saves, issuing and rendering 1,000 certificates — then the
 * reports at national scale (on its own generated dataset, cached under .data/bench).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHMARKS = ['catalogue-search.ts', 'progress-saves.ts', 'certificates.ts', 'reports.ts'];

let failed = false;
for (const file of BENCHMARKS) {
  const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'register.cjs'), path.join(__dirname, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
