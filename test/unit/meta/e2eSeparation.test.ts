/** Only test/e2e runs inside VS Code: the unit tests import nothing from `vscode`, and mocha never loads the e2e files. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/paths';

function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => path.join(dir, file));
}

suite('meta: unit and end-to-end tests apart', () => {
  test('unit tests and their helpers import nothing from vscode', () => {
    for (const file of [...typeScriptFiles(path.join(repoRoot, 'test', 'unit')), ...typeScriptFiles(path.join(repoRoot, 'test', 'helpers'))]) {
      const imports = fs.readFileSync(file, 'utf8').match(/(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/g) ?? [];
      assert.deepEqual(imports, [], `${path.relative(repoRoot, file)} imports vscode: only test/e2e runs inside VS Code`);
    }
  });

  test('mocha runs the unit tests only', () => {
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, '.mocharc.json'), 'utf8')) as { spec: string[] };
    assert.deepEqual(config.spec, ['out/test/unit/**/*.test.js']);
  });
});
