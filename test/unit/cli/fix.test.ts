/** sipmon-lint --fix: rewrites only what the safe fixes change, keeps line endings, leaves other files alone. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GORGONE_PATH, HARDENED_GORGONE, INSECURE_GORGONE, readTreeFile, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';

const CONFIG_D = 'etc/Sipmon-gorgone/config.d';

suite('sipmon-lint --fix', () => {
  const tree = temporaryTrees();

  test('rewrites the insecure value and nothing else, then reports nothing', () => {
    const before = '# Gorgone core\ngorgone:\n  gorgonecore:\n    id: 1   # the central\n    fingerprint_mode: always   # TODO\n    privkey: "/var/lib/Sipmon-gorgone/.keys/rsakey.priv.pem"\n';
    const root = tree({ [GORGONE_PATH]: before });
    const run = runCli(root, ['--fix']);
    assert.deepEqual(run, { status: 0, stdout: '', stderr: '' });
    assert.equal(readTreeFile(root, GORGONE_PATH), before.replace('fingerprint_mode: always', 'fingerprint_mode: first'));
  });

  test('keeps CRLF line endings', () => {
    const root = tree({ [GORGONE_PATH]: 'gorgone:\r\n  gorgonecore:\r\n    fingerprint_mode: always\r\n' });
    runCli(root, ['--fix']);
    assert.equal(readTreeFile(root, GORGONE_PATH), 'gorgone:\r\n  gorgonecore:\r\n    fingerprint_mode: first\r\n');
  });

  test('removes a suppression that silences nothing, whole line', () => {
    const root = tree({ [GORGONE_PATH]: 'gorgone:\n  gorgonecore:\n    # sipmon-disable-next-line gorgone/fingerprint-mode-always -- legacy poller\n    id: 1\n' });
    runCli(root, ['--fix']);
    assert.equal(readTreeFile(root, GORGONE_PATH), 'gorgone:\n  gorgonecore:\n    id: 1\n');
  });

  test('leaves a suppressed finding alone and does not rewrite the file', () => {
    const text = 'gorgone:\n  gorgonecore:\n    # sipmon-disable-next-line gorgone/fingerprint-mode-always -- legacy poller\n    fingerprint_mode: always\n';
    const root = tree({ [GORGONE_PATH]: text });
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(path.join(root, GORGONE_PATH), past, past);
    const run = runCli(root, ['--fix']);
    assert.equal(run.status, 0);
    assert.equal(readTreeFile(root, GORGONE_PATH), text);
    assert.equal(fs.statSync(path.join(root, GORGONE_PATH)).mtimeMs, past.getTime());
  });

  test('does not write files that need no fix, nor files that are not linted', () => {
    const others = { [`${CONFIG_D}/50-hardened.yaml`]: HARDENED_GORGONE, 'docker-compose.yml': 'services:\n  web:\n    image: nginx\n' };
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, ...others });
    const past = new Date('2020-01-01T00:00:00Z');
    for (const file of Object.keys(others)) {
      fs.utimesSync(path.join(root, file), past, past);
    }
    runCli(root, ['--fix']);
    for (const [file, text] of Object.entries(others)) {
      assert.equal(readTreeFile(root, file), text);
      assert.equal(fs.statSync(path.join(root, file)).mtimeMs, past.getTime(), file);
    }
    assert.equal(readTreeFile(root, GORGONE_PATH), HARDENED_GORGONE.replace('strict', 'first'));
  });

  test('reports what remains and exits on it: a syntax error is not fixed', () => {
    const broken = 'gorgone:\n  gorgonecore: [\n';
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, [`${CONFIG_D}/50-broken.yaml`]: broken });
    const run = runJson(root, ['--fix']);
    assert.equal(run.status, 1);
    assert.equal(readTreeFile(root, `${CONFIG_D}/50-broken.yaml`), broken);
    assert.deepEqual(run.entries.map((entry) => [entry.file, entry.findings.map((finding) => finding.ruleId)]), [
      [path.normalize(GORGONE_PATH), []],
      [path.normalize(`${CONFIG_D}/50-broken.yaml`), ['gorgone/syntax']],
    ]);
  });

  test('never creates files', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const list = () => fs.readdirSync(root, { recursive: true }).map(String).sort();
    const before = list();
    runCli(root, ['--fix']);
    assert.deepEqual(list(), before);
  });
});
