/** The extension activates in a real VS Code when a Gorgone file opens, and its language server answers. */
import * as assert from 'node:assert/strict';
import { extensions } from 'vscode';
import { ruleIds, waitForDiagnostics } from '../support/diagnostics';
import { closeAllEditors, EXTENSION_ID, openEditor } from '../support/workspace';

suite('activation', () => {
  teardown(closeAllEditors);

  test('opening a Gorgone file activates the extension and lints it', async () => {
    const editor = await openEditor('gorgone/insecure/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (current) => current.length > 0);
    assert.equal(extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.ok(diagnostics.length > 0, ruleIds(editor.document.uri).join(', '));
  });
});
