/**
 * Which sections of an openssl.cnf make certificates, and for what: CA profiles (basicConstraints CA:TRUE),
 * server-certificate sections, and the references between sections (`@name`, `x509_extensions`, …).
 */
import { Span } from '../../core/types';
import { entriesOf, IniDocument, IniEntry, lastEntry } from '../ini/model';

export const ALT_NAMES = 'alt_names';
export const SERVER_SECTION = 'v3_server';

/** The hardened server-certificate profile; `subjectAltName` is added by the caller. */
export const SERVER_PROFILE = [
  'basicConstraints = critical,CA:FALSE',
  'keyUsage = critical, digitalSignature, keyEncipherment',
  'extendedKeyUsage = serverAuth',
];

/** The value OpenSSL uses: expanded when possible, as written otherwise. */
export function valueOf(entry: IniEntry | undefined): string | undefined {
  return entry === undefined ? undefined : entry.expanded ?? entry.value;
}

export function setting(doc: IniDocument, section: string, name: string): string | undefined {
  return valueOf(lastEntry(doc, section, name));
}

/** Whether a section's basicConstraints makes certificates CAs. */
export function isCaProfile(doc: IniDocument, section: string): boolean {
  return /(^|,)\s*CA\s*:\s*true\s*(,|$)/i.test(setting(doc, section, 'basicConstraints') ?? '');
}

/** A subjectAltName that names hosts (a section of names, DNS: or IP: entries), not just `email:copy`. */
export function serverSan(doc: IniDocument, section: string): IniEntry | undefined {
  const entry = lastEntry(doc, section, 'subjectAltName');
  return entry !== undefined && /(^|,)\s*(@|DNS\s*:|IP\s*:)/i.test(valueOf(entry) ?? '') ? entry : undefined;
}

/** Keys whose value names a section. */
export const SECTION_KEYS = ['x509_extensions', 'req_extensions', 'distinguished_name'];

export interface SectionReference {
  entry: IniEntry;
  target: string;
  /** The name as written in the value. */
  span: Span;
}

/** Every `@name` at the start of a value or of a comma-separated item, and the values of {@link SECTION_KEYS}. */
export function sectionReferences(doc: IniDocument, text: string): SectionReference[] {
  const references: SectionReference[] = [];
  for (const section of doc.sections) {
    for (const entry of section.entries) {
      const written = text.slice(entry.valueSpan.start, entry.valueSpan.end);
      if (SECTION_KEYS.includes(entry.name)) {
        const target = valueOf(entry)?.trim();
        if (target) {
          references.push({ entry, target, span: entry.valueSpan });
        }
        continue;
      }
      if (!written.includes('@')) {
        continue;
      }
      for (const match of written.matchAll(/(^|,)\s*@([A-Za-z0-9_.\-!%&*+/;?^|~]+)/g)) {
        const start = entry.valueSpan.start + (match.index ?? 0) + match[0].length - match[2].length - 1;
        references.push({ entry, target: match[2], span: { start, end: start + match[2].length + 1 } });
      }
    }
  }
  return references;
}

/** The sections the `x509_extensions` of [req] and the `req_extensions` name: what `openssl req` puts in a certificate or request. */
function requestProfiles(doc: IniDocument): string[] {
  return [setting(doc, 'req', 'x509_extensions'), ...entriesOf(doc, 'req').filter((entry) => entry.name === 'req_extensions').map(valueOf)]
    .map((name) => name?.trim())
    .filter((name): name is string => !!name);
}

/**
 * Sections that make server (leaf) certificates: not CA profiles, and either carrying the server's
 * subjectAltName, named v3_server, or used by `openssl req` (x509_extensions of [req], req_extensions).
 */
export function serverSections(doc: IniDocument): string[] {
  const names = new Set<string>();
  const profiles = requestProfiles(doc);
  for (const section of doc.sections) {
    const name = section.name;
    if (section.headerSpan === undefined || isCaProfile(doc, name)) {
      continue;
    }
    if (serverSan(doc, name) || name === SERVER_SECTION || profiles.includes(name)) {
      names.add(name);
    }
  }
  return [...names];
}

/** Whether an extendedKeyUsage value allows TLS servers. */
export function allowsServerAuth(value: string | undefined): boolean {
  return /(^|,)\s*(serverAuth|1\.3\.6\.1\.5\.5\.7\.3\.1|anyExtendedKeyUsage)\s*(,|$)/.test(value ?? '');
}
