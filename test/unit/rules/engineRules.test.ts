/** Findings the engine makes itself: syntax errors and suppression checks, seen through the whole linter. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/fixes';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { lintFile } from '../../../server/src/linter';

const PATH = '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';

function findings(text: string) {
  const result = lintFile({ path: PATH, text, workspace: emptyWorkspace });
  assert.ok(result);
  assert.deepEqual(result.engineErrors, []);
  return result.findings.map((finding) => ({ ruleId: finding.ruleId, at: text.slice(finding.span.start, finding.span.end), finding }));
}

suite('gorgone/syntax', () => {
  test('valid: !include and quoted placeholders parse', () => {
    assert.deepEqual(findings('configuration: !include /etc/Sipmon-gorgone/config.d/*.yaml\npassword: "@GORGONE_PASSWORD@"\n'), []);
  });

  test('invalid: an unquoted @placeholder is an error at its position, and rules still run', () => {
    const text = 'gorgone:\n  gorgonecore:\n    fingerprint_mode: always\n    key: @X@\n';
    const found = findings(text);
    assert.deepEqual(found.map((item) => item.ruleId), ['gorgone/fingerprint-mode-always', 'gorgone/syntax']);
    assert.equal(found[1].finding.severity, 'error');
    assert.ok(text.slice(found[1].finding.span.start).startsWith('@'));
  });

  test('invalid: a duplicate key', () => {
    assert.deepEqual(findings('a: 1\na: 2\n').map((item) => item.ruleId), ['gorgone/syntax']);
  });
});

suite('sipmon/unknown-rule and sipmon/unused-suppression', () => {
  const insecure = 'gorgone:\n  gorgonecore:\n    # sipmon-disable-next-line gorgone/fingerprint-mode-always -- lab\n    fingerprint_mode: always\n';

  test('valid: a used suppression silences its finding and is not reported', () => {
    assert.deepEqual(findings(insecure), []);
  });

  test('invalid: an unknown rule id', () => {
    const found = findings(insecure.replace('fingerprint-mode-always --', 'fingerprint-mode --'));
    assert.deepEqual(found.map((item) => [item.ruleId, item.at]), [
      ['sipmon/unknown-rule', 'gorgone/fingerprint-mode'],
      ['gorgone/fingerprint-mode-always', 'always'],
    ]);
  });

  test('invalid: a suppression with nothing to silence, and its fix', () => {
    const text = insecure.replace('mode: always', 'mode: first');
    const [unused] = findings(text);
    assert.equal(unused.ruleId, 'sipmon/unused-suppression');
    assert.equal(applyEdits(text, unused.finding.fixes[0].edits), 'gorgone:\n  gorgonecore:\n    fingerprint_mode: first\n');
  });
});
