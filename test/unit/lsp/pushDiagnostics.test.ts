/** The server pushes diagnostics to clients that cannot pull them (Neovim 0.7 and most editors). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import { ALWAYS_RANGE, BROKEN, FIXED, GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'gorgone/fingerprint-mode-always';

suite('LSP: pushed diagnostics', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;

  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start();
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('initialize advertises code actions, hovers and the command, and no pull provider', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.sipmon'] });
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['sipmon.showDocumentation']);
    assert.equal(capabilities.diagnosticProvider, undefined);
  });

  test('opening a Gorgone file publishes its finding with code, docs link, severity and range', async () => {
    const uri = workspace.write(`open/${GORGONED}`, INSECURE);
    const since = client.mark();
    await client.open(uri, INSECURE);
    const diagnostics = await client.diagnostics(uri, since);
    assert.equal(diagnostics.length, 1);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.code, RULE);
    assert.ok(diagnostic.codeDescription?.href.endsWith('docs/rules/gorgone/fingerprint-mode-always.md'), diagnostic.codeDescription?.href);
    assert.ok(diagnostic.codeDescription?.href.startsWith('file:'));
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostic.source, 'sipmon');
    assert.deepEqual(diagnostic.range, ALWAYS_RANGE);
    assert.equal(diagnostic.data, undefined, 'nothing travels with a diagnostic beyond what the editor shows');
  });

  test('a change updates the diagnostics, for the new version', async () => {
    const uri = workspace.write(`change/${GORGONED}`, INSECURE);
    let since = client.mark();
    await client.open(uri, INSECURE);
    assert.equal((await client.diagnostics(uri, since)).length, 1);
    since = client.mark();
    await client.change(uri, FIXED);
    assert.deepEqual(await client.diagnostics(uri, since), []);
    since = client.mark();
    await client.change(uri, `# a comment first\n${INSECURE}`);
    const again = await client.diagnostics(uri, since);
    assert.deepEqual(again.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [[RULE, 4]]);
  });

  test('a YAML syntax error is an error diagnostic of gorgone/syntax', async () => {
    const uri = workspace.write(`syntax/${GORGONED}`, BROKEN);
    const since = client.mark();
    await client.open(uri, BROKEN);
    const diagnostics = await client.diagnostics(uri, since);
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.code === 'gorgone/syntax' && diagnostic.severity === DiagnosticSeverity.Error));
  });

  test('an unrelated YAML file gets an empty list', async () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n';
    const uri = workspace.write('compose/docker-compose.yaml', text);
    const since = client.mark();
    await client.open(uri, text);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('an untitled buffer is linted by its language id and content', async () => {
    const uri = 'untitled:Untitled-1';
    const since = client.mark();
    await client.open(uri, INSECURE);
    assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = workspace.write(`close/${GORGONED}`, INSECURE);
    let since = client.mark();
    await client.open(uri, INSECURE);
    await client.diagnostics(uri, since);
    since = client.mark();
    await client.close(uri);
    const cleared = await client.waitFor<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (params) => params.uri === uri, since);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('a change re-lints the other open documents of the folder', async () => {
    const first = workspace.write(`siblings/${GORGONED}`, INSECURE);
    const second = workspace.write('siblings/Sipmon-gorgone/config.d/41-other.yaml', INSECURE);
    let since = client.mark();
    await client.open(first, INSECURE);
    await client.open(second, INSECURE);
    await client.diagnostics(second, since);
    since = client.mark();
    await client.change(first, FIXED);
    // The sibling did not change, yet it is linted again (cross-file rules read its neighbours).
    assert.equal((await client.diagnostics(second, since)).length, 1);
  });

  suite('config files', () => {
    const folder = 'configured';
    const configPath = `${folder}/.sipmonlint.json`;

    test('a config problem is published on the config file, its rule levels on the document', async () => {
      const configText = '{\n  "rules": {\n    "gorgone/no-such-rule": "off",\n    "gorgone/fingerprint-mode-always": "error"\n  }\n}\n';
      const configUri = workspace.write(configPath, configText);
      const uri = workspace.write(`${folder}/${GORGONED}`, INSECURE);
      const since = client.mark();
      await client.open(uri, INSECURE);
      assert.equal((await client.diagnostics(uri, since))[0]?.severity, DiagnosticSeverity.Error);
      const [problem, ...others] = await client.diagnostics(configUri, since);
      assert.equal(others.length, 0);
      assert.equal(typeof problem.message, 'string');
      assert.match(String(problem.message), /Unknown rule "gorgone\/no-such-rule"/);
      assert.equal(problem.source, 'sipmon');
      assert.deepEqual(problem.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 26 } });
    });

    test('a watched change of the config file re-lints open documents and clears fixed problems', async () => {
      const uri = workspace.uri(`${folder}/${GORGONED}`);
      const configUri = workspace.write(configPath, '{ "rules": { "gorgone/fingerprint-mode-always": "off" } }\n');
      const since = client.mark();
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
      assert.deepEqual(await client.diagnostics(configUri, since), []);
      assert.deepEqual(await client.diagnostics(uri, since), []);
    });

    test('editing the open config document re-lints open documents', async () => {
      const uri = workspace.uri(`${folder}/${GORGONED}`);
      const configUri = workspace.uri(configPath);
      const since = client.mark();
      await client.open(configUri, fs.readFileSync(workspace.path(configPath), 'utf8'), 'json');
      await client.change(configUri, '{ "rules": { "gorgone/fingerprint-mode-always": "info" } }\n');
      const diagnostics = await client.diagnostics(uri, since, (published) => published.length > 0);
      assert.equal(diagnostics[0]?.severity, DiagnosticSeverity.Information);
    });
  });
});

suite('LSP: node IPC transport', () => {
  test('the server also runs over --node-ipc, as the VS Code client starts it', async () => {
    const workspace = new TempWorkspace();
    const client = await LspTestClient.start({ transport: 'ipc' });
    try {
      const uri = workspace.write(`ipc/${GORGONED}`, INSECURE);
      const since = client.mark();
      await client.open(uri, INSECURE);
      assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });
});
