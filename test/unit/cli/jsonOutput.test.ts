/** sipmon-lint --format json: one entry per linted file, 1-based positions, and which files are walked. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GORGONE_PATH, HARDENED_GORGONE, INSECURE_GORGONE, runJson, temporaryTrees } from '../../helpers/cliRunner';

const CONFIG_D = 'etc/Sipmon-gorgone/config.d';

suite('sipmon-lint --format json', () => {
  const tree = temporaryTrees();

  test('an entry with the exact shape and 1-based positions', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const run = runJson(root);
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(JSON.stringify(run.entries)), [{
      file: path.normalize(GORGONE_PATH),
      format: 'gorgone',
      findings: [{
        ruleId: 'gorgone/fingerprint-mode-always',
        severity: 'warning',
        message: 'fingerprint_mode "always" accepts any server key (no pinning, man-in-the-middle possible); use "first" or "strict".',
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 29,
        fixable: true,
      }],
    }]);
    assert.deepEqual(Object.keys(run.entries[0].findings[0]), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable']);
  });

  test('a clean Sipmon file has an entry; an unrelated YAML has none', () => {
    const root = tree({ [GORGONE_PATH]: HARDENED_GORGONE, 'docker-compose.yml': 'services:\n  web:\n    image: nginx\n' });
    const run = runJson(root);
    assert.deepEqual(run.entries.map((entry) => [entry.file, entry.findings.length]), [[path.normalize(GORGONE_PATH), 0]]);
  });

  test('positions count lines after CRLF and columns in UTF-16 units', () => {
    const root = tree({ [GORGONE_PATH]: 'gorgone:\r\n  gorgonecore:\r\n    name: "é😀"\r\n    fingerprint_mode: always\r\n' });
    const [finding] = runJson(root).entries[0].findings;
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [4, 23, 4, 29]);
    const emoji = tree({ [GORGONE_PATH]: 'gorgone:\n  gorgonecore: { name: "😀", fingerprint_mode: always }\n' });
    const [flow] = runJson(emoji).entries[0].findings;
    // "😀" is two UTF-16 units, so `always` spans units 48 to 53 of the line.
    assert.deepEqual([flow.line, flow.column, flow.endColumn], [2, 48, 54]);
  });

  test('folders are walked in sorted order, skipping node_modules and .git', () => {
    const root = tree({
      [`${CONFIG_D}/b.yaml`]: INSECURE_GORGONE,
      [`${CONFIG_D}/a.yaml`]: INSECURE_GORGONE,
      [`${CONFIG_D}/sub/c.yaml`]: INSECURE_GORGONE,
      [`node_modules/pkg/etc/Sipmon-gorgone/x.yaml`]: INSECURE_GORGONE,
      [`.git/Sipmon-gorgone/y.yaml`]: INSECURE_GORGONE,
    });
    const files = runJson(root).entries.map((entry) => entry.file);
    assert.deepEqual(files, [`${CONFIG_D}/a.yaml`, `${CONFIG_D}/b.yaml`, `${CONFIG_D}/sub/c.yaml`].map(path.normalize));
  });

  test('explicit paths keep their order; a file reached twice is linted once', () => {
    const root = tree({ [`${CONFIG_D}/b.yaml`]: INSECURE_GORGONE, [`${CONFIG_D}/a.yaml`]: INSECURE_GORGONE });
    const files = runJson(root, [`${CONFIG_D}/b.yaml`, 'etc']).entries.map((entry) => entry.file);
    assert.deepEqual(files, [`${CONFIG_D}/b.yaml`, `${CONFIG_D}/a.yaml`].map(path.normalize));
  });

  test('a symbolic link loop is walked once and ends', function () {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    try {
      fs.symlinkSync('..', path.join(root, CONFIG_D, 'loop'), 'dir');
    } catch {
      this.skip(); // no symbolic links here (Windows without the privilege)
    }
    const run = runJson(root);
    assert.equal(run.status, 0);
    assert.deepEqual(run.entries.map((entry) => entry.file), [path.normalize(GORGONE_PATH)]);
  });

  test('a file outside the current folder is named by its absolute path', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE, 'work/README': 'x\n' });
    const run = runJson(path.join(root, 'work'), [path.join('..', GORGONE_PATH)]);
    assert.deepEqual(run.entries.map((entry) => entry.file), [path.join(root, GORGONE_PATH)]);
  });
});
