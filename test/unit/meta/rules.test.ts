/** Meta tests: every rule is registered, named by its path, documented, table-tested and has a fixture pair. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkedRules, allRules, engineRules } from '../../../server/src/rules';
import { fixtureCases } from '../../helpers/fixtures';
import { repoRoot } from '../../helpers/paths';

const rulesDir = path.join(repoRoot, 'server', 'src', 'rules');

/** Rule ids derived from the files under server/src/rules/<format>/<name>.ts. */
function ruleFileIds(): string[] {
  return fs.readdirSync(rulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => fs.readdirSync(path.join(rulesDir, dir.name)).filter((file) => file.endsWith('.ts')).map((file) => `${dir.name}/${file.slice(0, -3)}`))
    .sort();
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

suite('meta: rules', () => {
  test('the registry lists every rule file, once, under the id its path gives', () => {
    assert.deepEqual(allRules.map((rule) => rule.id), ruleFileIds());
    for (const id of ruleFileIds()) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(path.join(repoRoot, 'out', 'server', 'src', 'rules', `${id}.js`)) as { default: { id: string } };
      assert.equal(module.default.id, id, `the rule in rules/${id}.ts declares another id`);
    }
  });

  test('every rule has a documentation page that names it', () => {
    for (const rule of allRules) {
      const page = path.join(repoRoot, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(page), `missing docs/rules/${rule.id}.md`);
      assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# ${rule.id}\\n`), `docs/rules/${rule.id}.md must start with "# ${rule.id}"`);
    }
  });

  test('every checked rule has a table test with valid and invalid cases, and `output` when it fixes', () => {
    for (const rule of checkedRules) {
      const file = path.join(repoRoot, 'test', 'unit', 'rules', `${rule.id}.test.ts`);
      assert.ok(fs.existsSync(file), `missing test/unit/rules/${rule.id}.test.ts`);
      const source = fs.readFileSync(file, 'utf8');
      assert.match(source, /valid:\s*\[\s*\S/, `${rule.id}: no valid case`);
      assert.match(source, /invalid:\s*\[\s*\{/, `${rule.id}: no invalid case`);
      if (rule.fixable) {
        assert.match(source, /output:/, `${rule.id} is fixable but no case checks its output`);
      }
    }
  });

  test('every checked rule has a triggering fixture and a hardened one', () => {
    const cases = fixtureCases();
    for (const rule of checkedRules) {
      const [format, name] = rule.id.split('/');
      const files = cases.filter((fixture) => fixture.format === format && fixture.rule === name).flatMap((fixture) => fixture.files);
      assert.ok(files.some((file) => file.kind === 'bad' && file.expected.some((expected) => expected.endsWith(`:${rule.id}`))), `${rule.id}: no .bad fixture marking it`);
      assert.ok(files.some((file) => file.kind === 'ok'), `${rule.id}: no .ok fixture`);
    }
  });

  test('metadata is complete: severity, one-line description, rationale, messages for checked rules', () => {
    for (const rule of allRules) {
      assert.ok(['error', 'warning', 'info'].includes(rule.severity), rule.id);
      assert.ok(rule.description.length > 0 && !rule.description.includes('\n'), `${rule.id}: description must be one line`);
      assert.ok(rule.rationale.length > 0, `${rule.id}: rationale`);
    }
    for (const rule of checkedRules) {
      assert.ok(Object.keys(rule.messages).length > 0, `${rule.id}: messages`);
    }
    assert.ok(engineRules.every((rule) => !checkedRules.includes(rule as never)));
  });

  test('core, formats and rules import nothing from vscode', () => {
    for (const layer of ['core', 'formats', 'rules']) {
      for (const file of sourceFiles(path.join(repoRoot, 'server', 'src', layer))) {
        const imports = fs.readFileSync(file, 'utf8').match(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g) ?? [];
        const offending = imports.filter((line) => /['"]vscode/.test(line));
        assert.deepEqual(offending, [], `${path.relative(repoRoot, file)} imports vscode`);
      }
    }
  });
});
