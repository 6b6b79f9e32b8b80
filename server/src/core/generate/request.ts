/** What the certificate generator is asked for, with the defaults and limits of every input. */

export const KEY_TYPES = ['rsa2048', 'rsa3072', 'rsa4096', 'p256', 'p384'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

export const KEY_TYPE_LABELS: Record<KeyType, string> = {
  rsa2048: 'RSA 2048',
  rsa3072: 'RSA 3072',
  rsa4096: 'RSA 4096',
  p256: 'ECDSA P-256',
  p384: 'ECDSA P-384',
};

export function isKeyType(value: string): value is KeyType {
  return (KEY_TYPES as readonly string[]).includes(value);
}

export const DEFAULT_KEY_TYPE: KeyType = 'rsa2048';
/** Under the 398 days browsers accept from public CAs, as mkcert and minica do. */
export const DEFAULT_LEAF_DAYS = 397;
/** Apple platforms reject a TLS server certificate valid for longer (iOS 13 / macOS 10.15 rules). */
export const MAX_LEAF_DAYS = 825;
export const DEFAULT_CA_DAYS = 3650;
/** Ten years: a longer-lived private CA is a key to guard for longer than its algorithms are trusted. */
export const MAX_CA_DAYS = 3650;
/** OpenSSL's own prompts refuse shorter pass phrases, so a shorter one could not be typed back there. */
export const MIN_PASSPHRASE_LENGTH = 4;
/** X.520's upper bound on a common name. */
export const MAX_COMMON_NAME_LENGTH = 64;

/** The files the guide names: `ca_demo.key` and `ca_demo.crt`. */
export const CA_FILE_STEM = 'ca_demo';

/** A CA that already exists, to sign with instead of creating one: the PEM texts, read by the caller. */
export interface ExistingCa {
  certificatePem: string;
  keyPem: string;
  /** Where the CA certificate is, for the summary (how to trust it). */
  certificateLocation: string;
}

/** The generator's inputs as the user gave them; `validateRequest` checks them and fills in the defaults. */
export interface CertificateRequest {
  /** The server's fully qualified name: the certificate's CN and first DNS name, and (its first label) the file names. */
  fqdn: string;
  /** More DNS names for subjectAltName. */
  dnsNames?: readonly string[];
  /** IP addresses for subjectAltName (the guide's HA case: the VIP and the node's own address). */
  ipAddresses?: readonly string[];
  keyType?: KeyType;
  /** Validity of the server certificate in days. */
  days?: number;
  /** Common name of a new CA; must differ from the server's. */
  caCommonName?: string;
  /** Validity of a new CA in days. */
  caDays?: number;
  /** Encrypts a new CA key; decrypts an existing encrypted one. Never stored, logged or written. */
  passphrase?: string;
  existingCa?: ExistingCa;
}

/** A request whose every field was checked, with the defaults applied. */
export interface ValidRequest {
  fqdn: string;
  /** The first label of the FQDN, as the guide names its files (`Sipmon7.key` for `Sipmon7.localdomain`). */
  host: string;
  /** The FQDN first, then the other DNS names, without duplicates. */
  dnsNames: string[];
  /** Without duplicates; `canonical` is the form given to the encoder (see names.ts). */
  ipAddresses: { written: string; canonical: string }[];
  keyType: KeyType;
  days: number;
  /** For a new CA only. */
  newCa?: { commonName: string; days: number; passphrase: string };
  existingCa?: ExistingCa & { passphrase: string | undefined };
}

/** The default CA common name: differs from the server's, and says which server it was made for. */
export function defaultCaCommonName(fqdn: string): string {
  return `Sipmon demo CA for ${fqdn}`.slice(0, MAX_COMMON_NAME_LENGTH);
}
