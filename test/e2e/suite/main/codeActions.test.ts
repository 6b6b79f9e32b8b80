/** Quick fixes and "Disable <rule> for this line", run as the editor runs them, and the diagnostics they remove. */
import * as assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode';
import { actionTitled, applyAction, codeActionsAt } from '../support/codeActions';
import { ruleIds, waitForRule, waitForRuleGone } from '../support/diagnostics';
import { closeAllEditors, openEditor } from '../support/workspace';

const RULE = 'gorgone/fingerprint-mode-always';

suite('code actions', () => {
  teardown(closeAllEditors);

  test('a quick fix changes the text as expected and its diagnostic disappears', async () => {
    const editor = await openEditor('gorgone/quick-fix/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const uri = editor.document.uri;
    const before = editor.document.getText();
    const diagnostic = await waitForRule(uri, RULE);
    const actions = await codeActionsAt(uri, diagnostic.range, CodeActionKind.QuickFix.value);
    const fix = actionTitled(actions, 'Set fingerprint_mode to "first"');
    assert.equal(fix.isPreferred, true);
    await applyAction(fix);
    assert.equal(editor.document.getText(), before.replace('fingerprint_mode: always', 'fingerprint_mode: first'));
    const remaining = await waitForRuleGone(uri, RULE);
    // The other findings of the file stay: the fix touched one value.
    assert.ok(remaining.length > 0, ruleIds(uri).join(', '));
  });

  test('"Disable <rule> for this line" inserts the suppression comment and the finding goes away', async () => {
    const editor = await openEditor('gorgone/disable-line/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const uri = editor.document.uri;
    const diagnostic = await waitForRule(uri, RULE);
    const line = diagnostic.range.start.line;
    const actions = await codeActionsAt(uri, diagnostic.range, CodeActionKind.QuickFix.value);
    await applyAction(actionTitled(actions, `Disable ${RULE} for this line`));
    assert.equal(editor.document.lineAt(line).text, `    # sipmon-disable-next-line ${RULE} -- ADD REASON`);
    assert.equal(editor.document.lineAt(line + 1).text, '    fingerprint_mode: always');
    const remaining = await waitForRuleGone(uri, RULE);
    assert.ok(!remaining.some((left) => left.range.start.line === line), `a finding on the comment line: ${ruleIds(uri).join(', ')}`);
  });
});
