/** The Apache httpd format: where its files live, how to recognise one by content, its parser and hovers. */
import { FormatDefinition } from '../../core/format';
import { describeAt } from './hover';
import { ApacheModel, parseApache } from './model';

/** An INI section header (`[Sipmon]`): fail2ban or openssl.cnf, never httpd. */
const INI_SECTION = /^[ \t]*\[[^\]\n]*\][ \t]*\r?$/m;

const SECTION_TAG = /^[ \t]*<\/?(VirtualHost|Directory|DirectoryMatch|Location|LocationMatch|Files|FilesMatch|IfModule|IfDefine|IfVersion|If|Proxy|ProxyMatch|Limit|LimitExcept|RequireAll|RequireAny|RequireNone|Macro)[\s>]/im;

/**
 * A line starting with a common httpd directive, spelled as httpd's documentation does, followed by an argument
 * (not `=` or `:`, as in INI or YAML): `options edns0` in resolv.conf is no httpd line.
 */
const DIRECTIVE_LINE = new RegExp(
  '^[ \\t]*(' + [
    'ServerName', 'ServerAlias', 'ServerRoot', 'ServerAdmin', 'ServerTokens', 'ServerSignature', 'TraceEnable', 'DocumentRoot',
    'Alias', 'AliasMatch', 'ScriptAlias', 'Redirect', 'RedirectMatch', 'RewriteEngine', 'RewriteRule', 'RewriteCond',
    'ProxyPass', 'ProxyPassMatch', 'ProxyPassReverse', 'SSLEngine', 'SSLProtocol', 'SSLCipherSuite', 'SSLCertificateFile',
    'Header', 'RequestHeader', 'LoadModule', 'Listen', 'Define', 'Options', 'AllowOverride', 'Require', 'DirectoryIndex',
    'ErrorLog', 'CustomLog', 'LogLevel', 'Include', 'IncludeOptional', 'AddType', 'SetEnvIf', 'Protocols',
  ].join('|') + ')[ \\t]+[^\\s=:]',
  'm',
);

/** httpd content: a section tag or a known directive line, and no INI section header. */
function looksLikeApache(text: string): boolean {
  return !INI_SECTION.test(text) && (SECTION_TAG.test(text) || DIRECTIVE_LINE.test(text));
}

export const apacheFormat: FormatDefinition<ApacheModel> = {
  id: 'apache',
  title: 'Apache httpd',
  languageIds: ['apacheconf'],
  pathPatterns: [
    '**/httpd/conf.d/*.conf',
    '**/httpd/conf/*.conf',
    '**/apache2/{sites,conf,mods}-{available,enabled}/*.conf',
    '**/apache2.conf',
    '**/httpd.conf',
    '**/*.apache*.conf',
  ],
  // Never every *.conf by name: other files are claimed only when their content is httpd's (the product's *Sipmon*.conf…).
  candidatePatterns: ['**/*.conf', '**/.htaccess'],
  sniff: looksLikeApache,
  parse: parseApache,
  comment: { line: '#' },
  describeAt,
};
