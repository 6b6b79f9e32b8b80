/**
 * Pointing an Apache virtual host at new certificate files (the certificate command's last step): the edits that
 * set the arguments of SSLCertificateFile and SSLCertificateKeyFile, or add them after SSLEngine, in the right host.
 */
import { lineBreakOf } from '../../core/text';
import { Edit } from '../../core/types';
import { indentAt, replaceArguments } from './edits';
import { ApacheDirective, parseApache } from './model';
import { lastFlag, serverLevel, vhostLevel, virtualHosts } from './query';

export interface VhostTarget {
  certificatePath: string;
  keyPath: string;
  /** The certificate's DNS names: a virtual host whose ServerName or ServerAlias is one of them is the one to edit. */
  names: readonly string[];
}

export type VhostEdits = { ok: true; edits: Edit[] } | { ok: false; problem: string };

/** The main server or a virtual host, by the directives that apply at its level (looking through <IfModule>…). */
type Host = (...keys: string[]) => ApacheDirective[];

const CERTIFICATE = 'sslcertificatefile';
const KEY = 'sslcertificatekeyfile';
const ENGINE = 'sslengine';

function isSslHost(host: Host): boolean {
  return host(CERTIFICATE, KEY).length > 0 || lastFlag(host(ENGINE)) === 'on';
}

function servesOneOf(host: Host, names: readonly string[]): boolean {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return host('servername', 'serveralias')
    .flatMap((directive) => directive.args.map((arg) => arg.value))
    .some((value) => wanted.has(value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/:\d+$/, '').toLowerCase()));
}

/** Whether httpd reads `written` back as the single argument `path`. */
function readsBackAs(written: string, path: string): boolean {
  const [directive] = parseApache(`SSLCertificateFile ${written}`).model.nodes;
  return directive?.args.length === 1 && directive.args[0].value === path;
}

/** A path as one httpd argument: as it is when httpd reads it unchanged, else quoted with `"` and `\` escaped. */
function argument(path: string): string {
  return readsBackAs(path, path) ? path : `"${path.replace(/(["\\])/g, '\\$1')}"`;
}

function hostEdits(text: string, host: Host, target: VhostTarget): Edit[] {
  const edits: Edit[] = [];
  const missing: string[] = [];
  for (const [key, path, written] of [[CERTIFICATE, target.certificatePath, 'SSLCertificateFile'], [KEY, target.keyPath, 'SSLCertificateKeyFile']] as const) {
    const present = host(key);
    edits.push(...present.map((directive) => replaceArguments(directive, argument(path))));
    if (present.length === 0) {
      missing.push(`${written} ${argument(path)}`);
    }
  }
  // After the host's last SSL directive (there is one: SSLEngine on at least, or the other certificate directive).
  const anchor = host(ENGINE, CERTIFICATE, KEY).pop();
  if (missing.length > 0 && anchor) {
    const indent = indentAt(text, anchor.lineSpan.start);
    const eol = lineBreakOf(text);
    edits.push({ span: { start: anchor.lineSpan.end, end: anchor.lineSpan.end }, text: missing.map((line) => `${eol}${indent}${line}`).join('') });
  }
  return edits.sort((left, right) => left.span.start - right.span.start);
}

/**
 * The edits for `apacheConf`. The main server and the virtual hosts with SSL directives are the candidates; those
 * serving one of the certificate's names are chosen, else the only candidate. Several candidates and none named: no guess.
 */
export function vhostCertificateEdits(apacheConf: string, target: VhostTarget): VhostEdits {
  const { model } = parseApache(apacheConf);
  const hosts: Host[] = [(...keys) => serverLevel(model, ...keys), ...virtualHosts(model).map((vhost): Host => (...keys) => vhostLevel(vhost, ...keys))];
  const candidates = hosts.filter(isSslHost);
  if (candidates.length === 0) {
    return { ok: false, problem: 'This file has no SSL virtual host (no SSLEngine on, SSLCertificateFile or SSLCertificateKeyFile).' };
  }
  const named = candidates.filter((host) => servesOneOf(host, target.names));
  const chosen = named.length > 0 ? named : candidates.length === 1 ? candidates : [];
  if (chosen.length === 0) {
    return { ok: false, problem: `This file has several SSL virtual hosts and none serves ${target.names[0] ?? 'the certificate\'s names'}: edit the right one by hand.` };
  }
  return { ok: true, edits: chosen.flatMap((host) => hostEdits(apacheConf, host, target)) };
}
