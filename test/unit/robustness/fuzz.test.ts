/** The mutation fuzzer over every fixture and corpus file of every format, 2,000 seeded cases each (`npm run fuzz` runs 100,000). */
import * as assert from 'node:assert/strict';
import { fuzzFormat } from '../../robustness/fuzzRun';
import { FUZZED_FORMATS } from '../../robustness/seeds';

const CASES_PER_FORMAT = 2000;

suite('robustness: mutation fuzzer', () => {
  for (const format of FUZZED_FORMATS) {
    test(`${format}: ${CASES_PER_FORMAT} mutated files lint without a throw, a failing rule, a slow lint or a range outside the text; every fix applies and re-lints`, function () {
      this.timeout(120_000);
      const report = fuzzFormat(format, CASES_PER_FORMAT);
      assert.ok(report.seedFiles > 0, `no fixture of ${format} to mutate`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.cases} cases failed; the first:\n  ${report.examples.join('\n  ')}`);
    });
  }
});
