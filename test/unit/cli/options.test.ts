/** sipmon-lint --quiet, --max-warnings and --config. */
import * as assert from 'node:assert/strict';
import { GORGONE_PATH, INSECURE_GORGONE, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';

const BROKEN_PATH = 'etc/Sipmon-gorgone/config.d/50-broken.yaml';
const BROKEN = 'gorgone:\n  gorgonecore: [\n';

suite('sipmon-lint options', () => {
  const tree = temporaryTrees();

  test('--quiet reports errors only', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, [BROKEN_PATH]: BROKEN });
    const run = runJson(root, ['--quiet']);
    assert.equal(run.status, 1);
    assert.deepEqual(run.entries.flatMap((entry) => entry.findings.map((finding) => finding.ruleId)), ['gorgone/syntax']);
    const stylish = runCli(root, ['--quiet']);
    assert.doesNotMatch(stylish.stdout, /warning {2}/);
    assert.match(stylish.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 infos\)/);
  });

  test('--quiet with warnings only prints nothing', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    assert.deepEqual(runCli(root, ['--quiet']), { status: 0, stdout: '', stderr: '' });
  });

  test('--max-warnings: exit 1 only when the warnings exceed the limit', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, 'etc/Sipmon-gorgone/config.d/41-other.yaml': INSECURE_GORGONE });
    assert.equal(runCli(root, ['--max-warnings', '2']).status, 0);
    const over = runCli(root, ['--max-warnings=1']);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /2 warnings found, more than the 1 allowed/);
    assert.equal(runCli(root, ['--max-warnings', '0', '--quiet']).status, 0);
  });

  test('--config sets a rule to error', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, 'strict.json': '{ "rules": { "gorgone/fingerprint-mode-always": "error" } }' });
    const run = runJson(root, ['--config', 'strict.json']);
    assert.equal(run.status, 1);
    assert.deepEqual(run.entries[0].findings.map((finding) => [finding.ruleId, finding.severity]), [['gorgone/fingerprint-mode-always', 'error']]);
  });

  test('--config replaces the looked-up .sipmonlint file', () => {
    const root = tree({
      [GORGONE_PATH]: INSECURE_GORGONE,
      '.sipmonlint.json': '{ "rules": { "gorgone/fingerprint-mode-always": "off" } }',
      'strict.yaml': 'rules:\n  gorgone/fingerprint-mode-always: error\n',
    });
    assert.deepEqual(runJson(root).entries[0].findings, []);
    assert.equal(runJson(root).status, 0);
    const run = runJson(root, ['--config', 'strict.yaml']);
    assert.equal(run.status, 1);
    assert.equal(run.entries[0].findings[0].severity, 'error');
  });

  test('ignores of the looked-up config leave files out', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, '.sipmonlint.yaml': 'ignores:\n  - etc/**\n' });
    assert.deepEqual(runJson(root).entries, []);
  });
});
