/** The `sipmon.*` settings, asked per document with workspace/configuration or pushed with didChangeConfiguration. */
import * as assert from 'node:assert/strict';
import { ConfigurationParams, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { FIXED, GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'gorgone/fingerprint-mode-always';

suite('LSP: settings', () => {
  let workspace: TempWorkspace;
  suiteSetup(() => {
    workspace = new TempWorkspace();
  });
  suiteTeardown(() => workspace?.remove());

  suite('asked with workspace/configuration', () => {
    let client: LspTestClient;
    let settings: Record<string, unknown> = {};
    suiteSetup(async () => {
      client = await LspTestClient.start({ configuration: true });
      client.settings = () => settings;
    });
    suiteTeardown(() => client?.stop());

    async function changeSettings(next: Record<string, unknown>): Promise<number> {
      settings = next;
      const since = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      return since;
    }

    test('settings are asked for the document, and rule levels apply without reopening', async () => {
      const uri = workspace.write(`levels/${GORGONED}`, INSECURE);
      let since = client.mark();
      await client.open(uri, INSECURE);
      assert.equal((await client.diagnostics(uri, since))[0]?.severity, DiagnosticSeverity.Warning);
      const asked = await client.waitFor<ConfigurationParams>('workspace/configuration', (params) => params.items.some((item) => item.scopeUri === uri), since);
      assert.deepEqual(asked.items, [{ scopeUri: uri, section: 'sipmon' }]);

      since = await changeSettings({ rules: { [RULE]: 'off' } });
      assert.deepEqual(await client.diagnostics(uri, since), []);
      since = await changeSettings({ rules: { [RULE]: 'error' } });
      assert.equal((await client.diagnostics(uri, since))[0]?.severity, DiagnosticSeverity.Error);
      since = await changeSettings({ enable: false });
      assert.deepEqual(await client.diagnostics(uri, since), []);
      since = await changeSettings({});
      assert.equal((await client.diagnostics(uri, since)).length, 1);
    });

    test('files.associations claims files detection would not', async () => {
      const text = 'modules: [\n';
      const uri = workspace.write('associations/custom/broken.yaml', text);
      let since = client.mark();
      await client.open(uri, text);
      assert.deepEqual(await client.diagnostics(uri, since), []);
      since = await changeSettings({ files: { associations: { 'custom/*.yaml': 'gorgone' } } });
      const diagnostics = await client.diagnostics(uri, since);
      assert.ok(diagnostics.length > 0 && diagnostics.every((diagnostic) => diagnostic.code === 'gorgone/syntax'));
    });

    test('with run "onSave", diagnostics follow saves, not typing', async () => {
      const uri = workspace.write(`onsave/${GORGONED}`, INSECURE);
      let since = client.mark();
      await client.open(uri, INSECURE);
      assert.equal((await client.diagnostics(uri, since)).length, 1);
      // Wait for the re-lint the settings change causes, so that nothing is pending below.
      since = await changeSettings({ run: 'onSave' });
      assert.equal((await client.diagnostics(uri, since)).length, 1);
      since = client.mark();
      const version = await client.change(uri, FIXED);
      await client.save(uri);
      assert.deepEqual(await client.diagnostics(uri, since), []);
      const forVersion = client.received.slice(since).filter((message) => message.method === 'textDocument/publishDiagnostics'
        && (message.params as { uri: string; version?: number }).uri === uri);
      assert.equal(forVersion.length, 1, 'one publish, at the save');
      assert.equal((forVersion[0].params as { version?: number }).version, version);
    });
  });

  suite('pushed by a client without workspace/configuration', () => {
    let client: LspTestClient;
    suiteSetup(async () => {
      client = await LspTestClient.start();
    });
    suiteTeardown(() => client?.stop());

    test('didChangeConfiguration settings apply, and nothing is asked', async () => {
      const uri = workspace.write(`pushed/${GORGONED}`, INSECURE);
      let since = client.mark();
      await client.open(uri, INSECURE);
      assert.equal((await client.diagnostics(uri, since))[0]?.severity, DiagnosticSeverity.Warning);
      since = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sipmon: { rules: { [RULE]: 'info' } } } });
      assert.equal((await client.diagnostics(uri, since))[0]?.severity, DiagnosticSeverity.Information);
      assert.ok(!client.received.some((message) => message.method === 'workspace/configuration'));
    });

    test('without window/showDocument, the documentation command names the page in a message', async () => {
      const since = client.mark();
      await client.connection.sendRequest('workspace/executeCommand', { command: 'sipmon.showDocumentation', arguments: [RULE] });
      const message = await client.waitFor<{ message: string }>('window/showMessage', () => true, since);
      assert.match(message.message, /docs\/rules\/gorgone\/fingerprint-mode-always\.md/);
      assert.ok(!client.received.some((received) => received.method === 'window/showDocument'));
    });
  });
});
