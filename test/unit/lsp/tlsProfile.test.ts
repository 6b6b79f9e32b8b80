/** The `sipmon.tlsProfile` setting over the protocol: it picks the Mozilla profile of the Apache TLS rules, and a config file's `tlsProfile` wins over it. */
import * as assert from 'node:assert/strict';
import { Diagnostic } from 'vscode-languageserver-protocol/node';
import { apacheSiteWith } from '../../helpers/apacheSnippets';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'apache/ssl-protocol-legacy';
const SITE = 'apache2/sites-available/Sipmon.conf';
/** A hardened vhost under the intermediate profile: `SSLProtocol -all +TLSv1.2 +TLSv1.3`, which modern refuses. */
const VHOST = apacheSiteWith('', []);

function protocolFindings(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === RULE);
}

suite('LSP: the sipmon.tlsProfile setting', () => {
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

    async function open(relative: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
      const uri = workspace.write(relative, VHOST);
      const since = client.mark();
      await client.open(uri, VHOST, 'apacheconf');
      return { uri, diagnostics: await client.diagnostics(uri, since) };
    }

    test('TLS 1.2 is clean under intermediate, reported under modern, and the fix follows the profile', async () => {
      await changeSettings({ tlsProfile: 'intermediate' });
      const { uri, diagnostics } = await open(`profile/${SITE}`);
      assert.deepEqual(diagnostics, []);

      let since = await changeSettings({ tlsProfile: 'modern' });
      const modern = protocolFindings(await client.diagnostics(uri, since));
      assert.equal(modern.length, 1);
      assert.ok(String(modern[0].message).includes('the modern TLS profile'), String(modern[0].message));
      assert.equal(VHOST.split('\n')[modern[0].range.start.line].trim(), 'SSLProtocol -all +TLSv1.2 +TLSv1.3');
      const actions = await client.codeActions(uri, modern[0].range, modern);
      assert.equal(client.applyEdit(uri, actions[0].edit), VHOST.replace('SSLProtocol -all +TLSv1.2 +TLSv1.3', 'SSLProtocol -all +TLSv1.3'));

      since = await changeSettings({});
      assert.deepEqual(await client.diagnostics(uri, since), [], 'without the setting, the default profile is intermediate');
    });

    test('a config file\'s tlsProfile wins over the setting, both ways', async () => {
      workspace.write('file-intermediate/.sipmonlint.json', '{ "tlsProfile": "intermediate" }\n');
      workspace.write('file-modern/.sipmonlint.json', '{ "tlsProfile": "modern" }\n');
      await changeSettings({ tlsProfile: 'modern' });
      const heldToIntermediate = await open(`file-intermediate/${SITE}`);
      assert.deepEqual(heldToIntermediate.diagnostics, []);

      await changeSettings({ tlsProfile: 'intermediate' });
      const heldToModern = await open(`file-modern/${SITE}`);
      assert.equal(protocolFindings(heldToModern.diagnostics).length, 1);
    });
  });

  test('a client without workspace/configuration pushes it with didChangeConfiguration', async () => {
    const client = await LspTestClient.start();
    try {
      const uri = workspace.write(`pushed/${SITE}`, VHOST);
      let since = client.mark();
      await client.open(uri, VHOST, 'apacheconf');
      assert.deepEqual(await client.diagnostics(uri, since), []);
      since = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sipmon: { tlsProfile: 'modern' } } });
      assert.equal(protocolFindings(await client.diagnostics(uri, since)).length, 1);
    } finally {
      await client.stop();
    }
  });
});
