/** The Apache snippets placed in the site file they belong to: a whole file, or header lines of the HTTPS vhost. */
import { COOKIE_FLAGS, FRAME_OPTIONS, hstsHeader } from '../../server/src/formats/apache/hardened';
import { TLS_PROFILE_VALUES } from '../../server/src/formats/apache/tls';
import { expandSnippet, snippetsByPrefix } from './snippets';

/** The header lines a header snippet may stand for, and the rule that asks for each. */
export const APACHE_HEADERS = {
  hsts: { line: hstsHeader('intermediate'), rule: 'apache/hsts-missing' },
  frame: { line: FRAME_OPTIONS, rule: 'apache/x-frame-options-missing' },
  cookies: { line: COOKIE_FLAGS, rule: 'apache/cookie-flags' },
} as const;
export type ApacheHeader = keyof typeof APACHE_HEADERS;

/** Where each Apache snippet goes: a whole file, or header lines of the HTTPS vhost (standing for these headers). */
export const APACHE_SNIPPET_PLACES: Record<string, 'file' | ApacheHeader[]> = {
  'sipmon-apache-https-vhost': 'file',
  'sipmon-apache-security-headers': ['hsts', 'frame', 'cookies'],
  'sipmon-apache-hsts': ['hsts'],
  'sipmon-apache-x-frame-options': ['frame'],
  'sipmon-apache-cookie-flags': ['cookies'],
};

/** A hardened site file whose HTTPS vhost holds `inserted` plus the default lines of the headers not in `provided`. */
export function apacheSiteWith(inserted: string, provided: readonly ApacheHeader[]): string {
  const others = (Object.keys(APACHE_HEADERS) as ApacheHeader[]).filter((header) => !provided.includes(header)).map((header) => APACHE_HEADERS[header].line);
  const lines = [...others, ...inserted.split('\n').filter((line) => line.trim() !== '')].map((line) => `    ${line}\n`).join('');
  return 'ServerTokens Prod\nTraceEnable Off\n<VirtualHost *:443>\n    ServerName sipmon.example.org\n    SSLEngine On\n    SSLProtocol -all +TLSv1.2 +TLSv1.3\n'
    + `    SSLCipherSuite ${TLS_PROFILE_VALUES.intermediate.cipherSuite}\n    SSLCertificateFile /etc/ssl/certs/Sipmon7.crt\n    SSLCertificateKeyFile /etc/ssl/private/Sipmon7.key\n`
    + `    Protocols h2 http/1.1\n    Alias /Sipmon /usr/share/Sipmon/www/\n${lines}</VirtualHost>\n`;
}

/** Each Apache snippet, expanded and placed in the file it belongs to, by prefix. */
export function apacheSnippetTexts(): Record<string, string> {
  return Object.fromEntries(Object.values(snippetsByPrefix('apacheconf')).map((snippet) => {
    const text = expandSnippet(snippet.body.join('\n'));
    const place = APACHE_SNIPPET_PLACES[snippet.prefix];
    return [snippet.prefix, place === 'file' || place === undefined ? text : apacheSiteWith(text, place)];
  }));
}
