/** sipmon-lint over an Apache tree: the vhost and the module snippet are detected and reported, --fix applies the safe fixes, tlsProfile comes from the config file. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readTreeFile, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';

const SITE = 'etc/apache2/sites-available/Sipmon.conf';
const AUTOINDEX = 'etc/apache2/mods-available/autoindex.conf';

const INSECURE_SITE = [
  'Define base_uri "/Sipmon"',
  'ServerTokens Prod',
  'TraceEnable Off',
  '<VirtualHost *:443>',
  '    SSLEngine On',
  '    SSLProtocol all -SSLv3',
  '    SSLCertificateFile /etc/ssl/certs/Sipmon7.crt',
  '    SSLCertificateKeyFile /etc/ssl/private/Sipmon7.key',
  '    Header always set X-Frame-Options "SAMEORIGIN"',
  '    Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict',
  '    Header always set Strict-Transport-Security "max-age=63072000"',
  '    Protocols h2 http/1.1',
  '    Alias ${base_uri} /usr/share/Sipmon/www/',
  '</VirtualHost>',
  '',
].join('\n');

suite('sipmon-lint on Apache files', () => {
  const tree = temporaryTrees();

  test('the site and the module snippet are reported; a non-httpd .conf is not linted', () => {
    const root = tree({ [SITE]: INSECURE_SITE, [AUTOINDEX]: 'Alias /icons/ "/usr/share/apache2/icons/"\n', 'etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0\n' });
    const run = runJson(root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.entries.map((entry) => [entry.file, entry.format, entry.findings.map((finding) => `${finding.line}:${finding.ruleId}`)]), [
      [path.normalize(AUTOINDEX), 'apache', ['1:apache/icons-alias']],
      [path.normalize(SITE), 'apache', ['6:apache/ssl-protocol-legacy']],
    ]);
  });

  test('--fix follows the tlsProfile of .sipmonlint.json and leaves a clean tree', () => {
    const root = tree({ [SITE]: INSECURE_SITE, [AUTOINDEX]: 'Alias /icons/ "/usr/share/apache2/icons/"\n', '.sipmonlint.json': '{ "tlsProfile": "modern" }\n' });
    const fixed = runCli(root, ['--fix']);
    assert.equal(fixed.stderr, '');
    assert.match(readTreeFile(root, SITE), /^ {4}SSLProtocol -all \+TLSv1\.3$/m);
    assert.equal(readTreeFile(root, AUTOINDEX), '#Alias /icons/ "/usr/share/apache2/icons/"\n');
    const after = runJson(root);
    assert.equal(after.status, 0, after.stdout);
    assert.deepEqual(after.entries.flatMap((entry) => entry.findings), []);
  });

  test('an invalid tlsProfile is a configuration problem', () => {
    const root = tree({ [SITE]: INSECURE_SITE, '.sipmonlint.json': '{ "tlsProfile": "old" }\n' });
    const run = runCli(root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"tlsProfile" must be "intermediate" or "modern"/);
  });
});
