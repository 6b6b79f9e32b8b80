/** Pictures of real workbench states on examples/ for the README, taken by the browser runner into docs/images/. */
import * as assert from 'node:assert/strict';
import { commands, Selection, TextEditorRevealType, workspace } from 'vscode';
import { ruleIdOf, waitForDiagnostics, waitForRule } from '../support/diagnostics';
import { takeScreenshot } from '../support/screenshots';
import { closeAllEditors, openEditor } from '../support/workspace';

const GORGONED = 'insecure/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';

/** Puts the cursor inside the finding of `ruleId` in an open editor and returns that editor. */
async function cursorOnFinding(file: string, ruleId: string) {
  const editor = await openEditor(file);
  const diagnostic = await waitForRule(editor.document.uri, ruleId);
  const inside = diagnostic.range.start.translate(0, 1);
  editor.selection = new Selection(inside, inside);
  editor.revealRange(diagnostic.range, TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

suite('screenshots', () => {
  teardown(closeAllEditors);

  test('diagnostic hover with the link to the rule documentation', async () => {
    await cursorOnFinding(GORGONED, 'gorgone/api-ssl-disabled');
    await commands.executeCommand('editor.action.showHover');
    await takeScreenshot('diagnostic-hover', { selector: '.monaco-hover', hasText: 'Documentation of gorgone/api-ssl-disabled' });
  });

  test('quick-fix menu', async () => {
    await cursorOnFinding(GORGONED, 'gorgone/fingerprint-mode-always');
    await commands.executeCommand('editor.action.quickFix');
    await takeScreenshot('quick-fix-menu', { selector: '.action-widget', hasText: 'Set fingerprint_mode to "first"' });
  });

  test('Problems panel on the insecure examples', async () => {
    const files = await workspace.findFiles('insecure/**/*.yaml');
    assert.ok(files.length > 0, 'examples/insecure has no YAML file');
    for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
      const editor = await openEditor(workspace.asRelativePath(file, false));
      await waitForDiagnostics(editor.document.uri, (diagnostics) => diagnostics.some((diagnostic) => ruleIdOf(diagnostic) !== undefined));
    }
    await openEditor(GORGONED);
    await commands.executeCommand('workbench.actions.view.problems');
    await takeScreenshot('problems-panel', { selector: '.markers-panel', hasText: 'gorgone/weak-secret' });
  });
});
