/** What openssl.cnf keys and sections mean, for hovers (facts from OpenSSL 3.0 and the Sipmon hardening guide). */

export const OPENSSL_KEYS: Record<string, string> = {
  default_bits: 'Size of keys made by `openssl req -newkey` (`[ req ]`). Below 2048 bits RSA is factorable; use 2048 or 3072.',
  default_md: 'Digest used to sign (`[ req ]`, `[ CA_default ]`): sha256 or stronger; md2, md4, md5 and sha1 allow collision attacks. `default` (the key\'s default digest, SHA-256 for RSA) works for `openssl ca`, but `openssl req` 3.0 refuses it.',
  default_days: 'Validity of signed certificates, in days. Browsers refuse TLS server certificates valid for more than 825 days (398 for public CAs).',
  distinguished_name: 'Section describing the subject fields `openssl req` prompts for.',
  x509_extensions: 'Extension section for certificates made here: in `[ req ]` the self-signed certificate of `openssl req -x509`, in `[ CA_default ]` the certificates `openssl ca` signs.',
  req_extensions: 'Extension section requested in a certificate signing request.',
  basicConstraints: '`CA:TRUE` makes a certificate authority, `CA:FALSE` a leaf. A server certificate must be `critical,CA:FALSE`: browsers reject a CA certificate used by a server.',
  keyUsage: 'What the key may do. A TLS server: `critical, digitalSignature, keyEncipherment`; a CA: `cRLSign, keyCertSign`.',
  extendedKeyUsage: 'Purposes of the certificate. A TLS server certificate needs `serverAuth`.',
  subjectAltName: 'Names the certificate is valid for; browsers ignore the CN and check only these. `@alt_names` takes them from the `[ alt_names ]` section.',
  subjectKeyIdentifier: 'Identifier of the certificate\'s key (`hash`).',
  authorityKeyIdentifier: 'Identifier of the issuer\'s key (`keyid,issuer`).',
  '.include': 'Reads another file (or every .cnf/.conf of a folder) here. Relative paths are resolved against OPENSSL_CONF_INCLUDE or the working directory.',
};

/** Entries of a subjectAltName section, by the part before the dot (`IP.1`, `DNS.2`). */
export const SAN_ENTRY_KINDS: Record<string, string> = {
  IP: 'An IP address (IPv4 or IPv6) the certificate is valid for. Placeholder text such as `xxx.xxx.xxx.xxx` makes signing fail (`bad ip address`).',
  DNS: 'A host name the certificate is valid for, e.g. the server\'s FQDN. Browsers match the URL\'s host against these entries.',
  email: 'An e-mail address.',
  URI: 'A URI.',
};

export const OPENSSL_SECTIONS: Record<string, string> = {
  req: 'Settings of `openssl req`: key size, digest, subject prompts, extensions of self-signed certificates.',
  CA_default: 'Settings of `openssl ca`: digest, validity, extensions of signed certificates.',
  v3_ca: 'The CA profile (`basicConstraints = critical,CA:true`). Used by `openssl req -x509` for the CA certificate; signing a server certificate with `-extensions v3_ca` makes it a CA.',
  v3_req: 'Extensions requested in a certificate signing request (a leaf profile).',
  v3_server: 'A dedicated server-certificate profile: `critical,CA:FALSE`, keyUsage digitalSignature+keyEncipherment, extendedKeyUsage serverAuth, subjectAltName. Sign with `-extensions v3_server`.',
  alt_names: 'The server\'s names for subjectAltName (`IP.1 = …`, `DNS.1 = …`); used through `subjectAltName = @alt_names`.',
  usr_cert: 'The leaf profile `openssl ca` applies by default.',
};
