/** Host names, wildcard names and IP addresses for subjectAltName: what is accepted, refused, and how IPs are encoded. */
import * as assert from 'node:assert/strict';
import { canonicalIp, dnsNameProblem, fqdnProblem, hostNameProblem, ipProblem } from '../../../server/src/core/generate/names';

suite('certificate names', () => {
  suite('host names', () => {
    for (const name of ['localhost', 'Sipmon7', 'Sipmon7.localdomain', 'a-b.c-d.example', 'x'.repeat(63) + '.example', 'xn--bcher-kva.example']) {
      test(`accepts ${name}`, () => assert.equal(hostNameProblem(name), undefined));
    }
    const refused: [string, RegExp][] = [
      ['', /empty/],
      ['sipmon.example.com.', /final dot/],
      ['sipmon..example.com', /empty label/],
      ['.example.com', /empty label/],
      ['bad_name.example.com', /"bad_name" is not a valid label/],
      ['-lead.example.com', /not a valid label/],
      ['trail-.example.com', /not a valid label/],
      ['x'.repeat(64) + '.example', /not a valid label/],
      [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.example`, /longer than 253/],
      ['sipmon example.com', /not a valid label/],
      ['10.25.11.73', /IP address/],
      ['sipmon.éxample.com', /not a valid label/],
    ];
    for (const [name, message] of refused) {
      test(`refuses "${name.slice(0, 40)}"`, () => assert.match(hostNameProblem(name) ?? '', message));
    }
  });

  test('an FQDN has a domain', () => {
    assert.match(fqdnProblem('Sipmon7') ?? '', /not fully qualified/);
    assert.equal(fqdnProblem('Sipmon7.localdomain'), undefined);
  });

  test('a wildcard is a whole first label before two labels or more', () => {
    assert.equal(dnsNameProblem('*.apps.example.com'), undefined);
    assert.match(dnsNameProblem('*.com') ?? '', /not fully qualified/);
    assert.match(dnsNameProblem('a*.example.com') ?? '', /whole first label/);
    assert.match(dnsNameProblem('*.*.example.com') ?? '', /after "\*\."/);
  });

  suite('IP addresses', () => {
    const canonical: [string, string][] = [
      ['10.25.11.73', '10.25.11.73'],
      ['0.0.0.0', '0.0.0.0'],
      ['255.255.255.255', '255.255.255.255'],
      ['::1', '0000:0000:0000:0000:0000:0000:0000:0001'],
      ['::', '0000:0000:0000:0000:0000:0000:0000:0000'],
      ['2001:DB8::1', '2001:0db8:0000:0000:0000:0000:0000:0001'],
      ['fe80::1:2', 'fe80:0000:0000:0000:0000:0000:0001:0002'],
      ['1:2:3:4:5:6:7:8', '0001:0002:0003:0004:0005:0006:0007:0008'],
      ['1:2:3:4:5:6:7::', '0001:0002:0003:0004:0005:0006:0007:0000'],
      ['::ffff:10.0.0.1', '0000:0000:0000:0000:0000:ffff:0a00:0001'],
      ['64:ff9b::192.0.2.33', '0064:ff9b:0000:0000:0000:0000:c000:0221'],
      ['1:2:3:4:5:6:1.2.3.4', '0001:0002:0003:0004:0005:0006:0102:0304'],
    ];
    for (const [text, expected] of canonical) {
      test(`${text} → ${expected}`, () => assert.equal(canonicalIp(text), expected));
    }
    for (const text of ['256.1.1.1', '10.0.0', '10.0.0.1.5', '010.0.0.1', ' 10.0.0.1', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1::', '1:2:3:4:5:6:7:8::', '12345::1', 'g::1', '::1.2.3', '1.2.3.4::', 'localhost', '']) {
      test(`refuses "${text}"`, () => {
        assert.equal(canonicalIp(text), undefined);
        assert.match(ipProblem(text) ?? '', /not an IPv4 or IPv6 address/);
      });
    }
    test('names the guide\'s placeholder', () => assert.match(ipProblem('xxx.xxx.xxx.xxx') ?? '', /placeholder of the guide/));
    test('refuses a zone id', () => assert.match(ipProblem('fe80::1%eth0') ?? '', /zone id/));
  });
});
