/** Reading the contributed snippets and expanding them as VS Code inserts them with every placeholder at its default. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../server/src/docs';
import { TLS_PROFILE_VALUES } from '../../server/src/formats/apache/tls';
import { COOKIE_FLAGS, FRAME_OPTIONS, hstsHeader } from '../../server/src/formats/apache/hardened';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** The text a snippet inserts when every placeholder keeps its default (the first choice of a choice). */
export function expandSnippet(body: string): string {
  let text = body;
  // Innermost placeholders first, so a default holding another placeholder expands too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:((?:[^${}\\]|\\.)*)\}/g, '$1').replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)[,|][^}]*\}/g, '$1');
  }
  text = text.replace(/(?<!\\)(?:\$\{\d+\}|\$\d+)/g, '');
  const unknown = /(?<!\\)\$\{?[A-Za-z_]+/.exec(text);
  if (unknown) {
    throw new Error(`snippet variable ${unknown[0]} has no sample value here`);
  }
  return text.replace(/\\([$}\\])/g, '$1');
}

/** The snippets contributed for a language, by prefix. */
export function snippetsFor(language: string): Record<string, Snippet> {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  const entry = manifest.contributes.snippets.find((candidate) => candidate.language === language);
  if (!entry) {
    return {};
  }
  const snippets = JSON.parse(fs.readFileSync(path.join(packageRoot, entry.path), 'utf8')) as Record<string, Snippet>;
  return Object.fromEntries(Object.values(snippets).map((snippet) => [snippet.prefix, snippet]));
}

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
  return Object.fromEntries(Object.values(snippetsFor('apacheconf')).map((snippet) => {
    const text = expandSnippet(snippet.body.join('\n'));
    const place = APACHE_SNIPPET_PLACES[snippet.prefix];
    return [snippet.prefix, place === 'file' || place === undefined ? text : apacheSiteWith(text, place)];
  }));
}
