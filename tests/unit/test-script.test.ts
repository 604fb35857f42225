import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `npm test` (scripts/test.mjs) must never report green when something failed. Here it runs with
// every step replaced by a stand-in (WERKSTATT_TEST_* commands), reports in a temp folder.
const root = path.resolve(__dirname, '../..');
let dir: string;
let standIn: string;

const GOOD_VITEST = {
  numPassedTests: 339,
  numFailedTests: 0,
  numPendingTests: 2,
  numTodoTests: 0,
  testResults: [{ status: 'passed', assertionResults: [{}] }],
};
const BAD_VITEST = { numPassedTests: 330, numFailedTests: 9, numPendingTests: 0, numTodoTests: 0, testResults: [{ status: 'failed', assertionResults: [{}] }] };
const GOOD_PW = { stats: { expected: 40, unexpected: 0, skipped: 3, flaky: 0 }, errors: [] };
const BAD_PW = { stats: { expected: 38, unexpected: 2, skipped: 3, flaky: 0 }, errors: [] };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-testscript-'));
  standIn = path.join(dir, 'stand-in.mjs');
  // argv: runner (vitest|playwright), exit code, report (JSON text or "none"); the report path comes
  // the way the real runners get it: --outputFile.json=… for vitest, an env variable for Playwright.
  fs.writeFileSync(
    standIn,
    `import fs from 'node:fs';
const [runner, code, report] = process.argv.slice(2);
const arg = process.argv.find((a) => a.startsWith('--outputFile.json='));
const file = runner === 'vitest' ? arg.slice('--outputFile.json='.length) : process.env.PLAYWRIGHT_JSON_OUTPUT_FILE;
if (report !== 'none') fs.writeFileSync(file, Buffer.from(report, 'base64'));
process.exit(Number(code));
`,
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ok = `"${process.execPath}" -e 0`;
const bad = `"${process.execPath}" -e "process.exit(1)"`;
const runnerCmd = (runner: string, code: number, report: object | 'none') =>
  `"${process.execPath}" "${standIn}" ${runner} ${code} ${report === 'none' ? 'none' : Buffer.from(JSON.stringify(report)).toString('base64')}`;
/** Steps that count one test each: system packages (Linux only), build, type check, lint, format. */
const STEPS = process.platform === 'linux' ? 5 : 4;

function runScript(opts: { vitest: string; playwright: string; lint?: string; format?: string; stale?: boolean }) {
  const reports = fs.mkdtempSync(path.join(dir, 'reports-'));
  if (opts.stale) {
    // A green report from an earlier run: must never be counted again.
    fs.writeFileSync(path.join(reports, 'vitest.json'), JSON.stringify(GOOD_VITEST));
    fs.writeFileSync(path.join(reports, 'playwright.json'), JSON.stringify(GOOD_PW));
  }
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/test.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      WERKSTATT_TEST_REPORTS: reports,
      WERKSTATT_TEST_SYSDEPS: ok,
      WERKSTATT_TEST_BUILD: ok,
      WERKSTATT_TEST_TYPECHECK: ok,
      WERKSTATT_TEST_LINT: opts.lint ?? ok,
      WERKSTATT_TEST_FORMAT: opts.format ?? ok,
      WERKSTATT_TEST_VITEST: opts.vitest,
      WERKSTATT_TEST_PLAYWRIGHT: opts.playwright,
    },
  });
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, last: lines[lines.length - 1], err: r.stderr };
}

const LINE = /^\d+ passed, \d+ failed, \d+ skipped$/;

describe('scripts/test.mjs', () => {
  test('runners that exit 1 with a stale green report present: failure, the old report is not counted', () => {
    const r = runScript({ vitest: runnerCmd('vitest', 1, 'none'), playwright: runnerCmd('playwright', 1, 'none'), stale: true });
    expect(r.code).toBe(1);
    expect(r.last).toBe(`${STEPS} passed, 2 failed, 0 skipped`);
    expect(r.err).toMatch(/vitest wrote no report/);
  });

  test('runners that exit 0 but write no report: failure', () => {
    const r = runScript({ vitest: runnerCmd('vitest', 0, 'none'), playwright: runnerCmd('playwright', 0, 'none') });
    expect(r.code).toBe(1);
    expect(r.last).toBe(`${STEPS} passed, 2 failed, 0 skipped`);
  });

  test('reports with failed tests: every failed test counts', () => {
    const r = runScript({ vitest: runnerCmd('vitest', 1, BAD_VITEST), playwright: runnerCmd('playwright', 1, BAD_PW) });
    expect(r.code).toBe(1);
    expect(r.last).toBe(`${STEPS + 330 + 38} passed, 11 failed, 3 skipped`);
  });

  test('a runner that exits 1 with an all-green report (an unhandled rejection): failure', () => {
    const r = runScript({ vitest: runnerCmd('vitest', 1, GOOD_VITEST), playwright: runnerCmd('playwright', 0, GOOD_PW) });
    expect(r.code).toBe(1);
    expect(r.last).toBe(`${STEPS + 339 + 40} passed, 1 failed, 5 skipped`);
    expect(r.err).toMatch(/vitest exited with code 1/);
  });

  test('lint and format failures count as failed tests', () => {
    const r = runScript({ vitest: runnerCmd('vitest', 0, GOOD_VITEST), playwright: runnerCmd('playwright', 0, GOOD_PW), lint: bad, format: bad });
    expect(r.code).toBe(1);
    expect(r.last).toBe(`${STEPS - 2 + 339 + 40} passed, 2 failed, 5 skipped`);
    expect(r.err).toMatch(/Lint .*failed/);
    expect(r.err).toMatch(/Format .*failed/);
  });

  test('only when everything passes does it exit 0', () => {
    const r = runScript({ vitest: runnerCmd('vitest', 0, GOOD_VITEST), playwright: runnerCmd('playwright', 0, GOOD_PW) });
    expect(r.last).toMatch(LINE);
    expect(r.last).toBe(`${STEPS + 339 + 40} passed, 0 failed, 5 skipped`);
    expect(r.code).toBe(0);
  });
});
