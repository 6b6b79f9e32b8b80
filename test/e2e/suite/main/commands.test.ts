/** The extension's commands as a user runs them: fix all, restart the server, show a rule's documentation. */
import * as assert from 'node:assert/strict';
import { CodeActionKind, commands, Range, window, workspace, WorkspaceEdit } from 'vscode';
import { actionTitled, codeActionsAt } from '../support/codeActions';
import { ruleIds, waitForDiagnostics, waitForRule, waitForRuleGone } from '../support/diagnostics';
import { waitFor } from '../support/wait';
import { closeAllEditors, openEditor } from '../support/workspace';

const RULE = 'gorgone/fingerprint-mode-always';

suite('commands', () => {
  teardown(closeAllEditors);

  test('"Sipmon: Fix all auto-fixable problems" fixes the active file, leaving the fixes that need judgement', async () => {
    const editor = await openEditor('gorgone/fix-all-command/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const uri = editor.document.uri;
    await waitForRule(uri, RULE);
    await commands.executeCommand('sipmon.fixAll');
    const text = editor.document.getText();
    assert.match(text, /\n {4}fingerprint_mode: first\n/);
    assert.match(text, /\n {4}internal_com_crypt: true\n/);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 1);
    assert.deepEqual(ruleIds(uri), ['gorgone/api-auth-disabled']);
  });

  test('"Sipmon: Restart language server": the new server lints the open file as it changes', async () => {
    const editor = await openEditor('gorgone/restart-server/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const uri = editor.document.uri;
    const diagnostic = await waitForRule(uri, RULE);
    await commands.executeCommand('sipmon.restartServer');
    const edit = new WorkspaceEdit();
    edit.replace(uri, diagnostic.range, 'strict');
    assert.equal(await workspace.applyEdit(edit), true);
    await waitForRuleGone(uri, RULE);
    const again = new WorkspaceEdit();
    again.replace(uri, new Range(diagnostic.range.start, diagnostic.range.start.translate(0, 'strict'.length)), 'always');
    assert.equal(await workspace.applyEdit(again), true);
    await waitForRule(uri, RULE);
  });

  test('"Show documentation for <rule>" opens the rule\'s page in the editor', async () => {
    const editor = await openEditor('gorgone/documentation/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    const diagnostic = await waitForRule(editor.document.uri, RULE);
    const actions = await codeActionsAt(editor.document.uri, diagnostic.range, CodeActionKind.QuickFix.value);
    const show = actionTitled(actions, `Show documentation for ${RULE}`);
    assert.ok(show.command, 'the action runs a command');
    const page = `/docs/rules/${RULE}.md`;
    const opened = waitFor(
      window.onDidChangeActiveTextEditor,
      () => (window.activeTextEditor?.document.uri.path.endsWith(page) ? window.activeTextEditor : undefined),
      () => `the active editor shows ${window.activeTextEditor?.document.uri.toString()}`,
    );
    await commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    const docs = await opened;
    assert.match(docs.document.getText(), new RegExp(`^# ${RULE}\\n`));
  });
});
