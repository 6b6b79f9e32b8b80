/** The hardened lines the fixes write, from the product's hardening guide and Mozilla's TLS guideline 6.0. */
import { TlsProfile } from '../../core/config';
import { TLS_PROFILE_VALUES } from './tls';

/** The guide's HTTP → HTTPS redirect, with the permanent status it omits (without flags mod_rewrite answers 302). */
export const HTTPS_REDIRECT: readonly string[] = ['RewriteEngine On', 'RewriteCond %{HTTPS} off', 'RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]'];

/** The guide's cookie flags: the arguments of its `Header` line, and the whole line. */
export const COOKIE_FLAGS_ARGS = 'always edit Set-Cookie ^(.*)$ $1;HttpOnly;Secure;SameSite=Strict';
export const COOKIE_FLAGS = `Header ${COOKIE_FLAGS_ARGS}`;

export const FRAME_OPTIONS = 'Header always set X-Frame-Options "SAMEORIGIN"';

/** HTTP/2 over TLS, HTTP/1.1 as fallback: the arguments of `Protocols`, and the whole line. */
export const HTTP2_PROTOCOLS_ARGS = 'h2 http/1.1';
export const HTTP2_PROTOCOLS = `Protocols ${HTTP2_PROTOCOLS_ARGS}`;

/** HSTS for a profile: Mozilla's `hsts_min_age` (two years). */
export function hstsHeader(profile: TlsProfile): string {
  return `Header always set Strict-Transport-Security "max-age=${TLS_PROFILE_VALUES[profile].hstsMaxAge}"`;
}
