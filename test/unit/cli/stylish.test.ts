/** sipmon-lint default output: ESLint's "stylish" layout. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { GORGONE_PATH, HARDENED_GORGONE, runCli, temporaryTrees } from '../../helpers/cliRunner';

suite('sipmon-lint stylish output', () => {
  const tree = temporaryTrees();

  test('a header per file, aligned rows and the summary', () => {
    const filler = Array.from({ length: 8 }, (_, index) => `    key${index}: ${index}\n`).join('');
    const root = tree({
      [GORGONE_PATH]: `gorgone:\n  gorgonecore:\n    # sipmon-disable-next-line gorgone/fingerprint-mode-always\n    id: 1\n${filler}    fingerprint_mode: always\n`,
      'etc/Sipmon-gorgone/config.d/50-broken.yaml': 'gorgone:\n  gorgonecore: [\n',
    });
    const run = runCli(root);
    assert.equal(run.status, 1);
    const blocks = run.stdout.split('\n\n');
    assert.equal(blocks.length, 3);
    const [first, second, summary] = blocks.map((block) => block.split('\n'));
    assert.equal(first[0], path.normalize(GORGONE_PATH));
    assert.equal(second[0], path.normalize('etc/Sipmon-gorgone/config.d/50-broken.yaml'));
    const rows = first.slice(1);
    assert.match(rows[0], /^ {3}3:32 {2}info {5}This sipmon-disable-next-line comment silences no "gorgone\/fingerprint-mode-always" finding\. +sipmon\/unused-suppression$/);
    assert.match(rows[1], /^ {2}13:23 {2}warning {2}fingerprint_mode "always" .* {2}gorgone\/fingerprint-mode-always$/);
    // Columns line up: the colon of line:col, and where the rule id starts.
    assert.equal(rows[0].indexOf(':'), rows[1].indexOf(':'));
    assert.equal(rows[0].indexOf('sipmon/'), rows[1].indexOf('gorgone/'));
    assert.match(second[1], /^ {2}3:1 {2}error {2}.* {2}gorgone\/syntax$/);
    assert.deepEqual(summary, ['✖ 3 problems (1 error, 1 warning, 1 info)', '  2 fixable with --fix', '']);
  });

  test('nothing at all when clean', () => {
    const root = tree({ [GORGONE_PATH]: HARDENED_GORGONE });
    assert.equal(runCli(root).stdout, '');
  });
});
