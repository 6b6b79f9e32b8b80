/** Every input of a certificate request: the defaults, and a clear message for each bad value. */
import * as assert from 'node:assert/strict';
import { CertificateRequest } from '../../../server/src/core/generate/request';
import { validateRequest } from '../../../server/src/core/generate/validateRequest';

const GOOD: CertificateRequest = { fqdn: 'sipmon.example.com', passphrase: 'long enough' };

function problems(request: Partial<CertificateRequest>): string[] {
  const validation = validateRequest({ ...GOOD, ...request });
  return validation.ok ? [] : validation.problems;
}

suite('certificate request validation', () => {
  test('defaults: RSA 2048, 397 days, a CA of 3650 days named after the server, host = first label', () => {
    const validation = validateRequest(GOOD);
    assert.ok(validation.ok);
    assert.deepEqual(validation.request, {
      fqdn: 'sipmon.example.com',
      host: 'sipmon',
      dnsNames: ['sipmon.example.com'],
      ipAddresses: [],
      keyType: 'rsa2048',
      days: 397,
      newCa: { commonName: 'Sipmon demo CA for sipmon.example.com', days: 3650, passphrase: 'long enough' },
      existingCa: undefined,
    });
  });

  test('names are trimmed; duplicates (any case, any IP notation) and blanks are dropped; the FQDN comes first', () => {
    const validation = validateRequest({ ...GOOD, fqdn: ' Sipmon7.localdomain ', dnsNames: ['sipmon7.LOCALDOMAIN', ' sipmon7 ', ''], ipAddresses: ['::1', '0:0::1', ' 10.0.0.1', '10.0.0.1'] });
    assert.ok(validation.ok);
    assert.deepEqual(validation.request.dnsNames, ['Sipmon7.localdomain', 'sipmon7']);
    assert.deepEqual(validation.request.ipAddresses.map((address) => address.written), ['::1', '10.0.0.1']);
    assert.equal(validation.request.host, 'Sipmon7');
  });

  const bad: [string, Partial<CertificateRequest>, RegExp][] = [
    ['an invalid FQDN', { fqdn: 'sipmon_7.example.com' }, /^Server name "sipmon_7\.example\.com" is refused: "sipmon_7" is not a valid label/],
    ['a bare host name', { fqdn: 'sipmon' }, /^Server name "sipmon" is refused: it is not fully qualified/],
    ['an empty FQDN', { fqdn: '  ' }, /^Server name "" is refused: it is empty/],
    ['an invalid DNS name', { dnsNames: ['a..b'] }, /^DNS name "a\.\.b" is refused/],
    ['an invalid IP', { ipAddresses: ['10.0.0.256'] }, /^IP address "10\.0\.0\.256" is refused: it is not an IPv4 or IPv6 address/],
    ['the guide\'s placeholder IP', { ipAddresses: ['xxx.xxx.xxx.xxx'] }, /placeholder of the guide/],
    ['an unknown key type', { keyType: 'dsa1024' as never }, /^Key type "dsa1024" is unknown/],
    ['0 days', { days: 0 }, /validity must be a whole number of days, at least 1/],
    ['a fraction of days', { days: 1.5 }, /whole number/],
    ['more than 825 days', { days: 826 }, /^Server certificate validity of 826 days is refused: at most 825 days/],
    ['a CA named like the server', { caCommonName: 'SIPMON.example.com' }, /CA common name must differ from the server's name/],
    ['an empty CA name', { caCommonName: ' ' }, /CA common name is empty/],
    ['a CA name with quotes', { caCommonName: 'My "CA"' }, /quotes, backslashes/],
    ['a CA name too long', { caCommonName: 'x'.repeat(65) }, /longer than 64/],
    ['a CA validity above ten years', { caDays: 3651 }, /^CA validity of 3651 days is refused: at most 3650 days/],
    ['a CA shorter-lived than the server certificate', { caDays: 300, days: 397 }, /the certificate would outlive its CA/],
    ['an empty passphrase', { passphrase: '' }, /^CA key passphrase is empty/],
    ['no passphrase', { passphrase: undefined }, /^CA key passphrase is empty/],
    ['a three-character passphrase', { passphrase: 'abc' }, /too short: at least 4/],
    ['CA options with an existing CA', { caDays: 100, existingCa: { certificatePem: '', keyPem: '', certificateLocation: '' } }, /describes a new CA/],
  ];
  for (const [what, request, message] of bad) {
    test(`refuses ${what}`, () => {
      const found = problems(request);
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0], message);
    });
  }

  test('reports every problem at once, and never the passphrase', () => {
    const found = problems({ fqdn: 'bad_name', ipAddresses: ['1.2.3'], days: 9999, passphrase: 'ab' });
    assert.equal(found.length, 4, found.join('\n'));
    assert.ok(found.every((problem) => !problem.includes('"ab"')));
  });

  test('the passphrase may be checked later (a command line asks for it after the other checks)', () => {
    assert.ok(validateRequest({ fqdn: 'sipmon.example.com' }, true).ok);
  });

  test('an existing CA needs no CA name and may have no passphrase', () => {
    const validation = validateRequest({ fqdn: 'sipmon.example.com', existingCa: { certificatePem: 'c', keyPem: 'k', certificateLocation: '/ca.crt' } });
    assert.ok(validation.ok);
    assert.equal(validation.request.newCa, undefined);
    assert.deepEqual(validation.request.existingCa, { certificatePem: 'c', keyPem: 'k', certificateLocation: '/ca.crt', passphrase: undefined });
  });
});
