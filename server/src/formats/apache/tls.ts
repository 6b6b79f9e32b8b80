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

/** The weak families the rule names, in its order. */
const FAMILIES = ['NULL', 'aNULL', 'EXPORT', 'DES', '3DES', 'RC4', 'MD5', 'IDEA', 'SEED', 'PSK', 'LOW', 'MEDIUM'];

/** A group of weak suites: the families it belongs to, and the OpenSSL names (upper case) whose `!X` removes it. */
interface WeakKind {
  families: readonly string[];
  removedBy: readonly string[];
}

const KINDS = {
  nullSha: { families: ['NULL'], removedBy: ['NULL', 'ENULL'] },
  nullMd5: { families: ['NULL', 'MD5'], removedBy: ['NULL', 'ENULL', 'MD5'] },
  adh: { families: ['aNULL'], removedBy: ['ANULL', 'ADH'] },
  aecdh: { families: ['aNULL'], removedBy: ['ANULL', 'AECDH'] },
  aecdhNull: { families: ['aNULL', 'NULL'], removedBy: ['ANULL', 'AECDH', 'NULL', 'ENULL'] },
  psk: { families: ['PSK'], removedBy: ['PSK'] },
  pskNull: { families: ['PSK', 'NULL'], removedBy: ['PSK', 'NULL', 'ENULL'] },
  export: { families: ['EXPORT'], removedBy: ['EXP', 'EXPORT'] },
  des: { families: ['DES'], removedBy: ['DES', 'LOW'] },
  tripleDes: { families: ['3DES'], removedBy: ['3DES', 'MEDIUM'] },
  rc4: { families: ['RC4'], removedBy: ['RC4', 'MEDIUM'] },
  rc4Md5: { families: ['RC4', 'MD5'], removedBy: ['RC4', 'MEDIUM', 'MD5'] },
  idea: { families: ['IDEA'], removedBy: ['IDEA', 'MEDIUM'] },
  seed: { families: ['SEED'], removedBy: ['SEED', 'MEDIUM'] },
  low: { families: ['LOW'], removedBy: ['LOW'] },
  medium: { families: ['MEDIUM'], removedBy: ['MEDIUM'] },
} satisfies Record<string, WeakKind>;
type KindName = keyof typeof KINDS;

/** Suites OpenSSL 3 builds leave out but older or legacy-provider builds still offer under broad aliases. */
const LEGACY: KindName[] = ['export', 'des', 'tripleDes', 'rc4', 'rc4Md5', 'idea', 'seed'];
const ANONYMOUS: KindName[] = ['adh', 'aecdh'];
const WITH_PSK: KindName[] = ['psk', 'pskNull'];
const NULLS: KindName[] = ['nullSha', 'nullMd5', 'aecdhNull', 'pskNull'];

/**
 * OpenSSL aliases (upper case) and the weak suites they select. The OpenSSL 3 part was read from
 * `openssl ciphers -v '<alias>:@SECLEVEL=0'` (and is checked against it by the real-tool tests); aliases
 * absent here select no weak suite.
 */
