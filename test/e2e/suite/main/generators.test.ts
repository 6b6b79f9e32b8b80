/** The generator commands as automation runs them: "Generate self-signed cert" with its inputs as arguments, "Insert hardened snippet" by name. */
import * as assert from 'node:assert/strict';
import { commands, FileType, window, workspace } from 'vscode';
import { closeAllEditors, workspaceUri } from '../support/workspace';

interface GenerateResult {
  ok: boolean;
  files: string[];
  problems: string[];
}

suite('generator commands', () => {
  teardown(closeAllEditors);

  test('"Sipmon: Generate self-signed cert" given its inputs writes the key pair, CSR, CA and summary into the folder', async () => {
    const folder = workspaceUri('certificates/out');
    await workspace.fs.createDirectory(folder);
    const result = await commands.executeCommand<GenerateResult>('sipmon.generateCertificate', {
      fqdn: 'sipmon7.localdomain',
      ipAddresses: ['192.0.2.10'],
      keyType: 'p256',
      passphrase: 'e2e passphrase, never logged',
      outputFolder: folder.toString(),
      openSummary: false,
    });
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
    const names = (await workspace.fs.readDirectory(folder)).filter(([, type]) => type === FileType.File).map(([name]) => name).sort();
    assert.deepEqual(names, ['ca_demo.crt', 'ca_demo.key', 'sipmon7.crt', 'sipmon7.csr', 'sipmon7.key', 'sipmon7.summary.md']);
    const certificate = new TextDecoder().decode(await workspace.fs.readFile(workspaceUri('certificates/out/sipmon7.crt')));
    assert.match(certificate, /^-----BEGIN CERTIFICATE-----\n/);
    const caKey = new TextDecoder().decode(await workspace.fs.readFile(workspaceUri('certificates/out/ca_demo.key')));
    assert.match(caKey, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  });

  test('"Sipmon: Insert hardened snippet" inserts the named snippet of the active file\'s language at the cursor', async () => {
    const document = await workspace.openTextDocument({ language: 'yaml', content: '' });
    await window.showTextDocument(document);
    const inserted = await commands.executeCommand<boolean>('sipmon.insertSnippet', 'sipmon-gorgone-httpserver');
    assert.equal(inserted, true);
    const text = document.getText();
    assert.match(text, /package: "?gorgone::modules::core::httpserver::hooks"?/);
    assert.match(text, /ssl: true/);
  });
});
