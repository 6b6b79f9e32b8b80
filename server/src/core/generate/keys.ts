/** Key pairs on WebCrypto: generation per key type, the signature algorithm a key signs with, and PKCS#8 PEM encodings. */
import { createPrivateKey, createPublicKey, KeyObject, webcrypto } from 'node:crypto';
import { KeyType } from './request';
import { CryptoKey, CryptoKeyPair, subtle, x509 } from './x509';

type KeyGenParams = webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams;

const RSA_EXPONENT = new Uint8Array([1, 0, 1]);

function rsa(modulusLength: number): KeyGenParams {
  return { name: 'RSASSA-PKCS1-v1_5', modulusLength, publicExponent: RSA_EXPONENT, hash: 'SHA-256' };
}

const GENERATION: Record<KeyType, KeyGenParams> = {
  rsa2048: rsa(2048),
  rsa3072: rsa(3072),
  rsa4096: rsa(4096),
  p256: { name: 'ECDSA', namedCurve: 'P-256' },
  p384: { name: 'ECDSA', namedCurve: 'P-384' },
};

/**
 * The key type of a new CA for a server key type. A CA lives ten years, past 2030, when NIST SP 800-57
 * retires 112-bit security, so an RSA 2048 request gets an RSA 3072 CA; every other type is kept.
 */
export function caKeyTypeFor(serverKeyType: KeyType): KeyType {
  return serverKeyType === 'rsa2048' ? 'rsa3072' : serverKeyType;
}

/** A new extractable key pair (extractable, so that it can be written out). */
export async function generateKeyPair(type: KeyType): Promise<CryptoKeyPair> {
  return subtle.generateKey(GENERATION[type], true, ['sign', 'verify']);
}

/** SHA-256 with RSA and P-256, SHA-384 with P-384: the hash matches the key's strength. */
export function signingAlgorithmOf(key: CryptoKey): webcrypto.RsaHashedImportParams | webcrypto.EcdsaParams {
  if (key.algorithm.name === 'ECDSA') {
    const curve = (key.algorithm as webcrypto.EcKeyAlgorithm).namedCurve;
    return { name: 'ECDSA', hash: curve === 'P-256' ? 'SHA-256' : 'SHA-384' };
  }
  return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
}

/** The unencrypted PKCS#8 PEM of a server key: Apache must read it at start without asking for a pass phrase. */
export async function plainKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** The PKCS#8 PEM of a CA key, encrypted with AES-256-CBC under a key derived from the passphrase (PBKDF2). */
export function encryptedKeyPem(key: CryptoKey, passphrase: string): string {
  return KeyObject.from(key).export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase }) as string;
}

/** Whether a PEM private key is encrypted (PKCS#8 or the legacy OpenSSL header), so a passphrase must be asked for. */
export function isEncryptedKeyPem(pem: string): boolean {
  return pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----') || /Proc-Type:\s*4,ENCRYPTED/.test(pem);
}

export type ImportedKey = { ok: true; key: CryptoKey; spki: Buffer } | { ok: false; problem: string };

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384' };

/**
 * Reads a CA private key (any PEM OpenSSL writes: PKCS#8, PKCS#1, SEC1, encrypted or not) as a WebCrypto
 * signing key. Refuses key types this generator does not sign with, and says why a key cannot be read.
 */
export async function importCaKey(pem: string, passphrase: string | undefined): Promise<ImportedKey> {
  let keyObject: KeyObject;
  try {
    keyObject = createPrivateKey({ key: pem, format: 'pem', passphrase: passphrase ?? '' });
  } catch {
    if (isEncryptedKeyPem(pem)) {
      return { ok: false, problem: passphrase === undefined ? 'the CA key is encrypted: give its passphrase' : 'the CA key could not be decrypted with this passphrase' };
    }
    return { ok: false, problem: 'the CA key is not a PEM private key' };
  }
  const der = keyObject.export({ format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(keyObject).export({ format: 'der', type: 'spki' });
  if (keyObject.asymmetricKeyType === 'rsa') {
    const bits = keyObject.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) {
      return { ok: false, problem: `the CA key is RSA ${bits}: at least 2048 bits` };
    }
    return { ok: true, key: await subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']), spki };
  }
  const curve = CURVES[keyObject.asymmetricKeyDetails?.namedCurve ?? ''];
  if (keyObject.asymmetricKeyType === 'ec' && curve !== undefined) {
    return { ok: true, key: await subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: curve }, false, ['sign']), spki };
  }
  return { ok: false, problem: `the CA key type (${keyObject.asymmetricKeyType ?? 'unknown'}) is not supported: RSA, ECDSA P-256 or P-384` };
}
