/** The README's quick start: the insecure examples are reported rule by rule, their hardened twins are clean, and --fix converges. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formats } from '../../../server/src/formats';
import { checkedRules } from '../../../server/src/rules';
import { JsonEntry, runCli, temporaryTrees } from '../../helpers/cliRunner';
import { repoRoot } from '../../helpers/paths';

const examples = path.join(repoRoot, 'examples');

suite('examples', () => {
  const tree = temporaryTrees();

  test('the insecure tree exits 1 and shows a broad set of rules of every format', () => {
    const run = runCli(examples, ['--format', 'json', 'insecure']);
    assert.equal(run.status, 1, run.stderr);
    const entries = JSON.parse(run.stdout) as JsonEntry[];
    const found = new Set(entries.flatMap((entry) => entry.findings.map((finding) => finding.ruleId)));
    for (const format of formats) {
      const ofFormat = [...found].filter((id) => id.startsWith(`${format.id}/`));
      assert.ok(ofFormat.length >= 4, `${format.id}: only ${ofFormat.join(', ')}`);
    }
    assert.ok([...found].every((id) => checkedRules.some((rule) => rule.id === id)), 'only real rule findings: no syntax error, no engine rule');
  });

  test('the hardened tree is clean', () => {
    const run = runCli(examples, ['hardened']);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '');
    assert.equal(run.status, 0);
  });

  test('--fix on a copy of the insecure tree leaves only findings without a safe fix', () => {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else {
          files[path.relative(path.join(examples, 'insecure'), full)] = fs.readFileSync(full, 'utf8');
        }
      }
    };
    walk(path.join(examples, 'insecure'));
    const root = tree(files);
    runCli(root, ['--fix']);
    const after = JSON.parse(runCli(root, ['--format', 'json']).stdout) as JsonEntry[];
    const stillFixable = after.flatMap((entry) => entry.findings.filter((finding) => finding.fixable).map((finding) => `${entry.file}: ${finding.ruleId}`));
    assert.deepEqual(stillFixable, []);
    assert.ok(after.some((entry) => entry.findings.length > 0), 'fixes needing judgement must be left for the user');
  });
});
