/** Broker files over the protocol: XML and JSON get the same rules, XML takes suppression comments (JSON has none), hovers on endpoint keys. */
import * as assert from 'node:assert/strict';
import { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const XML = '<?xml version="1.0"?>\n<conf>\n  <output>\n    <name>poller-out</name>\n    <type>ipv4</type>\n    <host>10.0.0.10</host>\n    <port>5669</port>\n    <tls>auto</tls>\n    <negotiation>no</negotiation>\n  </output>\n</conf>\n';
const JSON_TEXT = '{\n  "SipmonBroker": {\n    "output": [\n      { "name": "poller-out", "type": "ipv4", "host": "10.0.0.10", "port": "5669", "tls": "auto", "negotiation": "no" }\n    ]\n  }\n}\n';

suite('LSP: Broker XML and JSON', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;

  async function open(relative: string, text: string, languageId: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = workspace.write(relative, text);
    const since = client.mark();
    await client.open(uri, text, languageId);
    return { uri, diagnostics: await client.diagnostics(uri, since) };
  }

  function negotiation(diagnostics: Diagnostic[]): Diagnostic {
    const found = diagnostics.find((diagnostic) => diagnostic.code === 'broker/negotiation-disabled');
    assert.ok(found, JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code)));
    return found;
  }

  function titles(actions: CodeAction[]): string[] {
    return actions.map((action) => action.title);
  }

  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start();
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('the same rule, with its docs link, in both syntaxes', async () => {
    const xml = await open('xml/Sipmon-broker/poller-module.xml', XML, 'xml');
    const json = await open('json/Sipmon-broker/poller-module.json', JSON_TEXT, 'json');
    for (const diagnostic of [negotiation(xml.diagnostics), negotiation(json.diagnostics)]) {
      assert.match(diagnostic.codeDescription?.href ?? '', /docs\/rules\/broker\/negotiation-disabled\.md$/);
      assert.equal(diagnostic.source, 'sipmon');
    }
  });

  test('XML: the quick fix edits the element text; disable for this line writes an XML comment', async () => {
    const { uri, diagnostics } = await open('fix-xml/Sipmon-broker/poller-module.xml', XML, 'xml');
    const target = negotiation(diagnostics);
    const actions = await client.codeActions(uri, target.range, [target]);
    const fixed = client.applyEdit(uri, actions[0].edit);
    assert.ok(fixed.includes('<negotiation>yes</negotiation>'), fixed);
    assert.equal(fixed.replace('<negotiation>yes</negotiation>', '<negotiation>no</negotiation>'), XML);
    const disable = actions.find((action) => action.title === 'Disable broker/negotiation-disabled for this line');
    assert.ok(disable, JSON.stringify(titles(actions)));
    const silenced = client.applyEdit(uri, disable.edit);
    assert.ok(silenced.includes('    <!-- sipmon-disable-next-line broker/negotiation-disabled'), silenced);
    assert.ok(!silenced.slice(silenced.indexOf('<!--'), silenced.indexOf('-->')).slice(4).includes('--'), 'an XML comment may not contain "--"');
    const since = client.mark();
    await client.change(uri, silenced);
    const after = await client.diagnostics(uri, since);
    assert.equal(after.filter((diagnostic) => diagnostic.code === 'broker/negotiation-disabled').length, 0);
  });

  test('JSON: the quick fix keeps the value a string; no disable actions, since JSON has no comments', async () => {
    const { uri, diagnostics } = await open('fix-json/Sipmon-broker/poller-module.json', JSON_TEXT, 'json');
    const target = negotiation(diagnostics);
    const actions = await client.codeActions(uri, target.range, [target]);
    assert.equal(client.applyEdit(uri, actions[0].edit), JSON_TEXT.replace('"negotiation": "no"', '"negotiation": "yes"'));
    assert.deepEqual(titles(actions).filter((title) => title.startsWith('Disable')), []);
  });

  test('hover on an endpoint key explains it', async () => {
    const { uri } = await open('hover/Sipmon-broker/poller-module.xml', XML, 'xml');
    const hover = await client.hover(uri, 7, 6);
    assert.ok(hover && MarkupContent.is(hover.contents), 'no hover');
    assert.match(hover.contents.value, /\*\*tls\*\*/);
  });
});
