// `npm test`: system packages, build, type check, lint, format check, unit tests (vitest),
// end-to-end tests (Playwright, Chromium in browser mode, plus Electron where its binary exists),
// then one summary line for CI, always the last line: "N passed, N failed, N skipped".
//
// It can only report green when everything ran and passed:
// - build, type check, lint and format check count as one test each (exit code 0 = passed);
// - a runner counts from its JSON report, which is deleted before the run, so a stale report from
//   an earlier run can never be read; no fresh report = one failure;
// - a runner that exits non-zero without a failed test in its report (an unhandled error or
//   rejection, a crash after the tests) adds one failure.
//
// Each step's command can be replaced for tests of this script (tests/unit/test-script.test.ts):
// WERKSTATT_TEST_SYSDEPS, _BUILD, _TYPECHECK, _LINT, _FORMAT, _VITEST, _PLAYWRIGHT (a command
// line; the runners get their report arguments appended), WERKSTATT_TEST_REPORTS (report folder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const env = process.env;
const cmd = (name, fallback) => env[`WERKSTATT_TEST_${name}`] || fallback;
const reports = path.resolve(env.WERKSTATT_TEST_REPORTS || 'reports');
fs.mkdirSync(reports, { recursive: true });

// One command line through the shell, so npm's node_modules/.bin on PATH finds the tools.
const run = (line, extraEnv = {}) => {
  const r = spawnSync(line, { stdio: 'inherit', shell: true, env: { ...env, ...extraEnv } });
  return r.status ?? 1; // killed by a signal: a failure
};

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const fail = (n, why) => {
  failed += n;
  problems.push(why);
};

/** A step that is one test: passes when its command exits 0. */
function step(name, line) {
  const code = run(line);
  if (code === 0) passed += 1;
  else fail(1, `${name} failed (exit code ${code}).`);
  return code === 0;
}

function readFresh(file, since) {
  try {
    if (fs.statSync(file).mtimeMs < since) return null;
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs a test runner and counts its JSON report; `count` returns {passed, failed, skipped}. */
function runner(name, line, file, extraEnv, count) {
  fs.rmSync(file, { force: true });
  const since = Date.now() - 1000; // file systems with coarse timestamps
  const code = run(line, extraEnv);
  const report = readFresh(file, since);
  if (!report) {
    fail(1, `${name} wrote no report (exit code ${code}).`);
    return;
  }
  let c;
  try {
    c = count(report);
  } catch (e) {
    fail(1, `${name}: unreadable report (${e.message}).`);
    return;
  }
  passed += c.passed;
  skipped += c.skipped;
  if (c.failed > 0) fail(c.failed, `${name}: ${c.failed} failed.`);
  else if (code !== 0) fail(1, `${name} exited with code ${code} although no test failed (unhandled error?).`);
}

// Chromium, pdftotext and LibreOffice come from Debian; install them if missing (root only).
if (process.platform === 'linux') step('System packages (scripts/ensure-system-deps.sh)', cmd('SYSDEPS', 'bash scripts/ensure-system-deps.sh'));
const built = step('Build (electron-vite build)', cmd('BUILD', 'electron-vite build'));
step('Type check (tsc 7 --noEmit)', cmd('TYPECHECK', 'node node_modules/typescript7/bin/tsc --noEmit -p .'));
step('Lint (eslint --max-warnings 0)', cmd('LINT', 'eslint --max-warnings 0 .'));
step('Format (prettier --check)', cmd('FORMAT', 'prettier --check --log-level warn .'));

const vitestJson = path.join(reports, 'vitest.json');
runner('vitest', `${cmd('VITEST', 'vitest')} run --reporter=default --reporter=json --outputFile.json=${JSON.stringify(vitestJson)}`, vitestJson, {}, (v) => ({
  passed: v.numPassedTests,
  // A test file that fails to load has no test results of its own; count it once.
  failed: v.numFailedTests + (v.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).length).length,
  skipped: (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0),
}));

const playwrightJson = path.join(reports, 'playwright.json');
if (built) {
  runner('Playwright', `${cmd('PLAYWRIGHT', 'playwright')} test --reporter=list,json`, playwrightJson, { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson }, (p) => {
    for (const e of p.errors ?? []) console.error(e.message);
    return { passed: p.stats.expected + (p.stats.flaky ?? 0), failed: p.stats.unexpected + (p.errors ?? []).length, skipped: p.stats.skipped };
  });
} else fail(1, 'Playwright not run: the build failed.');

for (const p of problems) console.error(p);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
