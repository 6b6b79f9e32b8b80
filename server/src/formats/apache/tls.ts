/** mod_ssl semantics the TLS rules need: the Mozilla profiles' values, what `SSLProtocol` enables, what `SSLCipherSuite` lets through. */
import { TlsProfile } from '../../core/config';

/** Mozilla Server Side TLS guideline 6.0 (ssl-config.mozilla.org/guidelines/6.0.json), as Apache directives. */
export interface TlsProfileValues {
  /** The protocols the profile allows. */
  protocols: readonly Protocol[];
  sslProtocol: string;
  /** The TLS 1.2 cipher list (TLS 1.3 suites are all strong and need no setting). */
  cipherSuite: string;
  /** `hsts_min_age`, in seconds. */
  hstsMaxAge: number;
}

const INTERMEDIATE_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

export const TLS_PROFILE_VALUES: Record<TlsProfile, TlsProfileValues> = {
  intermediate: { protocols: ['TLSv1.2', 'TLSv1.3'], sslProtocol: '-all +TLSv1.2 +TLSv1.3', cipherSuite: INTERMEDIATE_CIPHERS, hstsMaxAge: 63072000 },
  // Modern has no TLS 1.2 suite at all; should TLS 1.2 stay enabled, the intermediate list keeps it forward-secret and AEAD-only.
  modern: { protocols: ['TLSv1.3'], sslProtocol: '-all +TLSv1.3', cipherSuite: INTERMEDIATE_CIPHERS, hstsMaxAge: 63072000 },
};

export const PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** What `all` means to mod_ssl 2.4 (SSLv2 support is gone; SSLv3 only where OpenSSL still has it). */
const ALL: readonly Protocol[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/**
 * The protocols an `SSLProtocol` line enables. As in mod_ssl: names are case-insensitive, `+`/`-` add or
 * remove, a name without a sign replaces everything before it, and the list starts empty.
 */
export function enabledProtocols(tokens: readonly string[]): Set<Protocol> {
  let enabled = new Set<Protocol>();
  for (const token of tokens) {
    const sign = token[0] === '+' || token[0] === '-' ? token[0] : '';
    const name = token.slice(sign.length).toLowerCase();
    const named = name === 'all' ? ALL : PROTOCOLS.filter((protocol) => protocol.toLowerCase() === name);
    if (named.length === 0) {
      continue;
    }
    if (sign === '-') {
      named.forEach((protocol) => enabled.delete(protocol));
    } else if (sign === '+') {
      named.forEach((protocol) => enabled.add(protocol));
    } else {
      enabled = new Set(named);
    }
  }
  return enabled;
}

/** Weak cipher families named by the rule, with the OpenSSL exclusions that remove each one. */
const WEAK_FAMILIES: Record<string, readonly string[]> = {
  NULL: ['NULL', 'ENULL'],
  aNULL: ['ANULL'],
  EXPORT: ['EXP', 'EXPORT'],
  DES: ['DES', 'LOW'],
  '3DES': ['3DES', 'MEDIUM'],
  RC4: ['RC4', 'MEDIUM'],
  MD5: ['MD5', 'RC4', 'MEDIUM'],
  IDEA: ['IDEA', 'MEDIUM'],
  SEED: ['SEED', 'MEDIUM'],
  PSK: ['PSK', 'KPSK', 'APSK'],
  LOW: ['LOW'],
  MEDIUM: ['MEDIUM'],
};

/** OpenSSL aliases (upper case) and the weak families they bring in. */
const ALIASES: Record<string, readonly string[]> = {
  NULL: ['NULL'], ENULL: ['NULL'], COMPLEMENTOFALL: ['NULL'],
  ANULL: ['aNULL'], ADH: ['aNULL'], AECDH: ['aNULL'],
  EXP: ['EXPORT'], EXPORT: ['EXPORT'], EXPORT40: ['EXPORT'], EXPORT56: ['EXPORT'],
  DES: ['DES'], '3DES': ['3DES'], RC4: ['RC4'], MD5: ['MD5'], IDEA: ['IDEA'], SEED: ['SEED'],
  PSK: ['PSK'], KPSK: ['PSK'], APSK: ['PSK'], LOW: ['LOW'], MEDIUM: ['MEDIUM'],
  // HIGH holds anonymous and PSK suites; ALL holds every family but NULL.
  HIGH: ['aNULL', 'PSK'],
  ALL: ['aNULL', 'EXPORT', 'DES', '3DES', 'RC4', 'MD5', 'IDEA', 'SEED', 'PSK', 'LOW', 'MEDIUM'],
};

/** How each weak family shows in the dash-separated parts of a suite name (`DES-CBC3-SHA`, `ADH-AES256-SHA`…). */
const SUITE_MARKERS: readonly [string, (parts: readonly string[]) => boolean][] = [
  ['NULL', (parts) => parts.includes('NULL')],
  ['aNULL', (parts) => parts.includes('ADH') || parts.includes('AECDH')],
  ['EXPORT', (parts) => parts.some((part) => /^EXP\d*$/.test(part))],
  ['DES', (parts) => (parts.includes('DES') || parts.includes('DES40')) && !parts.includes('CBC3')],
  ['3DES', (parts) => parts.includes('DES') && parts.includes('CBC3')],
  ['RC4', (parts) => parts.some((part) => part.startsWith('RC4'))],
  ['MD5', (parts) => parts.includes('MD5')],
  ['IDEA', (parts) => parts.includes('IDEA')],
  ['SEED', (parts) => parts.includes('SEED')],
  ['PSK', (parts) => parts.some((part) => part.includes('PSK'))],
];

function familiesOfSuite(name: string): string[] {
  const parts = name.split('-');
  return SUITE_MARKERS.filter(([, marks]) => marks(parts)).map(([family]) => family);
}

/** The weak families one element of a cipher string brings in (`RSA+3DES` is an intersection: any weak part counts). */
function familiesOfElement(element: string): string[] {
  const upper = element.toUpperCase();
  if (upper.includes('-')) {
    return familiesOfSuite(upper);
  }
  return upper.split('+').flatMap((part) => ALIASES[part] ?? []);
}

/**
 * The weak families a cipher string enables, in the rule's order. Elements removed for good with `!`
 * (or taken out with `-`) do not count; `+X` only reorders.
 */
export function weakCipherFamilies(cipherString: string): string[] {
  const elements = cipherString.split(/[:,\s]+/).filter(Boolean);
  const excluded = new Set(elements.filter((element) => element[0] === '!' || element[0] === '-').map((element) => element.slice(1).toUpperCase()));
  const enabled = new Set(elements.filter((element) => !/^[!\-+@]/.test(element)).flatMap(familiesOfElement));
  return Object.keys(WEAK_FAMILIES).filter((family) => enabled.has(family) && !WEAK_FAMILIES[family].some((exclusion) => excluded.has(exclusion)));
}
