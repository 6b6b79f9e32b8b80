/** Restricted mode (an untrusted workspace): the extension declares it supported, so it must still lint and offer fixes. */
import * as assert from 'node:assert/strict';
import { CodeActionKind, workspace } from 'vscode';
import { actionTitled, codeActionsAt } from '../support/codeActions';
import { waitForRule } from '../support/diagnostics';
import { closeAllEditors, openEditor } from '../support/workspace';

const RULE = 'gorgone/fingerprint-mode-always';

suite('restricted mode', () => {
  teardown(closeAllEditors);

  test('the workspace is not trusted', () => {
    assert.equal(workspace.isTrusted, false);
  });

  test('a Gorgone file still gets its diagnostics and quick fixes', async () => {
    const editor = await openEditor('gorgone/restricted/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const diagnostic = await waitForRule(editor.document.uri, RULE);
    assert.equal(editor.document.getText(diagnostic.range), 'always');
    const actions = await codeActionsAt(editor.document.uri, diagnostic.range, CodeActionKind.QuickFix.value);
    actionTitled(actions, 'Set fingerprint_mode to "first"');
  });
});