const ALIASES: Record<string, readonly KindName[]> = {
  NULL: NULLS, ENULL: NULLS, COMPLEMENTOFALL: NULLS,
  ANULL: [...ANONYMOUS, 'aecdhNull'], ADH: ['adh'], AECDH: ['aecdh', 'aecdhNull'],
  EXP: ['export'], EXPORT: ['export'], EXPORT40: ['export'], EXPORT56: ['export'],
  DES: ['des'], '3DES': ['tripleDes'], RC4: ['rc4', 'rc4Md5'], MD5: ['nullMd5', 'rc4Md5'], IDEA: ['idea'], SEED: ['seed'],
  PSK: WITH_PSK, KPSK: WITH_PSK, APSK: WITH_PSK, KECDHEPSK: WITH_PSK, KDHEPSK: WITH_PSK, KRSAPSK: WITH_PSK,
  LOW: ['low', 'des'], MEDIUM: ['medium', 'tripleDes', 'rc4', 'rc4Md5', 'idea', 'seed'],
  HIGH: [...ANONYMOUS, 'psk'],
  ALL: [...ANONYMOUS, 'psk', ...LEGACY, 'low', 'medium'],
  DEFAULT: ['psk'], COMPLEMENTOFDEFAULT: [...ANONYMOUS, 'psk'],
  KRSA: ['nullSha', 'nullMd5', ...LEGACY], RSA: ['nullSha', 'nullMd5', ...LEGACY], ARSA: ['nullSha', 'nullMd5', ...WITH_PSK, ...LEGACY],
  KDHE: ['adh', 'des', 'tripleDes', 'export'], KEDH: ['adh', 'des', 'tripleDes', 'export'], DH: ['adh', 'des', 'tripleDes', 'export'],
  DHE: ['des', 'tripleDes', 'export'], EDH: ['des', 'tripleDes', 'export'], ADSS: ['des', 'tripleDes', 'export'], DSS: ['des', 'tripleDes', 'export'],
  KECDHE: ['nullSha', 'aecdh', 'aecdhNull', 'rc4', 'tripleDes'], KEECDH: ['nullSha', 'aecdh', 'aecdhNull', 'rc4', 'tripleDes'],
  ECDH: ['nullSha', 'aecdh', 'aecdhNull', 'rc4', 'tripleDes'],
  ECDHE: ['nullSha', 'rc4', 'tripleDes'], EECDH: ['nullSha', 'rc4', 'tripleDes'], AECDSA: ['nullSha', 'rc4', 'tripleDes'], ECDSA: ['nullSha', 'rc4', 'tripleDes'],
  'TLSV1.2': ['nullSha', 'adh', 'psk', 'pskNull'],
  TLSV1: [...NULLS.filter((kind) => kind !== 'nullMd5'), ...ANONYMOUS, 'psk', ...LEGACY],
  'TLSV1.0': [...NULLS.filter((kind) => kind !== 'nullMd5'), ...ANONYMOUS, 'psk', ...LEGACY],
  SSLV3: [...NULLS, ...ANONYMOUS, 'psk', ...LEGACY],
  AES: [...ANONYMOUS, 'psk'], AES128: [...ANONYMOUS, 'psk'], AES256: [...ANONYMOUS, 'psk'], AESGCM: [...ANONYMOUS, 'psk'],
  CAMELLIA: [...ANONYMOUS, 'psk'], CAMELLIA128: [...ANONYMOUS, 'psk'], CAMELLIA256: [...ANONYMOUS, 'psk'],
  AESCCM: ['psk'], AESCCM8: ['psk'], ARIA: ['psk'], ARIA128: ['psk'], ARIA256: ['psk'], CHACHA20: ['psk'],
  SHA1: [...NULLS.filter((kind) => kind !== 'nullMd5'), ...ANONYMOUS, 'psk', 'des', 'tripleDes', 'rc4', 'idea', 'seed', 'export'],
  SHA: [...NULLS.filter((kind) => kind !== 'nullMd5'), ...ANONYMOUS, 'psk', 'des', 'tripleDes', 'rc4', 'idea', 'seed', 'export'],
  SHA256: ['nullSha', 'adh', 'psk', 'pskNull'], SHA384: ['psk', 'pskNull'],
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

/** A suite named in full is removed by its own name or by any family it falls in (`RC4-SHA:!RC4`). */
function suiteKind(name: string): WeakKind | undefined {
  const parts = name.split('-');
  const families = SUITE_MARKERS.filter(([, marks]) => marks(parts)).map(([family]) => family);
  const removedBy = families.flatMap((family) => Object.values(KINDS).filter((kind) => kind.families.length === 1 && kind.families[0] === family).flatMap((kind) => kind.removedBy));
  return families.length > 0 ? { families, removedBy: [name, ...removedBy] } : undefined;
}

/** The weak suites one element selects. `A+B` selects the suites in both: the kinds both aliases hold. */
function kindsOfElement(element: string): WeakKind[] {
  const upper = element.toUpperCase();
  if (upper.includes('-')) {
    const kind = suiteKind(upper);
    return kind ? [kind] : [];
  }
  const known = upper.split('+').filter((part) => part in ALIASES);
  if (known.length === 0) {
    return [];
  }
  const common = known.map((part) => ALIASES[part]).reduce((left, right) => left.filter((kind) => right.includes(kind)));
  return common.map((kind) => KINDS[kind]);
}

/**
 * The weak families a cipher string enables, in the rule's order. Suites removed for good with `!` (or taken
 * out with `-`) do not count; `+X` only reorders, `@STRENGTH` and `@SECLEVEL=n` select nothing.
 */
export function weakCipherFamilies(cipherString: string): string[] {
  const elements = cipherString.split(/[:,\s]+/).filter(Boolean);
  const excluded = new Set(elements.filter((element) => element[0] === '!' || element[0] === '-').map((element) => element.slice(1).toUpperCase()));
  const enabled = elements.filter((element) => !/^[!\-+@]/.test(element)).flatMap(kindsOfElement);
  const kept = enabled.filter((kind) => !kind.removedBy.some((name) => excluded.has(name)));
  return FAMILIES.filter((family) => kept.some((kind) => kind.families.includes(family)));
}
