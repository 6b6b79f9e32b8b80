/** Host names and IP addresses in subjectAltName entries, checked the way OpenSSL and browsers read them. */
import { isIPv6 } from 'node:net';

/** a2i_IPADDRESS: a dotted IPv4 address (OpenSSL accepts leading zeros) or an IPv6 address without zone. */
export function isIpAddress(value: string): boolean {
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value);
  if (ipv4) {
    return ipv4.slice(1).every((part) => Number(part) <= 255);
  }
  return value.includes(':') && !value.includes('%') && isIPv6(value);
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST_NAME = new RegExp(`^(\\*\\.)?${LABEL}(\\.${LABEL})*\\.?$`);

/** A DNS name a browser can match: letters, digits and hyphens in dot-separated labels (a leading `*.` wildcard allowed), no placeholder such as `xxx.xxx`. */
export function isHostName(value: string): boolean {
  if (!HOST_NAME.test(value) || value.length > 253) {
    return false;
  }
  // A placeholder is made of x's: a name without any is not one (the common case, decided without splitting).
  if (!/x/i.test(value)) {
    return true;
  }
  return !value.replace(/^\*\./, '').split('.').filter(Boolean).every((label) => /^x+$/i.test(label));
}
