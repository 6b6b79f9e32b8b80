/** Hovers over the protocol: on a finding (rule, rationale, fixes, docs) and on documented Gorgone keys. */
import * as assert from 'node:assert/strict';
import { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { ruleSet } from '../../../server/src/rules';
import { GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'gorgone/fingerprint-mode-always';

const WITH_MODULES = `${INSECURE}  modules:
    - name: httpserver
      package: "gorgone::modules::core::httpserver::hooks"
      enable: true
      ssl: false
  tpapi:
    - name: Sipmonv2
      base_url: "http://127.0.0.1/Sipmon/api/latest/"
`;

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'no hover');
  assert.ok(MarkupContent.is(hover.contents) && hover.contents.kind === 'markdown');
  return hover.contents.value;
}

suite('LSP: hover', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;
  let uri: string;

  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start();
    uri = workspace.write(`hover/${GORGONED}`, WITH_MODULES);
    const since = client.mark();
    await client.open(uri, WITH_MODULES);
    await client.diagnostics(uri, since);
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('on a finding: the rule, its rationale, the fix and the documentation link', async () => {
    const hover = await client.hover(uri, 3, 24);
    const text = markdown(hover);
    const meta = ruleSet.byId.get(RULE);
    assert.ok(meta);
    assert.ok(text.includes(`**${RULE}**`), text);
    assert.ok(text.includes(meta.description) && text.includes(meta.rationale), text);
    assert.ok(text.includes('Fix: Set fingerprint_mode to "first"'), text);
    assert.match(text, /\(file:[^)]*docs\/rules\/gorgone\/fingerprint-mode-always\.md\)/);
    assert.deepEqual(hover?.range, { start: { line: 3, character: 22 }, end: { line: 3, character: 28 } });
  });

  test('on a gorgonecore key: what it does, its default and its secure value', async () => {
    const hover = await client.hover(uri, 3, 8);
    const text = markdown(hover);
    assert.ok(text.startsWith('**`fingerprint_mode`** (gorgonecore)'), text);
    assert.ok(text.includes('Default: `first`') && text.includes('Secure: `first` or `strict`'), text);
    assert.deepEqual(hover?.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
  });

  test('on a module key and a tpapi key: the section is named', async () => {
    assert.match(markdown(await client.hover(uri, 8, 7)), /^\*\*`ssl`\*\* \(httpserver module\)/);
    assert.match(markdown(await client.hover(uri, 11, 8)), /^\*\*`base_url`\*\* \(tpapi entry "Sipmonv2"\)/);
  });

  test('elsewhere: no hover', async () => {
    assert.equal(await client.hover(uri, 2, 8), null, 'a value without finding');
    assert.equal(await client.hover(uri, 0, 2), null, 'the top-level key');
  });
});
