// `npm test`: every test layer in order, then one plain summary line `N passed, N failed[, N skipped]`.
// Type-checks, lint, the build and the security scan count as one check each; test runners report
// their own test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installedElectronBinary } from './electron-binary';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const rows: Array<{ step: string } & Counts & { note?: string }> = [];

function run(args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(npx, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(step: string, args: string[]): boolean {
  console.log(`\n▶ ${step}`);
  const ok = run(args);
  rows.push({ step, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function vitest(step: string): void {
  console.log(`\n▶ ${step}`);
  const output = join(reports, 'vitest.json');
  const ok = run(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson(output) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  if (!report) {
    rows.push({ step, passed: 0, failed: 1, skipped: 0, note: 'no report' });
    return;
  }
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  rows.push({ step, passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests });
}

function playwright(step: string, config: string, name: string, note?: string): void {
  console.log(`\n▶ ${step}`);
  const output = join(reports, `${name}.json`);
  const ok = run(['playwright', 'test', '-c', config], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson(output) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } } | null;
  if (!report) {
    rows.push({ step, passed: 0, failed: 1, skipped: 0, note: 'no report' });
    return;
  }
  const { expected, unexpected, skipped, flaky } = report.stats;
  const flakyNote = flaky > 0 ? `${flaky} passed only on retry` : undefined;
  rows.push({ step, passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1), skipped, note: [note, flakyNote].filter(Boolean).join('; ') || undefined });
}

check('Type-check (node project)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
check('Type-check (web project)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
check('Lint', ['eslint', '--max-warnings=0', '.']);
vitest('Unit tests (Node)');
const built = check('Build (main, preload, renderer)', ['electron-vite', 'build', '--logLevel', 'warn']);
if (built) {
  check('Security scan (electronegativity)', ['tsx', 'scripts/security-scan.ts']);
  playwright('End-to-end tests (web host, Chromium)', 'playwright.config.ts', 'e2e');
  const binary = installedElectronBinary();
  if (binary) {
    playwright('Electron tests', 'playwright.electron.config.ts', 'electron');
  } else {
    console.log("\n▶ Electron tests: skipped — Electron's binary is not installed on this machine (it cannot be downloaded here).");
    playwright('Electron tests', 'playwright.electron.config.ts', 'electron', 'binary not installed');
  }
}

const total = rows.reduce((sum, row) => ({ passed: sum.passed + row.passed, failed: sum.failed + row.failed, skipped: sum.skipped + row.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log('\nSummary');
for (const row of rows) {
  const mark = row.failed > 0 ? '✗' : '✓';
  console.log(`  ${mark} ${row.step.padEnd(40)} ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped${row.note ? ` (${row.note})` : ''}`);
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
