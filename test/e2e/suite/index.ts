/** The extension tests' entry point (`extensionTestsPath`): runs one folder of suite/ with mocha inside the extension host. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { RESULTS_ENV, SUITE_ENV, SuiteName, SuiteResults } from '../protocol';
import { LineReporter } from './reporter';

const SUITES: readonly SuiteName[] = ['main', 'restricted', 'screenshots', 'activation'];

function suiteName(): SuiteName {
  const name = process.env[SUITE_ENV] ?? 'main';
  if (!(SUITES as readonly string[]).includes(name)) {
    throw new Error(`${SUITE_ENV}=${name} names no suite; expected one of ${SUITES.join(', ')}`);
  }
  return name as SuiteName;
}

function testFiles(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(folder, file));
}

export async function run(): Promise<void> {
  const suite = suiteName();
  const files = testFiles(path.join(__dirname, suite));
  if (files.length === 0) {
    throw new Error(`suite ${suite} has no compiled test file in ${__dirname}`);
  }
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: LineReporter, timeout: 60_000 });
  files.forEach((file) => mocha.addFile(file));
  const results: SuiteResults = { suite, passed: 0, failed: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => { results.passed += 1; });
    runner.on('fail', (test, error: Error) => {
      results.failed += 1;
      results.failures.push(`${test.fullTitle()}: ${error.message}`);
    });
  });
  const resultsFile = process.env[RESULTS_ENV];
  if (resultsFile) {
    fs.writeFileSync(resultsFile, JSON.stringify(results));
  }
  if (results.failed > 0 || results.passed === 0) {
    throw new Error(`${suite}: ${results.passed} passed, ${results.failed} failed`);
  }
}
