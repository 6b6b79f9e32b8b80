/**
 * The generated files in a real Apache: httpd loads the key and certificate (RSA and ECDSA), and openssl s_client,
 * trusting only ca_demo.crt, verifies the chain, the host name and the IP address it is served under.
 */
import * as assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCertificate } from '../../../server/src/core/generate/certificate';
import { KeyType } from '../../../server/src/core/generate/request';
import { nodeOutputFolder } from '../../../server/src/cli/nodeOutputFolder';
import { OPENSSL } from '../../helpers/openssl';
import { requireOrSkip } from '../../helpers/paths';
import { findTool } from '../../helpers/tools';

const MODULES = '/usr/lib/apache2/modules';
const NEEDED_MODULES = ['mpm_event', 'authz_core', 'socache_shmcb', 'ssl'];

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

/** The output of a TLS handshake with openssl s_client, verifying against `caFile` only. */
function handshake(port: number, name: string, caFile: string, check: string[]): string {
  const child = spawnSync(OPENSSL ?? 'openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', name, '-CAfile', caFile, '-verify_return_error', ...check], { input: '', encoding: 'utf8', timeout: 10000 });
  return `${child.stdout}${child.stderr}`;
}

suite('generated files served by Apache', function () {
  this.timeout(60000);
  let work = '';
  let httpd: ChildProcess | undefined;
  const sites: { keyType: KeyType; fqdn: string; port: number }[] = [];

  const apache2 = findTool('apache2');

  suiteSetup(async function () {
    const withModules = apache2 !== undefined && NEEDED_MODULES.every((module) => fs.existsSync(path.join(MODULES, `mod_${module}.so`)));
    requireOrSkip(this, withModules, 'apache2 with mod_ssl');
    requireOrSkip(this, OPENSSL !== undefined, 'the openssl binary');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-apache-'));
    for (const [keyType, fqdn] of [['rsa2048', 'rsa.example.com'], ['p384', 'ec.example.com']] as const) {
      const folder = path.join(work, keyType);
      fs.mkdirSync(folder);
      const outcome = await generateCertificate({ fqdn, ipAddresses: ['127.0.0.1'], keyType, passphrase: 'apache test' }, nodeOutputFolder(folder), { replace: false });
      assert.ok(outcome.ok, JSON.stringify(outcome));
      sites.push({ keyType, fqdn, port: await freePort() });
    }
    const config = [
      `ServerRoot /etc/apache2`,
      `ServerName localhost`,
      `PidFile ${work}/httpd.pid`,
      `ErrorLog ${work}/error.log`,
      `Mutex file:${work} default`,
      ...NEEDED_MODULES.map((module) => `LoadModule ${module}_module ${MODULES}/mod_${module}.so`),
      ...sites.flatMap((site) => [
        `Listen 127.0.0.1:${site.port}`,
        `<VirtualHost 127.0.0.1:${site.port}>`,
        `  ServerName ${site.fqdn}`,
        '  SSLEngine on',
        `  SSLCertificateFile ${work}/${site.keyType}/${site.fqdn.split('.')[0]}.crt`,
        `  SSLCertificateKeyFile ${work}/${site.keyType}/${site.fqdn.split('.')[0]}.key`,
        '</VirtualHost>',
      ]),
      '',
    ].join('\n');
    fs.writeFileSync(path.join(work, 'httpd.conf'), config);
    const syntax = spawnSync(apache2 ?? 'apache2', ['-t', '-f', path.join(work, 'httpd.conf')], { encoding: 'utf8' });
    assert.equal(syntax.status, 0, syntax.stderr);
    // -X: one process in the foreground, stopped by its pid at the end.
    httpd = spawn(apache2 ?? 'apache2', ['-X', '-f', path.join(work, 'httpd.conf')], { stdio: 'ignore' });
  });

  suiteTeardown(() => {
    if (httpd?.pid !== undefined && httpd.exitCode === null) {
      process.kill(httpd.pid);
    }
    if (work !== '') {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  for (const [index, keyType] of (['rsa2048', 'p384'] as const).entries()) {
    test(`${keyType}: the chain, the host name and the IP address verify against ca_demo.crt only`, async () => {
      const site = sites[index];
      const caFile = path.join(work, keyType, 'ca_demo.crt');
      let output = '';
      for (let attempt = 0; attempt < 40 && !/Verify return code/.test(output); attempt++) {
        await sleep(attempt === 0 ? 0 : 250);
        output = handshake(site.port, site.fqdn, caFile, ['-verify_hostname', site.fqdn]);
      }
      assert.match(output, /Verify return code: 0 \(ok\)/, fs.existsSync(path.join(work, 'error.log')) ? fs.readFileSync(path.join(work, 'error.log'), 'utf8') : output);
      assert.match(output, new RegExp(`subject=CN = ${site.fqdn.replace(/\./g, '\\.')}`));
      assert.match(handshake(site.port, site.fqdn, caFile, ['-verify_ip', '127.0.0.1']), /Verify return code: 0 \(ok\)/);
      assert.doesNotMatch(handshake(site.port, site.fqdn, caFile, ['-verify_hostname', 'other.example.com']), /Verify return code: 0 \(ok\)/);
    });
  }
});
