/** The openssl.cnf format: where OpenSSL configuration files live, how to recognise one by content, its parser and hovers. */
import { FormatDefinition, KeyDescription } from '../../core/format';
import { entryAt, IniDocument, sectionHeaderAt } from '../ini/model';
import { parseIni } from '../ini/parser';
import { OPENSSL_KEYS, OPENSSL_SECTIONS, SAN_ENTRY_KINDS } from './keys';

/** Sections and keys only OpenSSL configuration files have. */
const OPENSSL_MARKERS = /^\s*(\[\s*(req|ca|CA_default|v3_ca|v3_req|usr_cert|alt_names|req_distinguished_name)\s*\]|(default_bits|default_md|basicConstraints|subjectAltName|distinguished_name|x509_extensions|keyUsage|extendedKeyUsage)\s*=|\.include\b)/m;

function describeAt(model: IniDocument, offset: number): KeyDescription | undefined {
  const header = sectionHeaderAt(model, offset);
  if (header) {
    const text = OPENSSL_SECTIONS[header.name];
    return text === undefined ? undefined : { markdown: `**[ ${header.name} ]** — ${text}`, span: header.nameSpan };
  }
  const directive = model.directives.find((candidate) => candidate.span.start <= offset && offset <= candidate.valueSpan.start);
  if (directive) {
    return OPENSSL_KEYS[directive.name] === undefined ? undefined : { markdown: `**${directive.name}** — ${OPENSSL_KEYS[directive.name]}`, span: { start: directive.span.start, end: directive.valueSpan.start } };
  }
  const entry = entryAt(model, offset);
  if (!entry || offset > entry.keySpan.end) {
    return undefined;
  }
  const text = OPENSSL_KEYS[entry.name] ?? SAN_ENTRY_KINDS[entry.name.split('.')[0]];
  return text === undefined ? undefined : { markdown: `**${entry.name}** (OpenSSL) — ${text}`, span: entry.keySpan };
}

export const opensslFormat: FormatDefinition<IniDocument> = {
  id: 'openssl',
  title: 'OpenSSL configuration',
  languageIds: ['opensslcnf'],
  pathPatterns: ['**/openssl.cnf', '**/pki/tls/**/*.cnf', '**/etc/ssl/**/*.cnf'],
  candidatePatterns: ['**/*.cnf'],
  sniff: (text) => OPENSSL_MARKERS.test(text),
  parse: (text) => parseIni(text, 'openssl'),
  comment: { line: '#' },
  describeAt,
};
