/** sipmon-lint exit codes: 0 clean, 1 error findings, 2 usage, I/O and configuration problems. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../../server/src/docs';
import { GORGONE_PATH, HARDENED_GORGONE, INSECURE_GORGONE, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';

suite('sipmon-lint exit codes', () => {
  const tree = temporaryTrees();

  test('0 and no output on a clean tree', () => {
    const root = tree({ [GORGONE_PATH]: HARDENED_GORGONE, 'docker-compose.yml': 'services:\n  web:\n    image: nginx\n' });
    const run = runCli(root);
    assert.deepEqual(run, { status: 0, stdout: '', stderr: '' });
  });

  test('0 when there are warnings only', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const run = runCli(root);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /gorgone\/fingerprint-mode-always/);
  });

  test('1 on an error finding (a syntax error)', () => {
    const root = tree({ [GORGONE_PATH]: 'gorgone:\n  gorgonecore: [\n' });
    const run = runCli(root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /gorgone\/syntax/);
  });

  test('2 on a missing path, after linting the others', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const run = runCli(root, ['no-such-folder', 'etc']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no-such-folder: no such file or folder/);
    assert.match(run.stdout, /gorgone\/fingerprint-mode-always/);
  });

  test('2 with the usage on an unknown option', () => {
    const root = tree({ [GORGONE_PATH]: HARDENED_GORGONE });
    const run = runCli(root, ['--colour']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--colour/);
    assert.match(run.stderr, /^Usage: sipmon-lint/m);
    assert.equal(run.stdout, '');
  });

  for (const args of [['--format', 'xml'], ['--max-warnings', 'many'], ['--format'], ['--fix=yes']]) {
    test(`2 on a bad value: ${args.join(' ')}`, () => {
      const root = tree({ [GORGONE_PATH]: HARDENED_GORGONE });
      const run = runCli(root, args);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^Usage: sipmon-lint/m);
    });
  }

  test('2 on a bad .sipmonlint.json, with file:line:col, and nothing under it is linted', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, '.sipmonlint.json': '{\n  "rules": {\n    "gorgone/no-such-rule": "off"\n  }\n}\n' });
    const run = runJson(root);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, '.sipmonlint.json:3:5: Unknown rule "gorgone/no-such-rule".\n');
    assert.deepEqual(run.entries, []);
  });

  test('2 on a --config file that is not valid JSON, before linting anything', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, 'lint.json': '{\n  "rules": {\n' });
    const run = runCli(root, ['--config', 'lint.json']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^lint\.json:\d+:\d+: Invalid JSON/);
    assert.equal(run.stdout, '');
  });

  test('2 on a --config file that does not exist', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const run = runCli(root, ['--config', 'missing.json']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.json: the config file no such file/);
  });

  test('2 on an unreadable Sipmon file, after reporting the others', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, 'etc/Sipmon-gorgone/config.d/50-locked.yaml': HARDENED_GORGONE });
    fs.chmodSync(path.join(root, 'etc/Sipmon-gorgone/config.d/50-locked.yaml'), 0o000);
    const run = runCli(root, [], true);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /50-locked\.yaml: cannot read the file/);
    assert.match(run.stdout, /gorgone\/fingerprint-mode-always/);
  });

  test('--help prints the usage and exits 0', () => {
    const root = tree({});
    const run = runCli(root, ['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: sipmon-lint/);
  });

  test('--version prints the package version', () => {
    const root = tree({});
    const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(runCli(root, ['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
