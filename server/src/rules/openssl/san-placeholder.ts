/** openssl/san-placeholder: a subjectAltName entry that is not an IP address (IP.n) or a host name (DNS.n). */
import { defineRule } from '../../core/rule';
import { lineSpanAt } from '../../core/text';
import { Span } from '../../core/types';
import { allEntries, IniDocument, IniEntry } from '../../formats/ini/model';
import { ALT_NAMES, valueOf } from '../../formats/openssl/certificate';
import { isHostName, isIpAddress } from '../../formats/openssl/names';

interface NameItem {
  kind: 'IP' | 'DNS';
  value: string;
  span: Span;
  /** The section entry holding it; undefined for an item written inline in subjectAltName. */
  entry?: IniEntry;
}

function isValid(item: NameItem): boolean {
  return item.kind === 'IP' ? isIpAddress(item.value) : isHostName(item.value);
}

/** The IP and DNS entries of the sections subjectAltName takes names from, and the IP:/DNS: items written inline. */
function nameItems(model: IniDocument, text: string): NameItem[] {
  const sanEntries = allEntries(model).filter((entry) => entry.name === 'subjectAltName');
  const sections = new Set([ALT_NAMES]);
  const items: NameItem[] = [];
  for (const entry of sanEntries) {
    const written = text.slice(entry.valueSpan.start, entry.valueSpan.end);
    for (const match of written.matchAll(/(?:^|,)\s*(?:@([\w.-]+)|(IP|DNS):\s*([^,]*?)\s*(?=,|$))/dg)) {
      if (match[1]) {
        sections.add(match[1]);
        continue;
      }
      const [start, end] = match.indices?.[3] ?? [0, 0];
      items.push({ kind: match[2] as 'IP' | 'DNS', value: match[3], span: { start: entry.valueSpan.start + start, end: entry.valueSpan.start + end } });
    }
  }
  for (const entry of allEntries(model)) {
    if (!sections.has(entry.section)) {
      continue;
    }
    const kind = /^(IP|DNS)(\.|$)/.exec(entry.name)?.[1] as 'IP' | 'DNS' | undefined;
    if (kind) {
      items.push({ kind, value: (valueOf(entry) ?? '').trim(), span: entry.valueSpan.start < entry.valueSpan.end ? entry.valueSpan : entry.span, entry });
    }
  }
  return items;
}

export default defineRule<IniDocument>({
  id: 'openssl/san-placeholder',
  format: 'openssl',
  severity: 'error',
  description: 'An IP.n that is not an IP address, or a DNS.n that is not a host name: signing fails.',
  rationale: 'OpenSSL parses every `IP.n` entry as an IPv4 or IPv6 address: the guide\'s placeholder `IP.1 = xxx.xxx.xxx.xxx` makes signing fail with "bad ip address". A `DNS.n` that is not a host name (a placeholder, spaces, `<fqdn>`) yields a certificate no browser matches. Put the server\'s real addresses and FQDN.',
  messages: {
    ip: 'IP entry "{{value}}" is not an IP address: OpenSSL stops signing with "bad ip address". Put the server\'s real address.',
    dns: 'DNS entry "{{value}}" is not a host name: the certificate would match no server. Put the server\'s FQDN.',
  },
  fixable: true,
  check({ model, text, report }) {
    const items = nameItems(model, text);
    // Valid names written as entries, per section: counted once, not searched again for each invalid one.
    const validEntries = new Map<string, number>();
    for (const item of items) {
      if (item.entry !== undefined && isValid(item)) {
        validEntries.set(item.entry.section, (validEntries.get(item.entry.section) ?? 0) + 1);
      }
    }
    for (const item of items.filter((candidate) => !isValid(candidate))) {
      // Commenting the entry out is a way forward only while the section keeps a valid name (an empty one fails too).
      const keepsAName = item.entry !== undefined && (validEntries.get(item.entry.section) ?? 0) > 0;
      const lineStart = item.entry ? lineSpanAt(text, item.entry.span.start).start : 0;
      report({
        messageId: item.kind === 'IP' ? 'ip' : 'dns',
        data: { value: item.value },
        span: item.span,
        fixes: keepsAName ? [{ title: `Comment out ${item.entry?.key} until the real value is known`, edits: [{ span: { start: lineStart, end: lineStart }, text: '# ' }], needsJudgement: true }] : [],
      });
    }
  },
});
