/**
 * The generated files in the hardened HTTPS vhost, for every key type: the editor's vhost edit points the
 * sipmon-apache-https-vhost snippet at them, the result lints clean, `apache2 -t` accepts it and finds the
 * certificate, and served by apache2 the chain, host name and IP address verify against ca_demo.crt only.
 */
import * as assert from 'node:assert/strict';
import { ChildProcess, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/core/fixes';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { generateCertificate } from '../../../server/src/core/generate/certificate';
import { KEY_TYPES } from '../../../server/src/core/generate/request';
import { nodeOutputFolder } from '../../../server/src/cli/nodeOutputFolder';
import { vhostCertificateEdits } from '../../../server/src/formats/apache/certificateEdits';
import { replaceArguments } from '../../../server/src/formats/apache/edits';
import { parseApache } from '../../../server/src/formats/apache/model';
import { directivesNamed, isTlsVirtualHost, virtualHosts } from '../../../server/src/formats/apache/query';
import { lintFile } from '../../../server/src/linter';
import { apacheConfigTest, apacheErrorLog, requireApache, startApache, stopApache, writeMainConfig } from '../../helpers/apacheHarness';
import { apacheSnippetTexts } from '../../helpers/apacheSnippets';
import { OPENSSL } from '../../helpers/openssl';
import { requireOrSkip } from '../../helpers/paths';

/** The snippet's ServerName, so the vhost edit finds its host by name. */
const FQDN = 'sipmon.example.org';
const PASSPHRASE = 'apache test passphrase';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The output of a TLS handshake with openssl s_client, trusting `caFile` only. */
function handshake(port: number, caFile: string, check: string[]): string {
  const child = spawnSync(OPENSSL ?? 'openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', FQDN, '-CAfile', caFile, '-verify_return_error', ...check], { input: '', encoding: 'utf8', timeout: 10000 });
  return `${child.stdout}${child.stderr}`;
}

/** The site with its virtual hosts on loopback ports: the TLS one on `https`, the others on `http`. */
function onLoopbackPorts(text: string, http: number, https: number): string {
  const { model } = parseApache(text);
  return applyEdits(text, virtualHosts(model).map((vhost) => replaceArguments(vhost, `127.0.0.1:${isTlsVirtualHost(model, vhost) ? https : http}`)));
}

/** The argument values of the certificate directives, in source order. */
function certificateArguments(text: string): string[][] {
  return directivesNamed(parseApache(text).model, 'sslcertificatefile', 'sslcertificatekeyfile').map((directive) => [directive.name, ...directive.args.map((arg) => arg.value)]);
}

