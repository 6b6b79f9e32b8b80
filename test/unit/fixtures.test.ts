/** Fixture files: every finding is announced by a marker, hardened twins stay clean, and fixing converges. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lineStarts, positionOf } from '../../server/src/core/text';
import { Finding } from '../../server/src/core/types';
import { fixEverything, lintFixture } from '../helpers/fixtureFixes';
import { expectedFindings, fixtureCases, SIDECAR_SUFFIX, sidecarFindings } from '../helpers/fixtures';
import { fixturesRoot } from '../helpers/paths';

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
          assert.deepEqual(located(file.text, lintFixture(fixture, file)), []);
        });
        continue;
      }
      test(`${label} has exactly the marked findings`, () => {
        assert.deepEqual(located(file.text, lintFixture(fixture, file)), file.expected);
      });
      test(`${label} converges when every preferred fix is applied`, () => {
        const before = lintFixture(fixture, file).filter((finding) => finding.ruleId.endsWith('/syntax')).length;
        const { text, remaining } = fixEverything(fixture, file);
        assert.deepEqual(remaining.filter((finding) => finding.fixes.length > 0).map((finding) => finding.ruleId), [], 'fixable findings remain');
        assert.equal(remaining.filter((finding) => finding.ruleId.endsWith('/syntax')).length, before, 'the fixes broke the syntax');
        assert.equal(text !== file.text, lintFixture(fixture, file).some((finding) => finding.fixes.length > 0), 'the text changes exactly when something was fixable');
      });
    }
  }
});

suite('fixture markers', () => {
  test('a marker points at the next line that is not a marker', () => {
    assert.deepEqual(expectedFindings('a\n# expect-next: x/a, x/b\n<!-- expect-next: x/c -->\nb\n'), ['4:x/a', '4:x/b', '4:x/c']);
  });

  test('a sidecar lists "<line> <rule-id>[, <rule-id>]", with comments and blank lines', () => {
    assert.deepEqual(sidecarFindings('# why\n\n12 broker/a\n3 broker/b, broker/c  # note\n'), ['12:broker/a', '3:broker/b', '3:broker/c']);
    assert.throws(() => sidecarFindings('broker/a 12\n', 'x.expect'), /x\.expect:1/);
  });

  test('every sidecar belongs to a .bad fixture next to it', () => {
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.name.endsWith(SIDECAR_SUFFIX) ? [full] : [];
    });
    for (const sidecar of walk(fixturesRoot)) {
      const fixture = sidecar.slice(0, -SIDECAR_SUFFIX.length);
      assert.ok(/\.bad\.[^.]+$/.test(fixture) && fs.existsSync(fixture), `${path.relative(fixturesRoot, sidecar)} has no .bad fixture`);
    }
  });
});
