/** Apache vhosts over the protocol: a diagnostic with its docs link, its quick fix, disable-for-line with `#` (indented), hovers on directives. */
import * as assert from 'node:assert/strict';
import { apacheSiteWith } from '../../helpers/apacheSnippets';
import { LspTestClient } from '../../helpers/lspClient';
import { actionTitled, assertDocumented, coveredText, diagnosticOf, hoverMarkdown, openOnDisk } from '../../helpers/lspFormatCase';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const RULE = 'apache/ssl-protocol-legacy';
const LANGUAGE = 'apacheconf';
const SITE = 'apache2/sites-available/Sipmon.conf';
const HARDENED = apacheSiteWith('', []);
const HARDENED_LINE = '    SSLProtocol -all +TLSv1.2 +TLSv1.3\n';
const LEGACY_LINE = '    SSLProtocol all -SSLv3\n';
/** The hardened site but for `SSLProtocol all -SSLv3`, which still enables TLS 1.0 and 1.1. */
const VHOST = HARDENED.replace(HARDENED_LINE, LEGACY_LINE);
const LEGACY_LINE_NUMBER = VHOST.split('\n').indexOf(LEGACY_LINE.trimEnd());

suite('LSP: Apache vhosts', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;
  suiteSetup(async () => {
    assert.notEqual(VHOST, HARDENED, 'the hardened site sets SSLProtocol as expected');
    workspace = new TempWorkspace();
    client = await LspTestClient.start();
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });


  test('the legacy protocols are the only finding, on the arguments, with the docs link', async () => {
    const { diagnostics } = await openOnDisk(client, workspace, `docs/${SITE}`, VHOST, LANGUAGE);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), [RULE]);
    assertDocumented(diagnostics[0], RULE);
    assert.equal(diagnostics[0].range.start.line, LEGACY_LINE_NUMBER);
    assert.equal(coveredText(VHOST, diagnostics[0]), 'all -SSLv3');
    assert.match(String(diagnostics[0].message), /TLSv1, TLSv1\.1/);
  });

  test('the quick fix sets the Mozilla intermediate protocols; the fixed file is clean', async () => {
    const { uri, diagnostics } = await openOnDisk(client, workspace, `fix/${SITE}`, VHOST, LANGUAGE);
    const target = diagnosticOf(diagnostics, RULE);
    const fix = actionTitled(await client.codeActions(uri, target.range, [target]), 'Set SSLProtocol -all +TLSv1.2 +TLSv1.3 (Mozilla intermediate)');
    const fixed = client.applyEdit(uri, fix.edit);
    assert.equal(fixed, HARDENED);
    const since = client.mark();
    await client.change(uri, fixed);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('disable for this line writes an indented # comment inside the vhost, which silences the rule', async () => {
    const { uri, diagnostics } = await openOnDisk(client, workspace, `disable/${SITE}`, VHOST, LANGUAGE);
    const target = diagnosticOf(diagnostics, RULE);
    const disable = actionTitled(await client.codeActions(uri, target.range, [target]), `Disable ${RULE} for this line`);
    const silenced = client.applyEdit(uri, disable.edit);
    assert.equal(silenced, VHOST.replace(LEGACY_LINE, `    # sipmon-disable-next-line ${RULE} -- ADD REASON\n${LEGACY_LINE}`));
    const since = client.mark();
    await client.change(uri, silenced);
    assert.deepEqual(await client.diagnostics(uri, since), []);
  });

  test('hover on a documented directive and on the VirtualHost section', async () => {
    const { uri } = await openOnDisk(client, workspace, `hover/${SITE}`, VHOST, LANGUAGE);
    const lines = VHOST.split('\n');
    const engineLine = lines.indexOf('    SSLEngine On');
    const directive = await client.hover(uri, engineLine, 6);
    assert.ok(hoverMarkdown(directive).startsWith('**SSLEngine** (mod_ssl)'), hoverMarkdown(directive));
    assert.match(hoverMarkdown(directive), /\*\*Hardened:\*\* `SSLEngine On`/);
    assert.deepEqual(directive?.range, { start: { line: engineLine, character: 4 }, end: { line: engineLine, character: 13 } });
    const section = await client.hover(uri, lines.indexOf('<VirtualHost *:443>'), 3);
    assert.ok(hoverMarkdown(section).startsWith('**VirtualHost** (core)'), hoverMarkdown(section));
  });
});
