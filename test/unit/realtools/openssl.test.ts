/**
 * openssl as the oracle: with every fixture (after every preferred fix, or as it is when hardened),
 * `openssl req -new -x509 -config <file> -key <key> -subj /CN=Sipmon7.localdomain -extensions <server section>`
 * succeeds, and `openssl x509 -noout -text` shows the SAN, CA:FALSE and serverAuth the rules require. Where a rule
 * says signing fails or yields a CA, the unfixed text makes openssl do exactly that.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { entriesOf, hasSection, IniDocument } from '../../../server/src/formats/ini/model';
import { parseIni } from '../../../server/src/formats/ini/parser';
import { ALT_NAMES, SERVER_SECTION, serverSections } from '../../../server/src/formats/openssl/certificate';
import { lintFile } from '../../../server/src/linter';
import { fixedTexts } from '../../helpers/fixtureFixes';
import { fixtureCases } from '../../helpers/fixtures';
import { contributedSnippets, snippetText } from '../../helpers/snippets';
import { requireTool, runTool, ToolRun } from '../../helpers/tools';

const SUBJECT = '/CN=Sipmon7.localdomain';

/** The section the server certificate is made from: v3_server when there is one, else the first server section. */
function serverSectionOf(doc: IniDocument): string | undefined {
  return hasSection(doc, SERVER_SECTION) ? SERVER_SECTION : serverSections(doc)[0];
}

function ruleIds(text: string): string[] {
  return lintFile({ path: '/etc/ssl/openssl.cnf', text, workspace: emptyWorkspace })?.findings.map((finding) => finding.ruleId) ?? [];
}

suite('real tool: openssl', function () {
  this.timeout(60000);
  let openssl = '';
  let folder = '';
  let key = '';
  let counter = 0;

  suiteSetup(function () {
    openssl = requireTool(this, 'openssl', 'openssl');
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-openssl-')));
    key = path.join(folder, 'server.key');
    const made = runTool(openssl, ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key]);
    assert.equal(made.status, 0, made.stderr);
  });

  suiteTeardown(() => {
    if (folder) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  /** Makes a self-signed certificate from a configuration text; its `-text` dump on success. */
  function sign(text: string, extensions: string | undefined): ToolRun & { certificate: string } {
    counter += 1;
    const config = path.join(folder, `config-${counter}.cnf`);
    const certificate = path.join(folder, `cert-${counter}.pem`);
    fs.writeFileSync(config, text);
    const args = ['req', '-new', '-x509', '-config', config, '-key', key, '-subj', SUBJECT, ...(extensions ? ['-extensions', extensions] : []), '-out', certificate];
    const run = runTool(openssl, args);
    if (run.status !== 0) {
      return { ...run, certificate: '' };
    }
    const shown = runTool(openssl, ['x509', '-noout', '-text', '-in', certificate]);
    assert.equal(shown.status, 0, shown.stderr);
    return { ...run, certificate: shown.stdout };
  }

  for (const fixture of fixtureCases().filter((candidate) => candidate.format === 'openssl')) {
    for (const file of fixture.files) {
      test(`${fixture.rule}/${file.virtualPath.split('/').pop()} (${file.kind === 'bad' ? 'after every preferred fix' : 'as it is'}): signs, with what the rules require`, () => {
        const text = fixedTexts(fixture).get(file) as string;
        const doc = parseIni(text, 'openssl').model;
        const section = serverSectionOf(doc);
        const signed = sign(text, section);
        assert.equal(signed.status, 0, signed.stderr);
        const shown = signed.certificate;
        assert.doesNotMatch(shown, /Signature Algorithm: (md2|md4|md5|sha1)With/i, 'a weak digest');
        if (section) {
          assert.match(shown, /CA:FALSE/, 'the server certificate is no CA');
          assert.match(shown, /TLS Web Server Authentication/, 'serverAuth');
        }
        if (hasSection(doc, ALT_NAMES) && section) {
          assert.match(shown, /X509v3 Subject Alternative Name/);
          for (const entry of entriesOf(doc, ALT_NAMES)) {
            const shownAs = entry.name.startsWith('IP') ? `IP Address:${entry.value}` : `DNS:${entry.value}`;
            assert.ok(shown.includes(shownAs), `${shownAs} in the certificate`);
          }
        }
      });
    }
  }

  test('the [ alt_names ] and [ v3_server ] snippets together make a server certificate with SAN, CA:FALSE and serverAuth', () => {
    const text = `${Object.values(contributedSnippets('opensslcnf') ?? {}).map(snippetText).join('\n')}\n`;
    const signed = sign(text, SERVER_SECTION);
    assert.equal(signed.status, 0, signed.stderr);
    for (const shown of ['CA:FALSE', 'TLS Web Server Authentication', 'DNS:Sipmon7.localdomain', 'IP Address:192.0.2.10', 'Digital Signature, Key Encipherment']) {
      assert.ok(signed.certificate.includes(shown), shown);
    }
  });

  test('san-placeholder: the unfixed placeholder makes signing fail with "bad ip address"', () => {
    const bad = fixtureCases().find((candidate) => candidate.format === 'openssl' && candidate.rule === 'san-placeholder')?.files.find((file) => file.kind === 'bad');
    assert.ok(bad);
    assert.ok(ruleIds(bad.text).includes('openssl/san-placeholder'));
    const signed = sign(bad.text, SERVER_SECTION);
    assert.notEqual(signed.status, 0);
    assert.match(signed.stderr, /bad ip address/);
  });

  test('server-cert-is-ca: signing with the guide\'s -extensions v3_ca makes the server certificate a CA', () => {
    const bad = fixtureCases().find((candidate) => candidate.format === 'openssl' && candidate.rule === 'server-cert-is-ca')?.files.find((file) => file.kind === 'bad');
    assert.ok(bad);
    assert.ok(ruleIds(bad.text).includes('openssl/server-cert-is-ca'));
    const signed = sign(bad.text, 'v3_ca');
    assert.equal(signed.status, 0, signed.stderr);
    assert.match(signed.certificate, /CA:TRUE/);
    assert.match(signed.certificate, /DNS:Sipmon7\.localdomain/);
  });

  test('dangling-section: a reference to a missing or empty section makes signing fail', () => {
    for (const text of [
      '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nsubjectAltName = @alt_names\n',
      '[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nsubjectAltName = @alt_names\n[ alt_names ]\n# IP.1 = xxx.xxx.xxx.xxx\n',
    ]) {
      assert.ok(ruleIds(text).includes('openssl/dangling-section'), text);
      const signed = sign(text, SERVER_SECTION);
      assert.notEqual(signed.status, 0, text);
      assert.match(signed.stderr, /section=@alt_names/);
    }
  });

  test('syntax: what the parser refuses, openssl refuses', () => {
    for (const text of ['[ req\ndefault_bits = 2048\n', '[ req ]\nmy key = 1\n', '[ req ]\nx = $undefined\n']) {
      assert.ok(ruleIds(text).includes('openssl/syntax'), text);
      assert.notEqual(sign(text, undefined).status, 0, text);
    }
  });
});
