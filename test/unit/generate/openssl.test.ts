/** Every key type, proven with the real openssl: chain, extensions, names, key size, validity, CSR, keys and modes. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCertificate } from '../../../server/src/core/generate/certificate';
import { KEY_TYPES, KeyType } from '../../../server/src/core/generate/request';
import { nodeOutputFolder } from '../../../server/src/cli/nodeOutputFolder';
import { OPENSSL, modeOf, openssl, opensslOk } from '../../helpers/openssl';
import { requireOrSkip } from '../../helpers/paths';

const PASSPHRASE = 'correct horse battery';
const DAY_SECONDS = 24 * 60 * 60;

const EXPECTED: Record<KeyType, { publicKey: RegExp; signature: string; usage: string; caPublicKey: RegExp }> = {
  rsa2048: { publicKey: /Public-Key: \(2048 bit\)/, signature: 'sha256WithRSAEncryption', usage: 'Digital Signature, Key Encipherment', caPublicKey: /Public-Key: \(3072 bit\)/ },
  rsa3072: { publicKey: /Public-Key: \(3072 bit\)/, signature: 'sha256WithRSAEncryption', usage: 'Digital Signature, Key Encipherment', caPublicKey: /Public-Key: \(3072 bit\)/ },
  rsa4096: { publicKey: /Public-Key: \(4096 bit\)/, signature: 'sha256WithRSAEncryption', usage: 'Digital Signature, Key Encipherment', caPublicKey: /Public-Key: \(4096 bit\)/ },
  p256: { publicKey: /Public-Key: \(256 bit\)[\s\S]*NIST CURVE: P-256/, signature: 'ecdsa-with-SHA256', usage: 'Digital Signature', caPublicKey: /NIST CURVE: P-256/ },
  p384: { publicKey: /Public-Key: \(384 bit\)[\s\S]*NIST CURVE: P-384/, signature: 'ecdsa-with-SHA384', usage: 'Digital Signature', caPublicKey: /NIST CURVE: P-384/ },
};

/** The value printed under an extension's heading in `openssl x509 -text`. */
function extension(text: string, heading: string): string {
  const match = new RegExp(`${heading}:( critical)?\\s*\\n\\s*(.*)`).exec(text);
  assert.ok(match, `no ${heading} in:\n${text}`);
  return `${match[1] ? 'critical ' : ''}${match[2].trim()}`;
}

function isoDate(output: string, field: 'notBefore' | 'notAfter'): Date {
  const match = new RegExp(`${field}=(\\S+) (\\S+)`).exec(output);
  assert.ok(match, output);
  return new Date(`${match[1]}T${match[2]}`);
}

