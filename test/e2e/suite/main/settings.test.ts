/** Severity changes reach open documents without reopening them: `sipmon.rules` settings and `.sipmonlint.json` edits. */
import * as assert from 'node:assert/strict';
import { ConfigurationTarget, DiagnosticSeverity, Range, workspace, WorkspaceEdit } from 'vscode';
import { ruleIdOf, waitForDiagnostics, waitForRule, waitForRuleGone } from '../support/diagnostics';
import { closeAllEditors, openEditor, readDiskText, writeDiskText } from '../support/workspace';

const RULE = 'gorgone/fingerprint-mode-always';

function setRuleLevel(level: string | undefined): Thenable<void> {
  return workspace.getConfiguration('sipmon').update('rules', level === undefined ? undefined : { [RULE]: level }, ConfigurationTarget.Workspace);
}

/** Waits until the finding of RULE is there with this severity. */
function waitForSeverity(uri: Parameters<typeof waitForDiagnostics>[0], severity: DiagnosticSeverity) {
  return waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleIdOf(diagnostic) === RULE && diagnostic.severity === severity));
}

suite('settings and config file', () => {
  teardown(async () => {
    await setRuleLevel(undefined);
    await closeAllEditors();
  });

  test('sipmon.rules: off removes the finding from the open document, error raises it, removing the setting restores it', async () => {
    const editor = await openEditor('gorgone/settings/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const uri = editor.document.uri;
    assert.equal((await waitForRule(uri, RULE)).severity, DiagnosticSeverity.Warning);
    await setRuleLevel('off');
    const left = await waitForRuleGone(uri, RULE);
    assert.ok(left.length > 0, 'only the switched-off rule goes');
    await setRuleLevel('error');
    await waitForSeverity(uri, DiagnosticSeverity.Error);
    await setRuleLevel(undefined);
    await waitForSeverity(uri, DiagnosticSeverity.Warning);
  });

  test('.sipmonlint.json: an unsaved edit in the editor and a change on disk re-lint the open documents', async () => {
    const configFile = 'gorgone/config-file/.sipmonlint.json';
    const original = await readDiskText(configFile);
    const yaml = await openEditor('gorgone/config-file/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const uri = yaml.document.uri;
    await waitForSeverity(uri, DiagnosticSeverity.Warning);

    const config = await openEditor(configFile);
    assert.equal(config.document.languageId, 'jsonc');
    const edit = new WorkspaceEdit();
    const whole = new Range(config.document.positionAt(0), config.document.positionAt(config.document.getText().length));
    edit.replace(config.document.uri, whole, JSON.stringify({ rules: { [RULE]: 'off' } }, null, 2));
    assert.equal(await workspace.applyEdit(edit), true);
    assert.equal(config.document.isDirty, true);
    await waitForRuleGone(uri, RULE);

    // Closing the unsaved config drops the edit: the file on disk rules again, then changes on disk.
    await closeAllEditors();
    const reopened = await openEditor('gorgone/config-file/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    await waitForSeverity(reopened.document.uri, DiagnosticSeverity.Warning);
    await writeDiskText(configFile, JSON.stringify({ rules: { [RULE]: 'error' } }, null, 2));
    await waitForSeverity(reopened.document.uri, DiagnosticSeverity.Error);
    await writeDiskText(configFile, original);
    await waitForSeverity(reopened.document.uri, DiagnosticSeverity.Warning);
  });
});
