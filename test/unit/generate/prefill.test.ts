/** What the certificate command guesses from an openssl.cnf's [alt_names] and an Apache virtual host. */
import * as assert from 'node:assert/strict';
import { altNamesOf, prefillFrom, serverNamesOf } from '../../../server/src/core/generate/prefill';

const GUIDE_CNF = `[ req ]
default_bits = 2048
# Add the alt_names tag that allows you to inform our various IPs and FQDNs for the server
[ alt_names ]
IP.1 = 10.25.11.73
DNS.1 = Sipmon7.localdomain
# If you have several IP (HA: vip + ip)
IP.2 = 10.25.11.74   # the node
[ v3_ca ]
subjectAltName = @alt_names
DNS.9 = not-in-alt-names.example
`;

const VHOSTS = `<VirtualHost *:80>
    ServerName http://portal.example.com:80
    Redirect / https://portal.example.com/
</VirtualHost>
<VirtualHost *:443>
    ServerName portal.example.com
    ServerAlias www.portal.example.com *.apps.example.com bad_alias
    SSLEngine on
</VirtualHost>
`;

suite('certificate prefill', () => {
  test('the guide\'s [alt_names]: DNS.1 and every IP, in number order, outside sections ignored', () => {
    assert.deepEqual(altNamesOf(GUIDE_CNF), { dnsNames: ['Sipmon7.localdomain'], ipAddresses: ['10.25.11.73', '10.25.11.74'] });
  });

  test('the guide\'s placeholder address is skipped, not proposed', () => {
    assert.deepEqual(altNamesOf('[alt_names]\nIP.1 = xxx.xxx.xxx.xxx\nDNS.1 = sipmon.example.com\n'), { dnsNames: ['sipmon.example.com'], ipAddresses: [] });
  });

  test('a section named by subjectAltName = @other is read too; numbers order the names', () => {
    const cnf = '[ v3_server ]\nsubjectAltName = @server_names\n[ server_names ]\nDNS.2 = b.example.com\nDNS.1 = a.example.com\nIP.1 = 2001:db8::5\n';
    assert.deepEqual(altNamesOf(cnf), { dnsNames: ['a.example.com', 'b.example.com'], ipAddresses: ['2001:db8::5'] });
  });

  test('Apache: the first ServerName without scheme or port, the valid aliases', () => {
    assert.deepEqual(serverNamesOf(VHOSTS), { serverName: 'portal.example.com', aliases: ['www.portal.example.com', '*.apps.example.com'] });
  });

  test('Apache: a commented ServerName or a bare host name gives no FQDN', () => {
    assert.equal(serverNamesOf('#ServerName portal.example.com\n').serverName, undefined);
    assert.equal(serverNamesOf('ServerName localhost\n').serverName, undefined);
  });

  test('openssl.cnf first, then Apache; the FQDN is the first fully qualified name; no duplicates', () => {
    assert.deepEqual(prefillFrom([GUIDE_CNF], [VHOSTS, 'ServerName sipmon7.LOCALDOMAIN\n']), {
      fqdn: 'Sipmon7.localdomain',
      dnsNames: ['portal.example.com', 'www.portal.example.com', '*.apps.example.com'],
      ipAddresses: ['10.25.11.73', '10.25.11.74'],
    });
    assert.deepEqual(prefillFrom([], [VHOSTS]).fqdn, 'portal.example.com');
    assert.deepEqual(prefillFrom([], []), { fqdn: undefined, dnsNames: [], ipAddresses: [] });
  });
});