suite('certificate generator, checked by openssl', function () {
  this.timeout(120000);

  suiteSetup(function () {
    requireOrSkip(this, OPENSSL !== undefined, 'the openssl binary');
  });

  for (const keyType of KEY_TYPES) {
    suite(keyType, () => {
      let folder = '';
      // Whole seconds, as certificates carry them; the current time, so that openssl verify finds it valid.
      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      const days = keyType === 'p256' ? 90 : 397;

      suiteSetup(async () => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-cert-'));
        const outcome = await generateCertificate({
          fqdn: 'Sipmon7.example.com',
          dnsNames: ['sipmon', '*.apps.example.com'],
          ipAddresses: ['10.25.11.73', '2001:db8::1'],
          keyType,
          days,
          caCommonName: 'Sipmon Test Root',
          passphrase: PASSPHRASE,
        }, nodeOutputFolder(folder), { replace: false, now });
        assert.ok(outcome.ok, JSON.stringify(outcome));
      });

      suiteTeardown(() => {
        if (folder !== '') {
          fs.rmSync(folder, { recursive: true, force: true });
        }
      });

      test('writes the files named like the guide\'s, keys with mode 0400', () => {
        assert.deepEqual(fs.readdirSync(folder).sort(), ['Sipmon7.crt', 'Sipmon7.csr', 'Sipmon7.key', 'Sipmon7.summary.md', 'ca_demo.crt', 'ca_demo.key']);
        assert.equal(modeOf(path.join(folder, 'Sipmon7.key')), 0o400);
        assert.equal(modeOf(path.join(folder, 'ca_demo.key')), 0o400);
        assert.equal(modeOf(path.join(folder, 'Sipmon7.crt')), 0o644);
      });

      test('openssl verify accepts the server certificate for TLS servers, under the CA', () => {
        assert.equal(opensslOk(['verify', '-purpose', 'sslserver', '-CAfile', 'ca_demo.crt', 'Sipmon7.crt'], folder).trim(), 'Sipmon7.crt: OK');
      });

      test('the server certificate: CA:FALSE, serverAuth, key usage, SAN, CN, key size, signature', () => {
        const text = opensslOk(['x509', '-in', 'Sipmon7.crt', '-noout', '-text'], folder);
        assert.equal(extension(text, 'X509v3 Basic Constraints'), 'critical CA:FALSE');
        assert.equal(extension(text, 'X509v3 Extended Key Usage'), 'TLS Web Server Authentication');
        assert.equal(extension(text, 'X509v3 Key Usage'), `critical ${EXPECTED[keyType].usage}`);
        assert.equal(extension(text, 'X509v3 Subject Alternative Name'),
          'DNS:Sipmon7.example.com, DNS:sipmon, DNS:*.apps.example.com, IP Address:10.25.11.73, IP Address:2001:DB8:0:0:0:0:0:1');
        assert.match(text, /Subject: CN = Sipmon7\.example\.com\n/);
        assert.match(text, /Issuer: CN = Sipmon Test Root\n/);
        assert.match(text, EXPECTED[keyType].publicKey);
        assert.match(text, new RegExp(`Signature Algorithm: ${EXPECTED[keyType].signature}`));
        const ca = opensslOk(['x509', '-in', 'ca_demo.crt', '-noout', '-text'], folder);
        assert.equal(extension(text, 'X509v3 Authority Key Identifier'), extension(ca, 'X509v3 Subject Key Identifier'));
        assert.notEqual(extension(text, 'X509v3 Subject Key Identifier'), extension(ca, 'X509v3 Subject Key Identifier'));
      });

      test('the validity is the one asked for, from now', () => {
        const dates = opensslOk(['x509', '-in', 'Sipmon7.crt', '-noout', '-startdate', '-enddate', '-dateopt', 'iso_8601'], folder);
        const notBefore = isoDate(dates, 'notBefore');
        assert.equal(notBefore.getTime(), now.getTime());
        assert.equal((isoDate(dates, 'notAfter').getTime() - notBefore.getTime()) / 1000, days * DAY_SECONDS);
      });

      test('a random serial number of 16 bytes, different for the CA and the server', () => {
        const serial = (file: string): string => opensslOk(['x509', '-in', file, '-noout', '-serial'], folder).trim().replace('serial=', '');
        assert.match(serial('Sipmon7.crt'), /^[4-7][0-9A-F]{31}$/);
        assert.notEqual(serial('Sipmon7.crt'), serial('ca_demo.crt'));
      });

      test('the CA: CA:TRUE, keyCertSign and cRLSign, self-signed, ten years', () => {
        const text = opensslOk(['x509', '-in', 'ca_demo.crt', '-noout', '-text'], folder);
        assert.equal(extension(text, 'X509v3 Basic Constraints'), 'critical CA:TRUE, pathlen:0');
        assert.equal(extension(text, 'X509v3 Key Usage'), 'critical Certificate Sign, CRL Sign');
        assert.match(text, /Subject: CN = Sipmon Test Root\n/);
        assert.match(text, EXPECTED[keyType].caPublicKey);
        assert.equal(opensslOk(['verify', '-CAfile', 'ca_demo.crt', 'ca_demo.crt'], folder).trim(), 'ca_demo.crt: OK');
        const dates = opensslOk(['x509', '-in', 'ca_demo.crt', '-noout', '-startdate', '-enddate', '-dateopt', 'iso_8601'], folder);
        assert.equal((isoDate(dates, 'notAfter').getTime() - isoDate(dates, 'notBefore').getTime()) / 1000, 3650 * DAY_SECONDS);
      });

      test('openssl req -verify accepts the CSR, which requests the same names', () => {
        const run = openssl(['req', '-verify', '-noout', '-text', '-in', 'Sipmon7.csr'], folder);
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stderr + run.stdout, /verify OK/);
        assert.match(run.stdout, /Subject: CN = Sipmon7\.example\.com\n/);
        assert.match(run.stdout, /DNS:Sipmon7\.example\.com, DNS:sipmon, DNS:\*\.apps\.example\.com, IP Address:10\.25\.11\.73/);
      });

      test('the server key is unencrypted and matches the certificate and the CSR', () => {
        const fromKey = opensslOk(['pkey', '-in', 'Sipmon7.key', '-pubout'], folder);
        assert.equal(opensslOk(['x509', '-in', 'Sipmon7.crt', '-noout', '-pubkey'], folder), fromKey);
        assert.equal(opensslOk(['req', '-in', 'Sipmon7.csr', '-noout', '-pubkey'], folder), fromKey);
        assert.match(fs.readFileSync(path.join(folder, 'Sipmon7.key'), 'utf8'), /^-----BEGIN PRIVATE KEY-----\n/);
      });

      test('the CA key opens with the passphrase only, and matches the CA certificate', () => {
        assert.match(fs.readFileSync(path.join(folder, 'ca_demo.key'), 'utf8'), /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
        assert.match(opensslOk(['asn1parse', '-in', 'ca_demo.key'], folder), /aes-256-cbc/);
        const fromKey = opensslOk(['pkey', '-in', 'ca_demo.key', '-passin', `pass:${PASSPHRASE}`, '-pubout'], folder);
        assert.equal(opensslOk(['x509', '-in', 'ca_demo.crt', '-noout', '-pubkey'], folder), fromKey);
        const wrong = openssl(['pkey', '-in', 'ca_demo.key', '-passin', 'pass:wrong passphrase', '-noout'], folder);
        assert.notEqual(wrong.status, 0);
      });

      test('the passphrase is in no file', () => {
        for (const name of fs.readdirSync(folder)) {
          assert.ok(!fs.readFileSync(path.join(folder, name), 'latin1').includes(PASSPHRASE), name);
        }
      });
    });
  }
});
