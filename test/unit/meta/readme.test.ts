/** The README's rule table is the registry's: adding, renaming or describing a rule without regenerating fails. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withRuleTable } from '../../../server/src/tools/ruleTable';
import { repoRoot } from '../../helpers/paths';

suite('meta: README', () => {
  test('the rule table matches the registry', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    assert.equal(readme, withRuleTable(readme), 'run: node out/server/src/tools/ruleTable.js');
  });

  test('every docs page the README links exists', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\(((?:docs|examples)\/[^)#]+)\)/g)) {
      assert.ok(fs.existsSync(path.join(repoRoot, target)), `README links a missing ${target}`);
    }
  });
});
