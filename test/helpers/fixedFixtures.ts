/** Fixture files as linted in their case, and with every preferred fix applied (the state the real-tool tests check). */
import * as assert from 'node:assert/strict';
import { applyEdits, overlaps } from '../../server/src/core/fixes';
import { Edit, Finding } from '../../server/src/core/types';
import { workspaceOf } from '../../server/src/core/workspace';
import { lintFile } from '../../server/src/linter';
import { FixtureCase, FixtureFile } from './fixtures';
import { testSecret } from './ruleTester';

/** Lints one file of a case with its neighbours around it. */
export function lintFixtureFile(fixture: FixtureCase, file: FixtureFile, text: string, texts: Map<FixtureFile, string>): Finding[] {
  const neighbours = Object.fromEntries(fixture.files.map((other) => [other.virtualPath, other === file ? text : texts.get(other) ?? other.text]));
  const result = lintFile({ path: file.virtualPath, text, workspace: workspaceOf(neighbours), newSecret: testSecret });
  assert.ok(result, `${file.virtualPath} was not recognised`);
  return result.findings;
}

/**
 * The texts of a case's files after applying every preferred fix (judgement calls included), file by file and
 * pass by pass, until nothing is left to fix; `.ok` files are left as they are.
 */
export function fixedTexts(fixture: FixtureCase): Map<FixtureFile, string> {
  const texts = new Map(fixture.files.map((file) => [file, file.text]));
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const file of fixture.files.filter((candidate) => candidate.kind === 'bad')) {
      const text = texts.get(file) as string;
      const taken: Edit[] = [];
      for (const finding of lintFixtureFile(fixture, file, text, texts)) {
        const edits = finding.fixes[0]?.edits ?? [];
        if (edits.length > 0 && edits.every((edit) => taken.every((other) => !overlaps(edit, other)))) {
          taken.push(...edits);
        }
      }
      if (taken.length > 0) {
        texts.set(file, applyEdits(text, taken));
        changed = true;
      }
    }
    if (!changed) {
      break;
    }
  }
  return texts;
}
