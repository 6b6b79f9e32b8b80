/** Suppression comments work in httpd files: a whole `#` line above the finding, or for the whole file. */
import * as assert from 'node:assert/strict';
import { emptyWorkspace } from '../../../../server/src/core/workspace';
import { lintFile } from '../../../../server/src/linter';

function ruleIds(text: string): string[] {
  return lintFile({ path: '/etc/apache2/conf-available/security.conf', text, workspace: emptyWorkspace })?.findings.map((finding) => finding.ruleId) ?? ['(not linted)'];
}

suite('apache suppressions', () => {
  test('next line and file', () => {
    assert.deepEqual(ruleIds('ServerSignature On\nServerTokens OS\n'), ['apache/server-signature', 'apache/server-tokens']);
    assert.deepEqual(ruleIds('# sipmon-disable-next-line apache/server-signature -- internal error pages\nServerSignature On\nServerTokens OS\n'), ['apache/server-tokens']);
    assert.deepEqual(ruleIds('# sipmon-disable-file apache/server-tokens, apache/server-signature -- lab\nServerSignature On\nServerTokens OS\n'), []);
  });

  test('a suppression that silences nothing is reported', () => {
    assert.deepEqual(ruleIds('# sipmon-disable-next-line apache/trace-enable -- stale\nServerSignature Off\n'), ['sipmon/unused-suppression']);
  });
});
