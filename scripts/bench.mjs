// `npm run bench`: every bench/*.bench.ts in turn; each prints one JSON line per figure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const only = process.argv[2];
const files = fs
  .readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
// The board and browser-mode figures drive the built app.
if (spawnSync('electron-vite build', { stdio: 'ignore', shell: true }).status !== 0) process.exit(1);
let failed = 0;
for (const f of files) {
  const r = spawnSync(`tsx bench/${f}`, { stdio: 'inherit', shell: true });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
