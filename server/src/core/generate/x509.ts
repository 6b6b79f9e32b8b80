/** The X.509 library, loaded once with what it needs: the reflect polyfill first, then Node's WebCrypto as provider. */
// @peculiar/x509 uses tsyringe, which throws at load time unless a Reflect metadata polyfill is already installed.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export { x509 };
export const subtle = webcrypto.subtle;
export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;
