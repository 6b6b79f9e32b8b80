/** Opening files: each format's insecure file gets diagnostics with rule id and docs link; hardened and unrelated files get none. */
import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, extensions, Range, Uri, workspace, WorkspaceEdit } from 'vscode';
import { ruleIdOf, sipmonDiagnostics, waitForDiagnostics, waitForRule, waitForRuleGone } from '../support/diagnostics';
import { FORMAT_CASES } from '../support/formats';
import { closeAllEditors, EXTENSION_ID, openEditor, workspaceUri } from '../support/workspace';

suite('diagnostics', () => {
  teardown(closeAllEditors);

  for (const formatCase of FORMAT_CASES) {
    test(`${formatCase.format} (${formatCase.languageId}): opening an insecure file activates the extension and reports ${formatCase.rule} with its docs link`, async () => {
      const editor = await openEditor(formatCase.insecure);
      assert.equal(editor.document.languageId, formatCase.languageId);
      const diagnostic = await waitForRule(editor.document.uri, formatCase.rule);
      assert.equal(extensions.getExtension(EXTENSION_ID)?.isActive, true);
      assert.equal(editor.document.getText(diagnostic.range), formatCase.ruleText);
      assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `the diagnostic's code has no link: ${JSON.stringify(code)}`);
      assert.equal(code.value, formatCase.rule);
      assert.equal(code.target.scheme, 'file');
      assert.ok(code.target.path.endsWith(`/docs/rules/${formatCase.rule}.md`), code.target.toString());
      const page = new TextDecoder().decode(await workspace.fs.readFile(code.target));
      assert.match(page, new RegExp(`^# ${formatCase.rule}\\n`));
    });

    test(`${formatCase.format} (${formatCase.languageId}): a hardened file gets no diagnostic`, async () => {
      const editor = await openEditor(formatCase.hardened);
      const uri = editor.document.uri;
      const { from, to, rule } = formatCase.breakHardened;
      const at = editor.document.getText().indexOf(from);
      assert.ok(at >= 0, `"${from}" is not in ${formatCase.hardened}`);
      const range = new Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
      // Breaking and repairing the file proves the server lints it: an empty list then is its answer, not silence.
      await replace(uri, range, to);
      await waitForRule(uri, rule);
      await replace(uri, new Range(range.start, editor.document.positionAt(at + to.length)), from);
      const diagnostics = await waitForRuleGone(uri, rule);
      assert.deepEqual(diagnostics.map(ruleIdOf), []);
    });
  }

  test('unrelated YAML, XML and JSON files get no diagnostic', async () => {
    const unrelated: [file: string, languageId: string][] = [['unrelated/values.yaml', 'yaml'], ['unrelated/pom.xml', 'xml'], ['unrelated/app-config.json', 'json']];
    for (const [file, languageId] of unrelated) {
      // Languages the client hands to the server: the server itself must tell these files apart.
      assert.equal((await openEditor(file)).document.languageId, languageId);
    }
    // An empty answer raises no event, so the barrier is a Sipmon file opened last: the client pulls the
    // documents in the order they opened, so once its findings are in, the earlier answers are too.
    const sipmon = await openEditor(FORMAT_CASES[0].insecure);
    await waitForDiagnostics(sipmon.document.uri, (diagnostics) => diagnostics.length > 0);
    for (const [file] of unrelated) {
      assert.deepEqual(sipmonDiagnostics(workspaceUri(file)).map(ruleIdOf), [], file);
    }
  });
});

async function replace(uri: Uri, range: Range, text: string): Promise<void> {
  const edit = new WorkspaceEdit();
  edit.replace(uri, range, text);
  assert.equal(await workspace.applyEdit(edit), true);
}
