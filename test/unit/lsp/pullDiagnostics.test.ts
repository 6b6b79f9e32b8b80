/** Clients that declare `textDocument.diagnostic` pull diagnostics; the server asks them to pull again when other things change. */
import * as assert from 'node:assert/strict';
import { Diagnostic, DiagnosticSeverity, DocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { ALWAYS_RANGE, FIXED, GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'gorgone/fingerprint-mode-always';

function itemsOf(report: DocumentDiagnosticReport): Diagnostic[] {
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

suite('LSP: pulled diagnostics', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;
  let settings: Record<string, unknown> = {};

  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start({ pullDiagnostics: true, configuration: true });
    client.settings = () => settings;
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });
  teardown(async () => {
    settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  test('initialize registers a diagnostic provider with inter-file dependencies', () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'sipmon', interFileDependencies: true, workspaceDiagnostics: false });
  });

  test('textDocument/diagnostic answers what push mode would publish, and nothing is pushed', async () => {
    const uri = workspace.write(`pull/${GORGONED}`, INSECURE);
    const since = client.mark();
    await client.open(uri, INSECURE);
    const [diagnostic, ...others] = itemsOf(await client.pull(uri));
    assert.equal(others.length, 0);
    assert.equal(diagnostic.code, RULE);
    assert.ok(diagnostic.codeDescription?.href.endsWith('docs/rules/gorgone/fingerprint-mode-always.md'));
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(diagnostic.range, ALWAYS_RANGE);
    const pushed = client.received.slice(since).filter((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as { uri: string }).uri === uri);
    assert.deepEqual(pushed, []);
    await client.change(uri, FIXED);
    assert.deepEqual(itemsOf(await client.pull(uri)), []);
  });

  test('a settings change asks the client to pull again, and the pull sees the new settings', async () => {
    const uri = workspace.write(`settings/${GORGONED}`, INSECURE);
    await client.open(uri, INSECURE);
    assert.equal(itemsOf(await client.pull(uri))[0]?.severity, DiagnosticSeverity.Warning);
    settings = { rules: { [RULE]: 'error' } };
    const since = client.mark();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('workspace/diagnostic/refresh', () => true, since);
    assert.equal(itemsOf(await client.pull(uri))[0]?.severity, DiagnosticSeverity.Error);
  });

  test('with run "onSave", a pull answers the last saved state until the next save', async () => {
    settings = { run: 'onSave' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = workspace.write(`onsave/${GORGONED}`, INSECURE);
    await client.open(uri, INSECURE);
    assert.equal(itemsOf(await client.pull(uri)).length, 1);
    await client.change(uri, FIXED);
    assert.equal(itemsOf(await client.pull(uri)).length, 1, 'typing does not lint');
    const since = client.mark();
    await client.save(uri);
    await client.waitFor('workspace/diagnostic/refresh', () => true, since);
    assert.deepEqual(itemsOf(await client.pull(uri)), []);
  });

  test('a change of a neighbour asks the client to pull again', async () => {
    const first = workspace.write(`neighbours/${GORGONED}`, INSECURE);
    const second = workspace.write('neighbours/Sipmon-gorgone/config.d/41-other.yaml', INSECURE);
    await client.open(first, INSECURE);
    await client.open(second, INSECURE);
    const since = client.mark();
    await client.change(first, FIXED);
    await client.waitFor('workspace/diagnostic/refresh', () => true, since);
    assert.equal(itemsOf(await client.pull(second)).length, 1);
  });
});