suite('generated files in the hardened HTTPS vhost, checked by apache2', function () {
  this.timeout(120000);
  const snippet = apacheSnippetTexts()['sipmon-apache-https-vhost'];
  let apache2 = '';

  suiteSetup(function () {
    apache2 = requireApache(this);
    requireOrSkip(this, OPENSSL !== undefined, 'the openssl binary');
  });

  for (const keyType of KEY_TYPES) {
    suite(keyType, () => {
      let sandbox = '';
      let certificate = '';
      let key = '';
      let caCertificate = '';
      let site = '';
      let httpd: ChildProcess | undefined;

      suiteSetup(async () => {
        sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-apache-'));
        // A folder name with a space: the edit must quote the paths the way httpd reads them.
        const certificates = path.join(sandbox, 'Sipmon certs');
        fs.mkdirSync(certificates);
        const outcome = await generateCertificate({ fqdn: FQDN, ipAddresses: ['127.0.0.1'], keyType, passphrase: PASSPHRASE }, nodeOutputFolder(certificates), { replace: false });
        assert.ok(outcome.ok, JSON.stringify(outcome));
        const pathOf = (name: string | undefined): string => outcome.files.find((file) => file.name === name)?.path ?? assert.fail(`${String(name)} was not written`);
        certificate = pathOf(outcome.names.certificate);
        key = pathOf(outcome.names.key);
        caCertificate = pathOf(outcome.names.caCertificate);
        // As the editor command calls it, with the certificate's names.
        const edits = vhostCertificateEdits(snippet, { certificatePath: certificate, keyPath: key, names: [FQDN] });
        assert.ok(edits.ok, edits.ok ? '' : edits.problem);
        site = applyEdits(snippet, edits.edits);
      });

      suiteTeardown(async () => {
        if (httpd) {
          await stopApache(httpd);
        }
        if (sandbox !== '') {
          fs.rmSync(sandbox, { recursive: true, force: true });
        }
      });

      test('the vhost edit points SSLCertificateFile and SSLCertificateKeyFile at the generated files and changes nothing else', () => {
        assert.deepEqual(certificateArguments(site), [['SSLCertificateFile', certificate], ['SSLCertificateKeyFile', key]]);
        const [before, after] = [snippet, site].map((text) => {
          const spans = directivesNamed(parseApache(text).model, 'sslcertificatefile', 'sslcertificatekeyfile').map((directive) => directive.args[0].span);
          return [text.slice(0, spans[0].start), text.slice(spans[0].end, spans[1].start), text.slice(spans[1].end)];
        });
        assert.deepEqual(after, before);
      });

      test('the edited vhost lints clean with the Apache rules', () => {
        const result = lintFile({ path: '/etc/apache2/sites-available/Sipmon.conf', text: site, workspace: emptyWorkspace });
        assert.equal(result?.format, 'apache');
        assert.deepEqual(result.engineErrors, []);
        assert.deepEqual(result.findings.map((finding) => `${finding.ruleId}: ${finding.message}`), []);
      });

      test('apache2 -t accepts it, and mod_ssl finds the generated certificate', () => {
        const file = path.join(sandbox, 'Sipmon.conf');
        fs.writeFileSync(file, site);
        const run = apacheConfigTest(apache2, writeMainConfig(sandbox, [file]), ['DUMP_CERTS']);
        assert.equal(run.status, 0, `${run.output}\n--- ${file}:\n${site}`);
        assert.match(run.output, /Syntax OK/);
        const listed = /Server certificates:\n((?:[ \t]+\S.*\n)*)/.exec(run.output)?.[1] ?? '';
        assert.deepEqual(listed.split('\n').map((line) => line.trim()).filter(Boolean), [certificate], run.output);
      });

      test('served by apache2: the chain, the host name and the IP address verify against ca_demo.crt only, in TLS 1.3 and 1.2', async () => {
        const served = path.join(sandbox, 'served');
        fs.mkdirSync(served);
        const http = await freePort();
        let https = await freePort();
        while (https === http) {
          https = await freePort();
        }
        const file = path.join(served, 'Sipmon.conf');
        fs.writeFileSync(file, onLoopbackPorts(site, http, https));
        httpd = startApache(apache2, writeMainConfig(served, [file], [`127.0.0.1:${http}`, `127.0.0.1:${https}`]));
        let output = '';
        for (let attempt = 0; attempt < 40 && !/Verify return code/.test(output) && httpd.exitCode === null; attempt++) {
          await sleep(attempt === 0 ? 100 : 250);
          output = handshake(https, caCertificate, ['-verify_hostname', FQDN]);
        }
        assert.match(output, /Verify return code: 0 \(ok\)/, `${output}\n${apacheErrorLog(served)}`);
        assert.match(output, new RegExp(`subject=CN = ${FQDN.replace(/\./g, '\\.')}`));
        assert.match(handshake(https, caCertificate, ['-verify_ip', '127.0.0.1']), /Verify return code: 0 \(ok\)/);
        assert.doesNotMatch(handshake(https, caCertificate, ['-verify_hostname', 'other.example.org']), /Verify return code: 0 \(ok\)/);
        // TLS 1.2 picks a suite of the snippet's SSLCipherSuite matching the key: ECDHE-ECDSA or ECDHE-RSA.
        const tls12 = handshake(https, caCertificate, ['-tls1_2', '-verify_hostname', FQDN]);
        assert.match(tls12, /Verify return code: 0 \(ok\)/, tls12);
        const cipher = /Cipher is (\S+)/.exec(tls12)?.[1] ?? '';
        const suites = directivesNamed(parseApache(site).model, 'sslciphersuite')[0].args[0].value.split(':');
        assert.ok(suites.includes(cipher), `${cipher} is not one of ${suites.join(':')}`);
        assert.match(cipher, keyType.startsWith('rsa') ? /^ECDHE-RSA-/ : /^ECDHE-ECDSA-/);
      });
    });
  }
});
