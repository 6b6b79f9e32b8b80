/** Linting a fixture file among its case's files, and applying every preferred fix until nothing fixable is left. */
import * as assert from 'node:assert/strict';
import { applyEdits, overlaps } from '../../server/src/core/fixes';
import { Edit, Finding } from '../../server/src/core/types';
import { workspaceOf } from '../../server/src/core/workspace';
import { lintFile } from '../../server/src/linter';
import { FixtureCase, FixtureFile } from './fixtures';
import { testSecret } from './ruleTester';

/** Lints one file of a case, its neighbours being the case's other files (as `text` replaces the file's own). */
export function lintFixture(fixture: FixtureCase, file: FixtureFile, text = file.text): Finding[] {
  const neighbours = Object.fromEntries(fixture.files.map((other) => [other.virtualPath, other === file ? text : other.text]));
  const result = lintFile({ path: file.virtualPath, text, workspace: workspaceOf(neighbours), newSecret: testSecret });
  assert.ok(result, `${file.virtualPath} was not recognised as ${fixture.format}`);
  assert.deepEqual(result.engineErrors, []);
  return result.findings;
}

/** Applies every preferred fix, whole fixes only, until nothing fixable is left (or 10 passes). */
export function fixEverything(fixture: FixtureCase, file: FixtureFile): { text: string; remaining: Finding[] } {
  let text = file.text;
  for (let pass = 0; pass < 10; pass++) {
    const findings = lintFixture(fixture, file, text);
    const taken: Edit[] = [];
    for (const finding of findings) {
      const edits = finding.fixes[0]?.edits ?? [];
      if (edits.length > 0 && edits.every((edit) => taken.every((other) => !overlaps(edit, other)))) {
        taken.push(...edits);
      }
    }
    if (taken.length === 0) {
      return { text, remaining: findings };
    }
    text = applyEdits(text, taken);
  }
  return { text, remaining: lintFixture(fixture, file, text) };
}
