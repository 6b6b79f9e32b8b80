/** Signing with an existing CA (made by openssl, or by an earlier run), and every reason an existing CA is refused. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCertificate, GenerateOptions } from '../../../server/src/core/generate/certificate';
import { CertificateRequest } from '../../../server/src/core/generate/request';
import { nodeOutputFolder } from '../../../server/src/cli/nodeOutputFolder';
import { OPENSSL, opensslOk, snapshot } from '../../helpers/openssl';
import { requireOrSkip } from '../../helpers/paths';

const CA_PASS = 'ca passphrase';
const CA_EXTENSIONS = ['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'];

suite('signing with an existing CA', function () {
  this.timeout(60000);
  let work = '';
  let out = '';

  /** Makes a CA with openssl in the work folder: `<name>.crt` and `<name>.key`. */
  function opensslCa(name: string, options: { key?: string[]; days?: number; subject?: string; extensions?: string[]; encrypt?: boolean } = {}): void {
    opensslOk([
      'req', '-x509', ...(options.key ?? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']), '-keyout', `${name}.key`, '-out', `${name}.crt`,
      '-days', String(options.days ?? 3650), '-subj', options.subject ?? '/CN=Corp Root CA', ...(options.extensions ?? CA_EXTENSIONS),
      ...(options.encrypt === false ? ['-noenc'] : ['-passout', `pass:${CA_PASS}`]),
    ], work);
  }

  function request(name: string, extra: Partial<CertificateRequest> = {}): CertificateRequest {
    return {
      fqdn: 'portal.example.com',
      ipAddresses: ['192.0.2.10'],
      keyType: 'p256',
      passphrase: CA_PASS,
      existingCa: {
        certificatePem: fs.readFileSync(path.join(work, `${name}.crt`), 'utf8'),
        keyPem: fs.readFileSync(path.join(work, `${name}.key`), 'utf8'),
        certificateLocation: path.join(work, `${name}.crt`),
      },
      ...extra,
    };
  }

  async function refused(name: string, message: RegExp, extra: Partial<CertificateRequest> = {}, options: Partial<GenerateOptions> = {}): Promise<void> {
    const before = snapshot(out);
    const outcome = await generateCertificate(request(name, extra), nodeOutputFolder(out), { replace: false, ...options });
    assert.ok(!outcome.ok, 'the CA should have been refused');
    assert.equal(outcome.kind, 'invalid');
    assert.ok(outcome.problems.some((problem) => message.test(problem)), outcome.problems.join('\n'));
    assert.ok(outcome.problems.every((problem) => !problem.includes(CA_PASS)));
    assert.deepEqual(snapshot(out), before);
  }

  suiteSetup(function () {
    requireOrSkip(this, OPENSSL !== undefined, 'the openssl binary');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-ca-'));
    // Made once: an RSA key takes openssl a while.
    opensslCa('rsa-ca', { key: ['-newkey', 'rsa:3072'] });
  });

  setup(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-out-'));
  });

  teardown(() => fs.rmSync(out, { recursive: true, force: true }));
  suiteTeardown(() => {
    if (work !== '') {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  const signers: [string, () => void][] = [
    ['an RSA CA with an encrypted PKCS#8 key (made by openssl req)', () => undefined],
    ['an ECDSA P-384 CA with an unencrypted key', () => opensslCa('ec-ca', { key: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'], encrypt: false })],
    ['an RSA CA with a legacy encrypted PEM key (openssl genrsa -traditional)', () => {
      opensslOk(['genrsa', '-traditional', '-aes256', '-passout', `pass:${CA_PASS}`, '-out', 'legacy-ca.key', '3072'], work);
      opensslOk(['req', '-x509', '-key', 'legacy-ca.key', '-passin', `pass:${CA_PASS}`, '-out', 'legacy-ca.crt', '-days', '3650', '-subj', '/CN=Legacy Root', ...CA_EXTENSIONS], work);
    }],
  ];
  const names = ['rsa-ca', 'ec-ca', 'legacy-ca'];
  for (const [index, [what, make]] of signers.entries()) {
    test(`signs with ${what}; openssl verifies the chain; no CA file is written`, async () => {
      make();
      const name = names[index];
      const outcome = await generateCertificate(request(name), nodeOutputFolder(out), { replace: false });
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.deepEqual(fs.readdirSync(out).sort(), ['portal.crt', 'portal.csr', 'portal.key', 'portal.summary.md']);
      assert.equal(opensslOk(['verify', '-purpose', 'sslserver', '-CAfile', path.join(work, `${name}.crt`), 'portal.crt'], out).trim(), 'portal.crt: OK');
      const text = opensslOk(['x509', '-in', 'portal.crt', '-noout', '-text'], out);
      const ca = opensslOk(['x509', '-in', path.join(work, `${name}.crt`), '-noout', '-text'], out);
      const keyId = (certificate: string, heading: string): string => new RegExp(`${heading}: *\\n\\s*(.*)`).exec(certificate)?.[1] ?? 'none';
      assert.equal(keyId(text, 'X509v3 Authority Key Identifier'), keyId(ca, 'X509v3 Subject Key Identifier'));
      assert.match(outcome.summary, new RegExp(`Import ${path.join(work, `${name}.crt`).replace(/[.\\/]/g, '\\$&')}`));
    });
  }

  test('a CA made by an earlier run signs a second server', async () => {
    const first = await generateCertificate({ fqdn: 'one.example.com', keyType: 'p256', passphrase: CA_PASS }, nodeOutputFolder(work), { replace: true });
    assert.ok(first.ok);
    const second = await generateCertificate({
      fqdn: 'two.example.com',
      keyType: 'rsa2048',
      passphrase: CA_PASS,
      existingCa: { certificatePem: fs.readFileSync(path.join(work, 'ca_demo.crt'), 'utf8'), keyPem: fs.readFileSync(path.join(work, 'ca_demo.key'), 'utf8'), certificateLocation: 'ca_demo.crt' },
    }, nodeOutputFolder(out), { replace: false });
    assert.ok(second.ok, JSON.stringify(second));
    assert.equal(opensslOk(['verify', '-CAfile', path.join(work, 'ca_demo.crt'), 'two.crt'], out).trim(), 'two.crt: OK');
  });

  test('a wrong passphrase', async () => {
    await refused('rsa-ca', /^The CA key cannot be used: the CA key could not be decrypted with this passphrase\.$/, { passphrase: 'not the passphrase' });
  });

  test('no passphrase for an encrypted key', async () => {
    await refused('rsa-ca', /the CA key is encrypted: give its passphrase/, { passphrase: undefined });
  });

  test('a key of another CA', async () => {
    opensslCa('other-ca', { key: ['-newkey', 'rsa:2048'], encrypt: false });
    const mixed = request('rsa-ca');
    mixed.existingCa = { ...mixed.existingCa!, keyPem: fs.readFileSync(path.join(work, 'other-ca.key'), 'utf8') };
    await refused('rsa-ca', /^The CA key does not belong to the CA certificate\.$/, { existingCa: mixed.existingCa, passphrase: undefined });
  });

  test('a certificate that is not a CA', async () => {
    opensslCa('leaf', { extensions: ['-addext', 'basicConstraints=critical,CA:FALSE'], encrypt: false });
    await refused('leaf', /is not a CA certificate \(it lacks basicConstraints CA:TRUE\)/);
  });

  test('a CA that may not sign certificates', async () => {
    opensslCa('no-sign', { extensions: ['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,digitalSignature'], encrypt: false });
    await refused('no-sign', /keyUsage lacks keyCertSign/);
  });

  test('a CA that expires before the server certificate would', async () => {
    opensslCa('short-ca', { days: 30, encrypt: false });
    await refused('short-ca', /^The CA certificate expires on \d{4}-\d\d-\d\d, before the server certificate would \(\d{4}-\d\d-\d\d\): ask for fewer days or use a newer CA\.$/);
  });

  test('an expired CA', async () => {
    await refused('rsa-ca', /^The CA certificate expired on \d{4}-\d\d-\d\d\.$/, {}, { now: new Date(Date.now() + 20 * 365 * 24 * 3600 * 1000) });
  });

  test('a CA named like the server', async () => {
    opensslCa('same-name', { subject: '/CN=portal.example.com', encrypt: false });
    await refused('same-name', /The CA's common name is the server's name \(portal\.example\.com\): it must differ/);
  });

  test('a CA key type the generator does not sign with (Ed25519)', async () => {
    opensslCa('ed-ca', { key: ['-newkey', 'ed25519'], encrypt: false });
    await refused('ed-ca', /the CA key type \(ed25519\) is not supported/);
  });

  test('a CA "certificate" that is no certificate', async () => {
    const broken = request('rsa-ca');
    broken.existingCa = { ...broken.existingCa!, certificatePem: 'not a certificate' };
    await refused('rsa-ca', /^The CA certificate is not a PEM certificate\.$/, { existingCa: broken.existingCa });
  });
});
