/** A rule that throws, over the protocol: logged once per document however often it is edited; diagnostics still come; the server keeps answering. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LogMessageParams, MessageType } from 'vscode-languageserver-protocol/node';
import { FAULT_TRIGGER, FAULTY_RULE_ID } from '../../helpers/faultyRule';
import { GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

/** out/test/unit/lsp → out/test/helpers/faultyServer.js */
const FAULTY_SERVER = path.resolve(__dirname, '..', '..', 'helpers', 'faultyServer.js');
const RULE = 'gorgone/fingerprint-mode-always';
const SECRET = 'Sup3rSecretPassw0rd';

function failing(edit: number): string {
  return `${INSECURE}    # ${FAULT_TRIGGER} ${'x'.repeat(edit)}\n  tpapi:\n    - name: x\n      password: ${SECRET}\n`;
}

suite('LSP: a rule that throws', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;

  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start({ serverModule: FAULTY_SERVER });
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });

  function failureLogs(uri: string): string[] {
    return client.received
      .filter((message) => message.method === 'window/logMessage')
      .map((message) => message.params as LogMessageParams)
      .filter((params) => params.type === MessageType.Error && params.message.includes(FAULTY_RULE_ID) && params.message.includes(uri))
      .map((params) => params.message);
  }

  test('logged once while the document changes, every version still gets the other rules\' diagnostics', async () => {
    const uri = workspace.write(`edited/${GORGONED}`, failing(0));
    let since = client.mark();
    await client.open(uri, failing(0));
    assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
    for (let edit = 1; edit <= 4; edit++) {
      since = client.mark();
      await client.change(uri, failing(edit));
      // Waiting for each version's diagnostics: each version was linted, and the rule threw each time.
      assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
    }
    const logs = failureLogs(uri);
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0], new RegExp(`^Sipmon: rule ${FAULTY_RULE_ID} failed on \\S+: TypeError: failed on purpose at length ${failing(0).length} `));
    for (const line of failing(0).split('\n').filter((line) => line.trim().length > 0)) {
      assert.ok(!logs[0].includes(line), `the log quotes the document: ${line}`);
    }
    assert.ok(!logs[0].includes(SECRET));
  });

  test('the server keeps answering, and another document with the fault is logged for itself', async () => {
    const uri = workspace.write(`second/${GORGONED}`, failing(0));
    const since = client.mark();
    await client.open(uri, failing(0));
    assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
    const hover = await client.hover(uri, 3, 8);
    assert.ok(hover, 'the fingerprint_mode key has a hover');
    assert.equal(failureLogs(uri).length, 1);
  });

  test('a document the rule does not fail on: nothing logged', async () => {
    const uri = workspace.write(`clean/${GORGONED}`, INSECURE);
    const since = client.mark();
    await client.open(uri, INSECURE);
    assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [RULE]);
    assert.deepEqual(failureLogs(uri), []);
  });
});
