/** Pointing a virtual host at the new files: only the arguments change, in the right <VirtualHost>, or nothing with a reason. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/core/fixes';
import { vhostCertificateEdits, VhostTarget } from '../../../../server/src/formats/apache/certificateEdits';
import { parseApache } from '../../../../server/src/formats/apache/model';
import { directivesNamed } from '../../../../server/src/formats/apache/query';

const TARGET: VhostTarget = { certificatePath: '/etc/pki/tls/certs/portal.crt', keyPath: '/etc/pki/tls/private/portal.key', names: ['portal.example.com'] };

function edited(text: string, target: VhostTarget = TARGET): string {
  const result = vhostCertificateEdits(text, target);
  assert.ok(result.ok, result.ok ? '' : result.problem);
  return applyEdits(text, result.edits);
}

suite('virtual host certificate edits', () => {
  test('replaces the arguments only, keeping indentation, comments and other directives', () => {
    const before = [
      '<VirtualHost *:443>',
      '    ServerName portal.example.com',
      '    SSLEngine on',
      '    # the old pair',
      '    SSLCertificateFile   /etc/pki/tls/certs/old.crt',
      '    SSLCertificateKeyFile "/etc/pki/tls/private/old.key"',
      '    SSLCertificateChainFile /etc/pki/tls/certs/chain.crt',
      '</VirtualHost>',
      '',
    ].join('\n');
    assert.equal(edited(before), before.replace('/etc/pki/tls/certs/old.crt', TARGET.certificatePath).replace('"/etc/pki/tls/private/old.key"', TARGET.keyPath));
  });

  test('adds the missing directives after SSLEngine, with its indentation and the file\'s line breaks', () => {
    const before = '<VirtualHost *:443>\r\n\tServerName portal.example.com\r\n\tSSLEngine On\r\n</VirtualHost>\r\n';
    assert.equal(edited(before), `<VirtualHost *:443>\r\n\tServerName portal.example.com\r\n\tSSLEngine On\r\n\tSSLCertificateFile ${TARGET.certificatePath}\r\n\tSSLCertificateKeyFile ${TARGET.keyPath}\r\n</VirtualHost>\r\n`);
  });

  test('adds the key file after the certificate file when only the key is missing', () => {
    assert.equal(edited('SSLEngine on\nSSLCertificateFile /old.crt\n'), `SSLEngine on\nSSLCertificateFile ${TARGET.certificatePath}\nSSLCertificateKeyFile ${TARGET.keyPath}\n`);
  });

  test('quotes a path with spaces', () => {
    const result = edited('SSLCertificateFile a\nSSLCertificateKeyFile b\n', { ...TARGET, certificatePath: 'C:/My Certs/portal.crt' });
    assert.equal(result, `SSLCertificateFile "C:/My Certs/portal.crt"\nSSLCertificateKeyFile ${TARGET.keyPath}\n`);
  });

  test('edits the virtual host serving the certificate\'s name, not the others', () => {
    const other = '<VirtualHost *:443>\n  ServerName other.example.com\n  SSLEngine on\n  SSLCertificateFile /other.crt\n  SSLCertificateKeyFile /other.key\n</VirtualHost>\n';
    const mine = '<VirtualHost *:443>\n  ServerName www.example.com\n  ServerAlias portal.example.com:443\n  SSLEngine on\n  SSLCertificateFile /old.crt\n  SSLCertificateKeyFile /old.key\n</VirtualHost>\n';
    assert.equal(edited(other + mine), other + mine.replace('/old.crt', TARGET.certificatePath).replace('/old.key', TARGET.keyPath));
  });

  test('directives inside <IfModule> within the virtual host count', () => {
    const before = '<VirtualHost *:443>\n<IfModule mod_ssl.c>\nSSLEngine on\nSSLCertificateFile /old.crt\nSSLCertificateKeyFile /old.key\n</IfModule>\n</VirtualHost>\n';
    assert.equal(edited(before), before.replace('/old.crt', TARGET.certificatePath).replace('/old.key', TARGET.keyPath));
  });

  test('a continued line, a commented-out directive and a ${variable} argument, read as httpd reads them', () => {
    const before = [
      'Define certs /etc/pki/tls/old',
      '<VirtualHost *:443>',
      '  ServerName portal.example.com',
      '  SSLEngine on',
      '  # SSLCertificateFile /commented/out.crt',
      '  SSLCertificateFile \\',
      '      ${certs}/old.crt',
      '  SSLCertificateKeyFile ${certs}/old.key',
      '</VirtualHost>',
      '',
    ].join('\n');
    assert.equal(edited(before), before.replace('${certs}/old.crt', TARGET.certificatePath).replace('${certs}/old.key', TARGET.keyPath));
  });

  test('a directive written without its argument gets one', () => {
    assert.equal(edited('SSLEngine on\nSSLCertificateFile\nSSLCertificateKeyFile /old.key\n'), `SSLEngine on\nSSLCertificateFile ${TARGET.certificatePath}\nSSLCertificateKeyFile ${TARGET.keyPath}\n`);
  });

  test('every path is read back by httpd as written: backslashes and quotes are escaped only when they must be', () => {
    for (const certificatePath of ['C:\\Certs\\portal.crt', '\\\\fileserver\\certs\\portal.crt', '/etc/ssl/"odd" name.crt', "'quoted'.crt", '/etc/ssl/#hash.crt']) {
      const result = edited('SSLEngine on\n', { ...TARGET, certificatePath });
      const [certificate] = directivesNamed(parseApache(result).model, 'sslcertificatefile');
      assert.deepEqual(certificate.args.map((arg) => arg.value), [certificatePath], result);
    }
    assert.match(edited('SSLEngine on\n', { ...TARGET, certificatePath: 'C:\\Certs\\portal.crt' }), /^SSLCertificateFile C:\\Certs\\portal\.crt$/m);
  });

  test('a virtual host whose last SSLEngine is off is no candidate', () => {
    const before = '<VirtualHost *:443>\n  SSLEngine on\n  SSLEngine off\n</VirtualHost>\n<VirtualHost *:8443>\n  SSLEngine on\n</VirtualHost>\n';
    assert.equal(edited(before), before.replace('SSLEngine on\n</VirtualHost>\n', `SSLEngine on\n  SSLCertificateFile ${TARGET.certificatePath}\n  SSLCertificateKeyFile ${TARGET.keyPath}\n</VirtualHost>\n`));
  });

  test('no SSL virtual host: a reason, no edit', () => {
    assert.deepEqual(vhostCertificateEdits('<VirtualHost *:80>\n  ServerName portal.example.com\n</VirtualHost>\n# SSLCertificateFile /x\n', TARGET), {
      ok: false,
      problem: 'This file has no SSL virtual host (no SSLEngine on, SSLCertificateFile or SSLCertificateKeyFile).',
    });
  });

  test('several SSL virtual hosts and none named: no guess', () => {
    const two = '<VirtualHost *:443>\nSSLEngine on\n</VirtualHost>\n<VirtualHost *:8443>\nSSLEngine on\n</VirtualHost>\n';
    const result = vhostCertificateEdits(two, TARGET);
    assert.ok(!result.ok);
    assert.match(result.problem, /several SSL virtual hosts and none serves portal\.example\.com/);
  });
});
