/** The short summary written beside the files: what each file is, the Apache lines that use them, and how to trust the CA. */
import { createHash } from 'node:crypto';
import { OutputNames } from './outputNames';
import { KEY_TYPE_LABELS, ValidRequest } from './request';
import { x509 } from './x509';

export interface SummaryFacts {
  request: ValidRequest;
  server: x509.X509Certificate;
  authority: x509.X509Certificate;
  /** The CA key type, when the CA is new. */
  newCaKeyLabel: string | undefined;
  names: OutputNames;
  /** Where a file of the output folder is, for the Apache lines. */
  pathOf(name: string): string;
  /** Where the CA certificate is (in the output folder, or the existing CA's file). */
  caCertificatePath: string;
}

/** SHA-256 over the DER, as browsers show it: upper-case hex pairs joined by colons. */
function sha256Fingerprint(certificate: x509.X509Certificate): string {
  return createHash('sha256').update(Buffer.from(certificate.rawData)).digest('hex').toUpperCase().match(/../g)?.join(':') ?? '';
}

function day(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** The summary's Markdown text; it names no secret (the passphrase is never written anywhere). */
export function summaryText(facts: SummaryFacts): string {
  const { request, server, authority, names } = facts;
  const altNames = [...request.dnsNames.map((name) => `DNS:${name}`), ...request.ipAddresses.map((address) => `IP:${address.written}`)];
  const caCommonName = authority.subjectName.getField('CN')[0] ?? authority.subject;
  const lines = [
    `# Certificate for ${request.fqdn}`,
    '',
    '| File | What it is | Mode |',
    '|---|---|---|',
    `| ${names.key} | the server's private key (${KEY_TYPE_LABELS[request.keyType]}), not encrypted so that Apache can start unattended | 0400 |`,
    `| ${names.csr} | the certificate signing request, to have the same key signed by another CA later | 0644 |`,
    `| ${names.certificate} | the server certificate | 0644 |`,
    ...(names.caKey !== undefined && names.caCertificate !== undefined
      ? [
          `| ${names.caKey} | the CA's private key (${facts.newCaKeyLabel ?? ''}), PKCS#8 encrypted with AES-256 under your passphrase | 0400 |`,
          `| ${names.caCertificate} | the CA certificate, to import into browsers and clients | 0644 |`,
        ]
      : []),
    '',
    '## Server certificate',
    '',
    `- Subject: CN=${request.fqdn}; subjectAltName: ${altNames.join(', ')}`,
    `- Valid from ${day(server.notBefore)} to ${day(server.notAfter)} (${request.days} days)`,
    '- basicConstraints CA:FALSE, keyUsage digitalSignature' + (request.keyType.startsWith('rsa') ? ', keyEncipherment' : '') + ', extendedKeyUsage serverAuth',
    `- Serial ${server.serialNumber}; SHA-256 fingerprint ${sha256Fingerprint(server)}`,
    '',
    '## CA',
    '',
    `- Subject: CN=${caCommonName}; valid until ${day(authority.notAfter)}`,
    `- SHA-256 fingerprint ${sha256Fingerprint(authority)} (compare it with the one your browser shows when importing)`,
    ...(names.caKey !== undefined ? [`- Keep ${names.caKey} and its passphrase offline: anyone holding both can make certificates your clients trust.`] : []),
    '',
    '## Apache',
    '',
    'In the HTTPS virtual host (`<VirtualHost *:443>`), after copying the files where Apache reads them (keep the key owned by root, mode 0400):',
    '',
    '```apache',
    'SSLEngine on',
    `SSLCertificateFile ${facts.pathOf(names.certificate)}`,
    `SSLCertificateKeyFile ${facts.pathOf(names.key)}`,
    '```',
    '',
    'Then check the configuration with `apachectl configtest` and reload Apache.',
    '',
    '## Trust the CA',
    '',
    `Import ${facts.caCertificatePath} (the CA certificate, never the server's) on every machine whose browser opens the platform:`,
    '',
    '- Firefox (its own store): Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import, then tick "Trust this CA to identify websites".',
    '- Chrome and Edge use the system store. Windows: double-click the file → Install Certificate → Local Machine → "Trusted Root Certification Authorities". macOS: Keychain Access → System → import, then "Always Trust" for SSL.',
    `- Linux system store: RHEL \`cp ${facts.caCertificatePath} /etc/pki/ca-trust/source/anchors/ && update-ca-trust\`; Debian/Ubuntu \`cp ${facts.caCertificatePath} /usr/local/share/ca-certificates/sipmon-ca.crt && update-ca-certificates\`.`,
    '',
  ];
  return lines.join('\n');
}
