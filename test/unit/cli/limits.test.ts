/** sipmon-lint on files over the size limit, and with a rule that throws: one line each, the rest still reported. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FILE_TOO_LARGE_ID } from '../../../server/src/core/fileSize';
import { EXIT_FAILURE, run } from '../../../server/src/cli/main';
import { GORGONE_PATH, INSECURE_GORGONE, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';
import { FAULT_TRIGGER, FAULTY_RULE_ID, rulesWithFaulty } from '../../helpers/faultyRule';

const OTHER_GORGONE_PATH = 'etc/Sipmon-gorgone/config.d/50-other.yaml';

suite('sipmon-lint: the file size limit', () => {
  const tree = temporaryTrees();

  test('a file over --max-file-size is reported once, on its first line, and the others are linted', () => {
    const big = `${INSECURE_GORGONE}${'# padding\n'.repeat(20)}`;
    const root = tree({ [GORGONE_PATH]: big, [OTHER_GORGONE_PATH]: INSECURE_GORGONE });
    const limit = String(INSECURE_GORGONE.length + 10);
    const { status, stderr, entries } = runJson(root, ['--max-file-size', limit]);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    const byFile = new Map(entries.map((entry) => [entry.file, entry.findings]));
    const skipped = byFile.get(GORGONE_PATH);
    assert.ok(skipped, 'the large file is reported');
    assert.deepEqual(skipped.map((finding) => [finding.ruleId, finding.severity, finding.line, finding.column, finding.endLine, finding.endColumn]), [
      [FILE_TOO_LARGE_ID, 'info', 1, 1, 1, 'gorgone:'.length + 1],
    ]);
    assert.equal(skipped[0].message, `This file is ${big.length} bytes, over the limit of ${limit} bytes ("maxFileSize"): it was not checked.`);
    assert.deepEqual(byFile.get(OTHER_GORGONE_PATH)?.map((finding) => finding.ruleId), ['gorgone/fingerprint-mode-always']);
  });

  test('the config file\'s maxFileSize applies, and --max-file-size wins over it', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, 'etc/.sipmonlint.json': '{ "maxFileSize": 10 }' });
    assert.deepEqual(runJson(root).entries[0].findings.map((finding) => finding.ruleId), [FILE_TOO_LARGE_ID]);
    assert.deepEqual(runJson(root, ['--max-file-size', '1000']).entries[0].findings.map((finding) => finding.ruleId), ['gorgone/fingerprint-mode-always']);
  });

  test('--fix leaves a file over the limit untouched', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const run = runCli(root, ['--fix', '--max-file-size', '10']);
    assert.equal(run.status, 0);
    assert.equal(fs.readFileSync(path.join(root, GORGONE_PATH), 'utf8'), INSECURE_GORGONE);
  });

  test('an oversized file is never read whole: a 3 GB file (more than Node can hold as one string) is reported, not failed', () => {
    const root = tree({});
    const file = path.join(root, GORGONE_PATH);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, INSECURE_GORGONE);
    // Sparse: the size is on record, the disk holds a few bytes.
    fs.truncateSync(file, 3 * 1024 ** 3);
    const { status, stderr, entries } = runJson(root);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.deepEqual(entries.map((entry) => entry.findings.map((finding) => finding.ruleId)), [[FILE_TOO_LARGE_ID]]);
    assert.match(entries[0].findings[0].message, /^This file is 3,221,225,472 bytes, over the limit of 5,242,880 bytes/);
  });

  test('--max-file-size takes a whole number of bytes', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    for (const wrong of ['5MB', '0', '-1', '']) {
      const run = runCli(root, [`--max-file-size=${wrong}`]);
      assert.equal(run.status, 2, wrong);
      assert.match(run.stderr, /--max-file-size expects a whole number of bytes/, wrong);
    }
  });
});

suite('sipmon-lint: a rule that throws', () => {
  const tree = temporaryTrees();

  function lintWithFaultyRule(root: string): { status: number; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const status = run(['--format', 'json', '.'], { cwd: root, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, rulesWithFaulty);
    return { status, stdout, stderr };
  }

  test('stderr names the rule once per file it failed on, the other findings are reported, and the exit code is 2', () => {
    const failing = `${INSECURE_GORGONE}# ${FAULT_TRIGGER}\n`;
    const root = tree({ [GORGONE_PATH]: failing, [OTHER_GORGONE_PATH]: INSECURE_GORGONE });
    const { status, stdout, stderr } = lintWithFaultyRule(root);
    assert.equal(status, EXIT_FAILURE);
    assert.deepEqual(stderr.split('\n').filter(Boolean), [`${GORGONE_PATH}: rule ${FAULTY_RULE_ID} failed: TypeError: failed on purpose at length ${failing.length}`]);
    const entries = JSON.parse(stdout) as { file: string; findings: { ruleId: string }[] }[];
    assert.deepEqual(entries.map((entry) => [entry.file, entry.findings.map((finding) => finding.ruleId)]), [
      [GORGONE_PATH, ['gorgone/fingerprint-mode-always']],
      [OTHER_GORGONE_PATH, ['gorgone/fingerprint-mode-always']],
    ]);
  });

  test('with --fix, still once per file: the fix passes in between are not reported', () => {
    const failing = `gorgone:\n  gorgonecore:\n    # ${FAULT_TRIGGER}\n    fingerprint_mode: always\n`;
    const root = tree({ [GORGONE_PATH]: failing });
    let stderr = '';
    const status = run(['--fix', '.'], { cwd: root, stdout: () => undefined, stderr: (text) => (stderr += text) }, rulesWithFaulty);
    assert.equal(status, EXIT_FAILURE);
    assert.notEqual(fs.readFileSync(path.join(root, GORGONE_PATH), 'utf8'), failing, 'a fix was applied, so the file was linted more than once');
    assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
    assert.match(stderr, new RegExp(`rule ${FAULTY_RULE_ID} failed`));
  });
});
