// `npm test`: build, unit tests (vitest), end-to-end tests (Playwright, Chromium in browser
// mode, plus Electron where its binary exists), then one summary line for CI:
// "N passed, N failed" — summed from both runners' JSON reports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('reports', { recursive: true });
// One command line through the shell, so npm's node_modules/.bin on PATH finds the tools.
const run = (cmd, args, env = {}) => spawnSync([cmd, ...args].join(' '), { stdio: 'inherit', shell: true, env: { ...process.env, ...env } }).status;

// Chromium, pdftotext and LibreOffice come from Debian; install them if missing (root only).
if (process.platform === 'linux' && run('bash', ['scripts/ensure-system-deps.sh']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const build = run('electron-vite', ['build']);
if (build !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// The type check counts as one test: a type error is a failure CI must see.
const typecheck = run('tsc', ['--noEmit', '-p', '.']);
run('vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
run('playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: 'reports/playwright.json' });

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
let passed = 0;
let failed = 0;
let skipped = 0;
const v = read('reports/vitest.json');
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  // A test file that fails to load has no test results of its own; count it once.
  failed += (v.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).length).length;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else failed += 1;
const p = read('reports/playwright.json');
if (p) {
  passed += p.stats.expected + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
  for (const e of p.errors ?? []) failed += 1, console.error(e.message);
} else failed += 1;
if (typecheck === 0) passed += 1;
else failed += 1, console.error('Typecheck (tsc --noEmit) failed.');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
