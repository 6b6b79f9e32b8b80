/** `source.fixAll.sipmon` through `editor.codeActionsOnSave`: saving applies the safe fixes, and only those. */
import * as assert from 'node:assert/strict';
import { commands, ConfigurationTarget, Position, workspace } from 'vscode';
import { ruleIds, waitForDiagnostics, waitForRule } from '../support/diagnostics';
import { closeAllEditors, openEditor, readDiskText } from '../support/workspace';

const FILE = 'gorgone/fix-on-save/Sipmon-gorgone/config.d/40-gorgoned.yaml';

suite('fix all on save', () => {
  suiteSetup(async () => {
    await workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.sipmon': 'explicit' }, ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, ConfigurationTarget.Workspace);
  });

  teardown(closeAllEditors);

  test('saving runs source.fixAll.sipmon: the auto-fixable findings are fixed, the others stay', async () => {
    const editor = await openEditor(FILE);
    const uri = editor.document.uri;
    await waitForRule(uri, 'gorgone/fingerprint-mode-always');
    assert.deepEqual(ruleIds(uri), ['gorgone/api-auth-disabled', 'gorgone/fingerprint-mode-always', 'gorgone/internal-crypt-disabled']);
    // A user's edit, then Ctrl+S.
    assert.equal(await editor.edit((builder) => builder.insert(new Position(0, 0), '# reviewed\n')), true);
    await commands.executeCommand('workbench.action.files.save');
    const text = editor.document.getText();
    assert.equal(editor.document.isDirty, false);
    assert.match(text, /^# reviewed\n/);
    assert.match(text, /\n {4}fingerprint_mode: first\n/);
    assert.match(text, /\n {4}internal_com_crypt: true\n/);
    // The authentication fix needs credentials chosen by a person: not applied on save.
    assert.match(text, /\n {8}enabled: false\n/);
    assert.equal(await readDiskText(FILE), text);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 1);
    assert.deepEqual(ruleIds(uri), ['gorgone/api-auth-disabled']);
  });
});
