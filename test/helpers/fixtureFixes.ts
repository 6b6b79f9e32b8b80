/** Linting a fixture file among its case's files, and applying every preferred fix until nothing fixable is left. */
import * as assert from 'node:assert/strict';
import { applyEdits, overlaps } from '../../server/src/core/fixes';
import { Edit, Finding } from '../../server/src/core/types';
import { workspaceOf } from '../../server/src/core/workspace';
import { lintFile } from '../../server/src/linter';
import { FixtureCase, FixtureFile } from './fixtures';
import { testSecret } from './ruleTester';

/**
 * Lints one file of a case as `text`; its neighbours are the case's other files, as `texts` has them
 * (their fixed state) or as written.
 */
export function lintFixture(fixture: FixtureCase, file: FixtureFile, text = file.text, texts?: ReadonlyMap<FixtureFile, string>): Finding[] {
  const neighbours = Object.fromEntries(fixture.files.map((other) => [other.virtualPath, other === file ? text : texts?.get(other) ?? other.text]));
  const result = lintFile({ path: file.virtualPath, text, workspace: workspaceOf(neighbours), newSecret: testSecret });
  assert.ok(result, `${file.virtualPath} was not recognised as ${fixture.format}`);
  assert.deepEqual(result.engineErrors, []);
  return result.findings;
}

/** The preferred fixes (judgement calls included) that fit together, whole fixes only. */
function preferredEdits(findings: readonly Finding[]): Edit[] {
  const taken: Edit[] = [];
  for (const finding of findings) {
    const edits = finding.fixes[0]?.edits ?? [];
    if (edits.length > 0 && edits.every((edit) => taken.every((other) => !overlaps(edit, other)))) {
      taken.push(...edits);
    }
  }
  return taken;
}

/** Applies every preferred fix to one file, pass by pass, until nothing fixable is left (or 10 passes). */
export function fixEverything(fixture: FixtureCase, file: FixtureFile): { text: string; remaining: Finding[] } {
  let text = file.text;
  for (let pass = 0; pass < 10; pass++) {
    const findings = lintFixture(fixture, file, text);
    const edits = preferredEdits(findings);
    if (edits.length === 0) {
      return { text, remaining: findings };
    }
    text = applyEdits(text, edits);
  }
  return { text, remaining: lintFixture(fixture, file, text) };
}

/**
 * The texts of a case's files after every preferred fix, file by file and pass by pass, each file seeing its
 * neighbours' fixed state (the state the real-tool tests check); `.ok` files are left as they are.
 */
export function fixedTexts(fixture: FixtureCase): Map<FixtureFile, string> {
  const texts = new Map(fixture.files.map((file) => [file, file.text]));
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const file of fixture.files.filter((candidate) => candidate.kind === 'bad')) {
      const text = texts.get(file) as string;
      const edits = preferredEdits(lintFixture(fixture, file, text, texts));
      if (edits.length > 0) {
        texts.set(file, applyEdits(text, edits));
        changed = true;
      }
    }
    if (!changed) {
      break;
    }
  }
  return texts;
}
