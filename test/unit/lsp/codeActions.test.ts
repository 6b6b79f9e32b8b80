/** Quick fixes, fix-all (quick fix and source.fixAll), disable comments and the documentation command, over the protocol. */
import * as assert from 'node:assert/strict';
import { Diagnostic } from 'vscode-languageserver-protocol/node';
import { FIXED, GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { actionTitled } from '../../helpers/lspFormatCase';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'gorgone/fingerprint-mode-always';

/** Two auto-fixable findings of two rules; the comment's duplicated id needs two fix passes to go away. */
const TWO_RULES = 'gorgone:\n  gorgonecore:\n    # sipmon-disable-next-line gorgone/fingerprint-mode-always, gorgone/fingerprint-mode-always -- old\n    id: 2\n    fingerprint_mode: always\n';

suite('LSP: code actions', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;
  let counter = 0;

  /** Opens a fresh Gorgone file and returns its URI and diagnostics. */
  async function openGorgone(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    counter += 1;
    const uri = workspace.write(`case${counter}/${GORGONED}`, text);
    const since = client.mark();
    await client.open(uri, text);
    return { uri, diagnostics: await client.diagnostics(uri, since) };
  }


  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start({ showDocument: true });
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('a finding offers its fix (preferred), disable for line and file, and its documentation', async () => {
    const { uri, diagnostics } = await openGorgone(INSECURE);
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    assert.deepEqual(actions.map((action) => action.title), [
      'Set fingerprint_mode to "first"',
      `Disable ${RULE} for this line`,
      `Disable ${RULE} for this file`,
      `Show documentation for ${RULE}`,
    ]);
    const fix = actions[0];
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, diagnostics);
    assert.equal(client.applyEdit(uri, fix.edit), FIXED);
    assert.deepEqual(actions[3].command, { title: `Show documentation for ${RULE}`, command: 'sipmon.showDocumentation', arguments: [RULE] });
  });

  test('source.fixAll.sipmon is returned only when asked for, and fixes the file', async () => {
    const { uri, diagnostics } = await openGorgone(INSECURE);
    for (const only of [['source.fixAll.sipmon'], ['source.fixAll'], ['source']]) {
      const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], only);
      assert.deepEqual(actions.map((action) => [action.title, action.kind]), [['Fix all auto-fixable problems', 'source.fixAll.sipmon']], String(only));
      assert.equal(client.applyEdit(uri, actions[0].edit), FIXED);
    }
    const quickFixesOnly = await client.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']);
    assert.ok(quickFixesOnly.every((action) => action.kind === 'quickfix'));
    assert.ok(quickFixesOnly.length > 0);
  });

  test('fix-all fixes every rule in one edit, repeating passes for fixes that overlapped', async () => {
    const { uri, diagnostics } = await openGorgone(TWO_RULES);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['sipmon/unused-suppression', 'sipmon/unused-suppression', RULE]);
    const expected = 'gorgone:\n  gorgonecore:\n    id: 2\n    fingerprint_mode: first\n';
    const [source] = await client.codeActions(uri, diagnostics[2].range, [], ['source.fixAll.sipmon']);
    assert.equal(client.applyEdit(uri, source.edit), expected);
    const actions = await client.codeActions(uri, diagnostics[2].range, [diagnostics[2]]);
    assert.equal(client.applyEdit(uri, actionTitled(actions, 'Fix all auto-fixable problems').edit), expected);
    const onComment = await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]);
    const ofRule = actionTitled(onComment, 'Fix all sipmon/unused-suppression problems in this file');
    assert.equal(client.applyEdit(uri, ofRule.edit), 'gorgone:\n  gorgonecore:\n    id: 2\n    fingerprint_mode: always\n');
    assert.ok(!onComment.some((action) => action.title.startsWith('Disable ')), 'a suppression comment cannot silence its own findings');
  });

  test('disable for this line inserts the comment, and the re-lint has no finding', async () => {
    const { uri, diagnostics } = await openGorgone(INSECURE);
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    const text = client.applyEdit(uri, actionTitled(actions, `Disable ${RULE} for this line`).edit);
    assert.equal(text, `gorgone:\n  gorgonecore:\n    id: 2\n    # sipmon-disable-next-line ${RULE} -- ADD REASON\n    fingerprint_mode: always\n`);
    const since = client.mark();
    await client.change(uri, text);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('disable for this file inserts a first-line comment, and the re-lint has no finding', async () => {
    const { uri, diagnostics } = await openGorgone(INSECURE);
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    const text = client.applyEdit(uri, actionTitled(actions, `Disable ${RULE} for this file`).edit);
    assert.equal(text, `# sipmon-disable-file ${RULE} -- ADD REASON\n${INSECURE}`);
    const since = client.mark();
    await client.change(uri, text);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('a syntax error offers no fix, only disabling and documentation', async () => {
    const { uri, diagnostics } = await openGorgone('gorgone:\n  gorgonecore:\n    authorized_clients: [ { key: abc }\n');
    const actions = await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]);
    assert.deepEqual(actions.map((action) => action.title), [
      'Disable gorgone/syntax for this line',
      'Disable gorgone/syntax for this file',
      'Show documentation for gorgone/syntax',
    ]);
  });

  test('actions are computed for the current version, never an older one', async () => {
    const { uri, diagnostics } = await openGorgone(INSECURE);
    // A later edit that keeps the finding in place: the edit is addressed to the new version and fits its text.
    let since = client.mark();
    const version = await client.change(uri, `${INSECURE}# trailing comment\n`);
    await client.diagnostics(uri, since);
    const [fix] = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    const change = fix.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.equal(change.textDocument.version, version);
    assert.equal(client.applyEdit(uri, fix.edit), `${FIXED}# trailing comment\n`);
    // An edit that moves the finding: the stale range no longer matches it, so nothing is offered for it.
    since = client.mark();
    await client.change(uri, `# moved\n${INSECURE}`);
    await client.diagnostics(uri, since);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics), []);
  });

  test('the documentation command asks the client to show the rule page', async () => {
    const since = client.mark();
    await client.connection.sendRequest('workspace/executeCommand', { command: 'sipmon.showDocumentation', arguments: [RULE] });
    const shown = await client.waitFor<{ uri: string; external?: boolean }>('window/showDocument', () => true, since);
    assert.ok(shown.uri.startsWith('file:') && shown.uri.endsWith('docs/rules/gorgone/fingerprint-mode-always.md'), shown.uri);
    assert.equal(shown.external, false);
  });
});
