/**
 * `npm test` after the build: runs the vitest projects one tier at a time, fastest first, prints
 * each tier's wall time and counts, then one plain `N passed, N failed, N skipped` line summed over
 * the tiers (from vitest's JSON reporter, the line CI reads). Exit code 1 if any tier failed or no
 * test ran. Usage: tsx scripts/testTiers.ts [tier …] (default: every tier in TIERS order).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TIERS = ['unit', 'dom', 'integration', 'built', 'e2e'] as const;

interface JsonReport {
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
}

const requested = process.argv.slice(2);
const tiers = requested.length ? requested : [...TIERS];
const reportDir = mkdtempSync(path.join(tmpdir(), 'fw-test-tiers-'));
const rows: string[] = [];
/** "tier › file › test" for every failed test, repeated at the end so a truncated log keeps them. */
const failures: string[] = [];
const total = { passed: 0, failed: 0, skipped: 0, ran: 0 };
let failedTier = false;

for (const tier of tiers) {
  const report = path.join(reportDir, `${tier}.json`);
  const started = process.hrtime.bigint();
  console.log(`\n::: tier ${tier}`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--project', tier, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!existsSync(report)) {
    failedTier = true;
    total.failed += 1;
    rows.push(
      `${tier.padEnd(12)} ${seconds.toFixed(1).padStart(7)} s   no report (the runner failed before the tests)`,
    );
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
  const skipped = r.numPendingTests + r.numTodoTests;
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  total.skipped += skipped;
  total.ran += r.numTotalTests;
  if (run.status !== 0) failedTier = true;
  for (const file of r.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'failed') {
        failures.push(`${tier} › ${path.relative(process.cwd(), file.name)} › ${test.fullName}`);
      }
    }
  }
  rows.push(
    `${tier.padEnd(12)} ${seconds.toFixed(1).padStart(7)} s   ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`,
  );
}
rmSync(reportDir, { recursive: true, force: true });

if (failures.length) {
  console.log('\nFailed tests:');
  for (const failure of failures) console.log(`  ${failure}`);
}
console.log('\nTest tiers (wall time):');
for (const row of rows) console.log(`  ${row}`);
if (total.ran === 0) console.error('No test ran.');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedTier || total.failed > 0 || total.ran === 0 ? 1 : 0);
