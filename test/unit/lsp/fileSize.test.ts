/** The size limit over the protocol: a document over `maxFileSize` gets one info diagnostic, no hover from its model, no suppression action. */
import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { FILE_TOO_LARGE_ID } from '../../../server/src/core/fileSize';
import { GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'gorgone/fingerprint-mode-always';
/** INSECURE with padding: over the limit the tests set, while INSECURE itself is under it. */
const LARGE = `${INSECURE}${'# padding\n'.repeat(10)}`;
const LIMIT = INSECURE.length + 20;

suite('LSP: the sipmon.maxFileSize setting', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;

  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start({ configuration: true });
    client.settings = () => ({ maxFileSize: LIMIT });
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('a document over the limit: one info diagnostic on its first line; under it again, linted as usual', async () => {
    const uri = workspace.write(`large/${GORGONED}`, LARGE);
    let since = client.mark();
    await client.open(uri, LARGE);
    const diagnostics = await client.diagnostics(uri, since);
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range]), [
      [FILE_TOO_LARGE_ID, DiagnosticSeverity.Information, { start: { line: 0, character: 0 }, end: { line: 0, character: 'gorgone:'.length } }],
    ]);
    assert.equal(diagnostics[0].message, `This file is ${LARGE.length} bytes, over the limit of ${LIMIT} bytes ("maxFileSize"): it was not checked.`);
    assert.ok(diagnostics[0].codeDescription?.href.endsWith('docs/rules/sipmon/file-too-large.md'));

    since = client.mark();
    await client.change(uri, INSECURE);
    assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
  });

  test('no hover from a model that was never parsed, and no action to silence the finding by a comment', async () => {
    const uri = workspace.write(`hover/${GORGONED}`, LARGE);
    const since = client.mark();
    await client.open(uri, LARGE);
    const diagnostics = await client.diagnostics(uri, since);
    assert.equal(await client.hover(uri, 3, 8), null, 'the fingerprint_mode key has a hover when the file is linted');
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    assert.deepEqual(actions.filter((action) => action.title.startsWith('Disable')), []);
  });

  test('a maxFileSize in the config file wins over the setting', async () => {
    workspace.write('generous/.sipmonlint.json', '{ "maxFileSize": 1000000 }');
    const uri = workspace.write(`generous/${GORGONED}`, LARGE);
    const since = client.mark();
    await client.open(uri, LARGE);
    assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
  });
});
