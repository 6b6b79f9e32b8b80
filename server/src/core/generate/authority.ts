/** The CA that signs the server certificate: a new one (CA:TRUE, keyCertSign/cRLSign, encrypted key) or an existing one, checked. */
import { encryptedKeyPem, generateKeyPair, importCaKey, signingAlgorithmOf } from './keys';
import { ExistingCa, KeyType } from './request';
import { randomSerialNumber, Validity, validityFrom } from './serial';
import { CryptoKey, x509 } from './x509';

export interface Authority {
  certificate: x509.X509Certificate;
  signingKey: CryptoKey;
  /** Hex key id the server certificate's authorityKeyIdentifier carries: the CA's own subjectKeyIdentifier. */
  keyId: string;
}

export interface NewAuthority extends Authority {
  /** The CA key, PKCS#8 encrypted with AES-256. */
  encryptedKeyPem: string;
}

/** A self-signed CA that may sign server certificates only (pathlen 0): it cannot make intermediate CAs. */
export async function createAuthority(commonName: string, keyType: KeyType, days: number, passphrase: string, now: Date): Promise<NewAuthority> {
  const keys = await generateKeyPair(keyType);
  const subjectKeyId = await x509.SubjectKeyIdentifierExtension.create(keys.publicKey);
  const { notBefore, notAfter } = validityFrom(now, days);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: [{ CN: [commonName] }],
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: signingAlgorithmOf(keys.privateKey),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      subjectKeyId,
      new x509.AuthorityKeyIdentifierExtension(subjectKeyId.keyId),
    ],
  });
  return { certificate, signingKey: keys.privateKey, keyId: subjectKeyId.keyId, encryptedKeyPem: encryptedKeyPem(keys.privateKey, passphrase) };
}

export type LoadedAuthority = { ok: true; authority: Authority } | { ok: false; problems: string[] };

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseCertificate(pem: string): x509.X509Certificate | undefined {
  const block = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem);
  if (!block) {
    return undefined;
  }
  try {
    return new x509.X509Certificate(block[0]);
  } catch {
    return undefined;
  }
}

function sameBytes(left: ArrayBuffer, right: Uint8Array): boolean {
  return Buffer.from(left).equals(right);
}

function certificateProblems(certificate: x509.X509Certificate, fqdn: string, leaf: Validity, now: Date): string[] {
  const problems: string[] = [];
  if (certificate.getExtension(x509.BasicConstraintsExtension)?.ca !== true) {
    problems.push('The CA certificate is not a CA certificate (it lacks basicConstraints CA:TRUE).');
  }
  const usages = certificate.getExtension(x509.KeyUsagesExtension)?.usages;
  if (usages !== undefined && (usages & x509.KeyUsageFlags.keyCertSign) === 0) {
    problems.push('The CA certificate may not sign certificates (its keyUsage lacks keyCertSign).');
  }
  if (now < certificate.notBefore) {
    problems.push(`The CA certificate is not valid before ${day(certificate.notBefore)}.`);
  } else if (now > certificate.notAfter) {
    problems.push(`The CA certificate expired on ${day(certificate.notAfter)}.`);
  } else if (leaf.notAfter > certificate.notAfter) {
    problems.push(`The CA certificate expires on ${day(certificate.notAfter)}, before the server certificate would (${day(leaf.notAfter)}): ask for fewer days or use a newer CA.`);
  }
  const commonNames = certificate.subjectName.getField('CN');
  if (commonNames.some((name) => name.toLowerCase() === fqdn.toLowerCase())) {
    problems.push(`The CA's common name is the server's name (${fqdn}): it must differ.`);
  }
  return problems;
}

/** Reads an existing CA and checks that it can sign a server certificate valid for `leaf`. */
export async function loadAuthority(existing: ExistingCa, passphrase: string | undefined, fqdn: string, leaf: Validity, now: Date): Promise<LoadedAuthority> {
  const certificate = parseCertificate(existing.certificatePem);
  if (!certificate) {
    return { ok: false, problems: ['The CA certificate is not a PEM certificate.'] };
  }
  const problems = certificateProblems(certificate, fqdn, leaf, now);
  const imported = await importCaKey(existing.keyPem, passphrase);
  if (!imported.ok) {
    problems.push(`The CA key cannot be used: ${imported.problem}.`);
  } else if (!sameBytes(certificate.publicKey.rawData, imported.spki)) {
    problems.push('The CA key does not belong to the CA certificate.');
  }
  if (problems.length > 0 || !imported.ok) {
    return { ok: false, problems };
  }
  const keyId = certificate.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId
    ?? (await x509.SubjectKeyIdentifierExtension.create(certificate.publicKey)).keyId;
  return { ok: true, authority: { certificate, signingKey: imported.key, keyId } };
}
