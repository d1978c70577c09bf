#!/usr/bin/env node
// Runs jest (ESM mode) with its usual report, then, from jest's --json output: every skipped suite
// with its reason, and the plain closing line CI reads: "N passed, N failed, N skipped".
//
//   --require-tests   fail when every selected test was skipped (unless ALLOW_SKIP=1): a gate such
//                     as `npm run test:integration` must not pass with nothing run.
//
// A skipped suite names its reason in its title, "<title> [skipped: <reason>]" (the helpers in
// libs/eventsourcing/src/testing/skip-with-reason.ts write it); a test skipped without one fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const out = 'test-results/jest.json';
const SKIP_REASON = /\[skipped: (.+)\]$/;
const args = process.argv.slice(2);
const requireTests = args.includes('--require-tests');
const jestArgs = args.filter((a) => a !== '--require-tests');
const filteredByName = jestArgs.some((a) => a === '-t' || a.startsWith('--testNamePattern'));

mkdirSync('test-results', { recursive: true });
if (existsSync(out)) rmSync(out);
const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--json', `--outputFile=${out}`, ...jestArgs],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = result.status ?? 1;
if (existsSync(out)) {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = report.numPendingTests + report.numTodoTests;

  const suites = new Map();
  const unexplained = [];
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'passed' || test.status === 'failed') continue;
      const titles = [...test.ancestorTitles, test.title];
      const reason = titles.map((t) => SKIP_REASON.exec(t)?.[1]).find(Boolean);
      const where = relative(process.cwd(), file.name);
      if (!reason) {
        unexplained.push(`${where}: ${titles.join(' › ')}`);
        continue;
      }
      const suite = titles.find((t) => SKIP_REASON.test(t)).replace(SKIP_REASON, '').trim();
      const key = `${where}\n${suite}\n${reason}`;
      suites.set(key, (suites.get(key) ?? 0) + 1);
    }
  }
  if (suites.size > 0) {
    console.log(`\nSkipped suites (${suites.size}), with their reasons:`);
    for (const [key, tests] of suites) {
      const [where, suite, reason] = key.split('\n');
      console.log(`  - ${where} › ${suite} (${tests} test${tests === 1 ? '' : 's'}): ${reason}`);
    }
  }
  if (unexplained.length > 0 && !filteredByName) {
    console.log(`\nSkipped without a reason (${unexplained.length}); skip with describeUnless/skippedSuite from #testing/eventsourcing:`);
    for (const line of unexplained) console.log(`  - ${line}`);
    exitCode ||= 1;
  }
  if (requireTests && passed + failed === 0 && process.env.ALLOW_SKIP !== '1') {
    console.log('\nNo test ran: every selected suite was skipped (reasons above); provide what they need, or set ALLOW_SKIP=1 to accept skipping.');
    exitCode ||= 1;
  }
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exitCode);
