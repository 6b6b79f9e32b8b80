/** Hovers on the security-relevant directives and sections: what each does, and its hardened value. */
import { TLS_PROFILE_VALUES } from './tls';
import { ApacheModel } from './model';
import { KeyDescription } from '../../core/format';

interface DirectiveDoc {
  /** The name as the documentation spells it. */
  name: string;
  module: string;
  what: string;
  secure: string;
}

const intermediate = TLS_PROFILE_VALUES.intermediate;
const modern = TLS_PROFILE_VALUES.modern;

const DOCS: readonly DirectiveDoc[] = [
  { name: 'ServerTokens', module: 'core', what: 'How much the `Server:` response header tells about httpd, its version, modules and OS. Server level only (refused inside `<VirtualHost>`).', secure: '`ServerTokens Prod`: the product name only, no version.' },
  { name: 'ServerSignature', module: 'core', what: 'A footer naming the server and version on pages httpd generates (errors, listings).', secure: '`ServerSignature Off`.' },
  { name: 'TraceEnable', module: 'core', what: 'Whether the TRACE method is answered (on by default): it echoes the request, headers included, which cross-site tracing abuses.', secure: '`TraceEnable Off`.' },
  { name: 'SSLEngine', module: 'mod_ssl', what: 'Turns TLS on for the vhost (a vhost without it speaks plain HTTP, even on port 443).', secure: '`SSLEngine On` in the `*:443` vhost.' },
  { name: 'SSLProtocol', module: 'mod_ssl', what: 'The TLS versions offered. `+`/`-` add or remove, a bare name replaces the list; `all -SSLv3` still enables TLSv1 and TLSv1.1.', secure: `\`SSLProtocol ${intermediate.sslProtocol}\` (Mozilla intermediate), \`SSLProtocol ${modern.sslProtocol}\` (modern).` },
  { name: 'SSLCipherSuite', module: 'mod_ssl', what: 'The TLS 1.2 cipher suites (OpenSSL cipher string; with `TLSv1.3` first, the TLS 1.3 suites). `!X` removes X for good.', secure: `The Mozilla intermediate list: \`${intermediate.cipherSuite}\`.` },
  { name: 'SSLHonorCipherOrder', module: 'mod_ssl', what: 'Whether the server\'s cipher order wins over the client\'s.', secure: '`Off` in Mozilla guideline 6.0: every listed suite is strong, so the client may pick the fastest.' },
  { name: 'SSLCompression', module: 'mod_ssl', what: 'TLS-level compression, which leaks secrets through response sizes (CRIME).', secure: '`SSLCompression Off` (the default).' },
  { name: 'SSLInsecureRenegotiation', module: 'mod_ssl', what: 'Renegotiation with clients lacking the RFC 5746 extension, open to request injection.', secure: '`SSLInsecureRenegotiation Off` (the default).' },
  { name: 'SSLCertificateFile', module: 'mod_ssl', what: 'The server certificate (PEM). The shipped example points at the sample `ca.crt`.', secure: 'The server\'s own certificate, e.g. `/etc/ssl/certs/Sipmon7.crt`.' },
  { name: 'SSLCertificateKeyFile', module: 'mod_ssl', what: 'The certificate\'s private key. The shipped example points at the sample `ca.key`.', secure: 'The server\'s own key, e.g. `/etc/ssl/private/Sipmon7.key`, mode 0400.' },
  { name: 'Header', module: 'mod_headers', what: 'Sets, edits or removes response headers; `always` applies to error responses too. The header name may end with a colon.', secure: '`Header always set Strict-Transport-Security "max-age=63072000"`, `Header always set X-Frame-Options "SAMEORIGIN"`, `Header always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict`.' },
  { name: 'Options', module: 'core', what: 'Features of a directory. `Indexes` lists the files of a folder without an index page; `All` includes it. Mixing `+`/`-` with bare names is refused.', secure: '`Options -Indexes +FollowSymLinks`.' },
  { name: 'AllowOverride', module: 'core', what: 'Which directives `.htaccess` files may change; `All` lets a written file reconfigure the application.', secure: '`AllowOverride None`.' },
  { name: 'Order', module: 'mod_access_compat', what: 'Apache 2.2 access control, mixed unpredictably with 2.4 `Require`.', secure: 'Remove it and state access with `Require` (`Require all granted`, `Require ip …`).' },
  { name: 'Allow', module: 'mod_access_compat', what: 'Apache 2.2 access control (`Allow from all`).', secure: '`Require all granted`, or `Require ip`/`Require host` for a list.' },
  { name: 'Deny', module: 'mod_access_compat', what: 'Apache 2.2 access control (`Deny from all`).', secure: '`Require all denied`.' },
  { name: 'Require', module: 'mod_authz_core', what: 'Apache 2.4 authorization.', secure: '`Require all granted` on the product folders, `Require all denied` elsewhere.' },
  { name: 'Alias', module: 'mod_alias', what: 'Maps a URL path to a folder. The product serves `${base_uri}` from its install folder; `Alias /icons/` publishes httpd\'s icons.', secure: 'Keep the product\'s Alias; comment out `#Alias /icons/ …`.' },
  { name: 'Define', module: 'core', what: 'Sets a `${variable}` for the rest of the configuration. The product defines `base_uri` (its URL path) and `install_dir`.', secure: '`Define base_uri "/Sipmon"`: at least one path level, never `/`.' },
  { name: 'ProxyPassMatch', module: 'mod_proxy', what: 'Forwards matching requests to a backend; the product sends PHP to php-fpm over FastCGI.', secure: '`fcgi://127.0.0.1:9042…`: php-fpm on the loopback only.' },
  { name: 'ProxyPass', module: 'mod_proxy', what: 'Forwards requests to a backend (php-fpm over `fcgi://`, Gorgone\'s websocket over `ws://`).', secure: 'Loopback backends: `127.0.0.1`.' },
  { name: 'Protocols', module: 'core', what: 'The protocols offered: `h2` is HTTP/2 over TLS, `h2c` HTTP/2 in clear text (meaningless over TLS).', secure: '`Protocols h2 http/1.1` in the TLS vhost (needs mod_http2 and the event MPM).' },
  { name: 'LogLevel', module: 'core', what: 'How verbose the error log is; `debug` and `trace1`…`trace8` write request details, cookies included.', secure: '`LogLevel warn`.' },
  { name: 'RewriteRule', module: 'mod_rewrite', what: 'Rewrites or redirects requests. Without `[R=301,L]`, a rule to an absolute URL answers with a temporary 302.', secure: 'The HTTP vhost\'s redirect: `RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]`.' },
  { name: 'Include', module: 'core', what: 'Reads other configuration files (the linter checks each file on its own and does not follow includes).', secure: '' },
  { name: 'IncludeOptional', module: 'core', what: 'Like `Include`, without failing when nothing matches (the linter does not follow it).', secure: '' },
  { name: 'VirtualHost', module: 'core', what: 'A virtual host: its directives apply to requests reaching its address and port.', secure: 'A `*:80` vhost that only redirects to HTTPS, and a `*:443` vhost with `SSLEngine On`, HSTS, cookie flags and X-Frame-Options.' },
  { name: 'Directory', module: 'core', what: 'Directives for a folder of the file system and its subfolders.', secure: '`Options -Indexes`, `AllowOverride None`, `Require all granted` only on the product folders.' },
];

const BY_KEY = new Map(DOCS.map((doc) => [doc.name.toLowerCase(), doc]));

/** Markdown for the directive or section name at `offset`, when it is one the linter documents. */
export function describeAt(model: ApacheModel, offset: number): KeyDescription | undefined {
  const node = model.all.find((candidate) => candidate.nameSpan.start <= offset && offset <= candidate.nameSpan.end);
  const doc = node && BY_KEY.get(node.key);
  if (!doc) {
    return undefined;
  }
  const secure = doc.secure ? `\n\n**Hardened:** ${doc.secure}` : '';
  return { markdown: `**${doc.name}** (${doc.module})\n\n${doc.what}${secure}`, span: node.nameSpan };
}
