/** openssl.cnf over the protocol: a diagnostic with its docs link, its quick fix, disable-for-line with `#`, hovers on keys. */
import * as assert from 'node:assert/strict';
import { LspTestClient } from '../../helpers/lspClient';
import { actionTitled, assertDocumented, coveredText, diagnosticOf, hoverMarkdown, openOnDisk } from '../../helpers/lspFormatCase';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'openssl/weak-digest';
const LANGUAGE = 'opensslcnf';
/** Hardened but for `default_md = sha1` (line 2). */
const CNF = '[ req ]\ndefault_bits       = 3072\ndefault_md         = sha1\ndistinguished_name = req_distinguished_name\nprompt             = no\n\n[ req_distinguished_name ]\nCN = sipmon.example.org\n';

suite('LSP: openssl.cnf', () => {
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


  test('the weak digest is the only finding, on its value, with its docs link', async () => {
    const { diagnostics } = await openOnDisk(client, workspace, 'docs/ssl/openssl.cnf', CNF, LANGUAGE);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), [RULE]);
    assertDocumented(diagnostics[0], RULE);
    assert.equal(coveredText(CNF, diagnostics[0]), 'sha1');
  });

  test('the quick fix sets sha256 and nothing else; the fixed file is clean', async () => {
    const { uri, diagnostics } = await openOnDisk(client, workspace, 'fix/ssl/openssl.cnf', CNF, LANGUAGE);
    const target = diagnosticOf(diagnostics, RULE);
    const fix = actionTitled(await client.codeActions(uri, target.range, [target]), 'Set default_md = sha256');
    assert.equal(fix.isPreferred, true);
    const fixed = client.applyEdit(uri, fix.edit);
    assert.equal(fixed, CNF.replace('default_md         = sha1', 'default_md         = sha256'));
    const since = client.mark();
    await client.change(uri, fixed);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('disable for this line writes a # comment above the line, which silences the rule', async () => {
    const { uri, diagnostics } = await openOnDisk(client, workspace, 'disable/ssl/openssl.cnf', CNF, LANGUAGE);
    const target = diagnosticOf(diagnostics, RULE);
    const disable = actionTitled(await client.codeActions(uri, target.range, [target]), `Disable ${RULE} for this line`);
    const silenced = client.applyEdit(uri, disable.edit);
    assert.equal(silenced, CNF.replace('default_md ', `# sipmon-disable-next-line ${RULE} -- ADD REASON\ndefault_md `));
    const since = client.mark();
    await client.change(uri, silenced);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('hover on a documented key and on a section name', async () => {
    const { uri } = await openOnDisk(client, workspace, 'hover/ssl/openssl.cnf', CNF, LANGUAGE);
    const key = await client.hover(uri, 1, 4);
    assert.ok(hoverMarkdown(key).startsWith('**default_bits** (OpenSSL)'), hoverMarkdown(key));
    assert.deepEqual(key?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } });
    const section = await client.hover(uri, 0, 3);
    assert.ok(hoverMarkdown(section).startsWith('**[ req ]**'), hoverMarkdown(section));
    assert.equal(await client.hover(uri, 7, 0), null, 'CN in a DN section is not a documented key');
  });
});
