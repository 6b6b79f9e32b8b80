/** Serial numbers and validity periods of the certificates made here. */
import { randomBytes } from 'node:crypto';

const SERIAL_BYTES = 16;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A random serial number in hex: 16 bytes, the top bit cleared so the DER integer stays positive and the next
 * one set so it keeps all 16 bytes (126 random bits, well above the 64 the CA/Browser Forum asks for).
 */
export function randomSerialNumber(): string {
  const bytes = randomBytes(SERIAL_BYTES);
  bytes[0] = (bytes[0] & 0x3f) | 0x40;
  return bytes.toString('hex');
}

export interface Validity {
  notBefore: Date;
  notAfter: Date;
}

/** From `now` (whole seconds: certificates carry no fractions) for exactly `days` days. */
export function validityFrom(now: Date, days: number): Validity {
  const notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return { notBefore, notAfter: new Date(notBefore.getTime() + days * DAY_MS) };
}
