/**
 * The server's key, certificate signing request and certificate: CA:FALSE, serverAuth, every name in
 * subjectAltName. These are what the guide's procedure gets wrong (its server certificate is a CA, has no
 * serverAuth usage and expires after 30 days).
 */
import { Authority } from './authority';
import { generateKeyPair, plainKeyPem, signingAlgorithmOf } from './keys';
import { KeyType, ValidRequest } from './request';
import { randomSerialNumber, Validity } from './serial';
import { x509 } from './x509';

export interface ServerMaterial {
  keyPem: string;
  csr: x509.Pkcs10CertificateRequest;
  certificate: x509.X509Certificate;
}

function subjectAltNames(request: ValidRequest): x509.SubjectAlternativeNameExtension {
  return new x509.SubjectAlternativeNameExtension([
    ...request.dnsNames.map((value) => ({ type: 'dns' as const, value })),
    ...request.ipAddresses.map((address) => ({ type: 'ip' as const, value: address.canonical })),
  ]);
}

/** digitalSignature for every key; keyEncipherment for RSA only, because an EC key cannot encipher (RFC 8813). */
function keyUsages(keyType: KeyType): x509.KeyUsagesExtension {
  const rsa = keyType.startsWith('rsa');
  return new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | (rsa ? x509.KeyUsageFlags.keyEncipherment : 0), true);
}

/** Makes the server key, its CSR (self-signed, carrying the requested extensions) and the certificate `authority` signs. */
export async function createServerMaterial(request: ValidRequest, authority: Authority, validity: Validity): Promise<ServerMaterial> {
  const keys = await generateKeyPair(request.keyType);
  const requested = [subjectAltNames(request), keyUsages(request.keyType), new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth])];
  const subject = [{ CN: [request.fqdn] }];
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: subject,
    keys,
    signingAlgorithm: signingAlgorithmOf(keys.privateKey),
    extensions: requested,
  });
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject,
    issuer: authority.certificate.subjectName,
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    publicKey: keys.publicKey,
    signingKey: authority.signingKey,
    signingAlgorithm: signingAlgorithmOf(authority.signingKey),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      ...requested,
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      new x509.AuthorityKeyIdentifierExtension(authority.keyId),
    ],
  });
  return { keyPem: await plainKeyPem(keys.privateKey), csr, certificate };
}
