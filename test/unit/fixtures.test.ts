/** Fixture files: every finding is announced by a marker, hardened twins stay clean, and fixing converges. */
import * as assert from 'node:assert/strict';
import { lineStarts, positionOf } from '../../server/src/core/text';
import { Finding } from '../../server/src/core/types';
import { workspaceOf } from '../../server/src/core/workspace';
import { lintFile } from '../../server/src/linter';
import { expectedFindings, FixtureCase, fixtureCases, FixtureFile } from '../helpers/fixtures';
import { applyPreferredFixes } from '../helpers/preferredFixes';
import { testSecret } from '../helpers/ruleTester';

function lintIn(fixture: FixtureCase, file: FixtureFile, text = file.text): Finding[] {
  const neighbours = Object.fromEntries(fixture.files.map((other) => [other.virtualPath, other === file ? text : other.text]));
  const result = lintFile({ path: file.virtualPath, text, workspace: workspaceOf(neighbours), newSecret: testSecret });
  assert.ok(result, `${file.virtualPath} was not recognised as ${fixture.format}`);
  assert.deepEqual(result.engineErrors, []);
  return result.findings;
}

function located(text: string, findings: Finding[]): string[] {
  const starts = lineStarts(text);
  return findings.map((finding) => `${positionOf(starts, finding.span.start).line}:${finding.ruleId}`).sort();
}

suite('fixtures', () => {
  for (const fixture of fixtureCases()) {
    for (const file of fixture.files) {
      const label = `${fixture.format}/${fixture.rule}/${fixture.name}${fixture.files.length > 1 ? ` (${file.virtualPath})` : ''}`;
      if (file.kind === 'ok') {
        test(`${label} is clean`, () => {
          assert.deepEqual(located(file.text, lintIn(fixture, file)), []);
        });
        continue;
      }
      test(`${label} has exactly the marked findings`, () => {
        assert.deepEqual(located(file.text, lintIn(fixture, file)), expectedFindings(file.text));
      });
      test(`${label} converges when every preferred fix is applied`, () => {
        const before = lintIn(fixture, file).filter((finding) => finding.ruleId.endsWith('/syntax')).length;
        const { text, remaining } = applyPreferredFixes(file.text, (current) => lintIn(fixture, file, current));
        assert.deepEqual(remaining.filter((finding) => finding.fixes.length > 0).map((finding) => finding.ruleId), [], 'fixable findings remain');
        assert.equal(remaining.filter((finding) => finding.ruleId.endsWith('/syntax')).length, before, 'the fixes broke the syntax');
        assert.equal(text !== file.text, lintIn(fixture, file).some((finding) => finding.fixes.length > 0), 'the text changes exactly when something was fixable');
      });
    }
  }
});
