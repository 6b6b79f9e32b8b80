/**
 * What the certificate command can guess from files already in the workspace: the `[alt_names]` of an
 * openssl.cnf (the guide's edit) and the ServerName/ServerAlias of an Apache virtual host.
 */
import { canonicalIp, dnsNameProblem, fqdnProblem } from './names';

export interface Prefill {
  fqdn: string | undefined;
  dnsNames: string[];
  ipAddresses: string[];
}

/** The text of a line without its comment: `#` starts one in openssl.cnf (and only at the line's start in Apache). */
function withoutComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trim();
}

/** The sections `subjectAltName = @name` points at, plus `alt_names`, the guide's name. */
function altNameSections(lines: readonly string[]): Set<string> {
  const sections = new Set(['alt_names']);
  for (const line of lines) {
    const match = /^subjectAltName\s*=\s*@\s*(\S+)/i.exec(withoutComment(line));
    if (match) {
      sections.add(match[1].toLowerCase());
    }
  }
  return sections;
}

/**
 * The DNS names and IP addresses of an openssl.cnf's alt-names sections, in the order of their numbers
 * (DNS.1 first). Values that are no name or address, such as the guide's `xxx.xxx.xxx.xxx`, are skipped.
 */
export function altNamesOf(opensslCnf: string): { dnsNames: string[]; ipAddresses: string[] } {
  const lines = opensslCnf.split(/\r?\n/);
  const wanted = altNameSections(lines);
  const entries: { kind: 'dns' | 'ip'; order: number; value: string }[] = [];
  let inside = false;
  for (const line of lines) {
    const text = withoutComment(line);
    const section = /^\[\s*([^\]\s]+)\s*\]$/.exec(text);
    if (section) {
      inside = wanted.has(section[1].toLowerCase());
      continue;
    }
    const entry = /^(DNS|IP)\.(\d+)\s*=\s*(\S+)$/i.exec(text);
    if (inside && entry) {
      entries.push({ kind: entry[1].toLowerCase() === 'dns' ? 'dns' : 'ip', order: Number(entry[2]), value: entry[3] });
    }
  }
  entries.sort((left, right) => left.order - right.order);
  return {
    dnsNames: entries.filter((entry) => entry.kind === 'dns' && dnsNameProblem(entry.value) === undefined).map((entry) => entry.value),
    ipAddresses: entries.filter((entry) => entry.kind === 'ip' && canonicalIp(entry.value) !== undefined).map((entry) => entry.value),
  };
}

/** The host of a ServerName argument, which may carry a scheme and a port (`https://www.example.com:443`). */
function hostOf(argument: string): string {
  return argument.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/:\d+$/, '');
}

/** The ServerName (the first one) and every ServerAlias of an Apache configuration; wildcard aliases are kept. */
export function serverNamesOf(apacheConf: string): { serverName: string | undefined; aliases: string[] } {
  let serverName: string | undefined;
  const aliases: string[] = [];
  for (const line of apacheConf.split(/\r?\n/)) {
    const directive = /^\s*(ServerName|ServerAlias)\s+(.+?)\s*$/i.exec(line);
    if (!directive) {
      continue;
    }
    const values = directive[2].split(/\s+/).map((value) => hostOf(value.replace(/^"(.*)"$/, '$1')));
    if (directive[1].toLowerCase() === 'servername') {
      serverName ??= values[0];
    } else {
      aliases.push(...values.filter((value) => dnsNameProblem(value) === undefined));
    }
  }
  return { serverName: serverName !== undefined && fqdnProblem(serverName) === undefined ? serverName : undefined, aliases };
}

/**
 * Combines what the files say: the FQDN from DNS.1 or the first fully qualified ServerName, the other names as
 * extra DNS names, every IP. Open files come first in `opensslConfs`/`apacheConfs`, so their values win.
 */
export function prefillFrom(opensslConfs: readonly string[], apacheConfs: readonly string[]): Prefill {
  const dnsNames: string[] = [];
  const ipAddresses: string[] = [];
  for (const text of opensslConfs) {
    const found = altNamesOf(text);
    dnsNames.push(...found.dnsNames);
    ipAddresses.push(...found.ipAddresses);
  }
  for (const text of apacheConfs) {
    const found = serverNamesOf(text);
    dnsNames.push(...(found.serverName !== undefined ? [found.serverName] : []), ...found.aliases);
  }
  const unique = (values: string[]): string[] => values.filter((value, index) => values.findIndex((other) => other.toLowerCase() === value.toLowerCase()) === index);
  const names = unique(dnsNames);
  const fqdn = names.find((name) => fqdnProblem(name) === undefined);
  return { fqdn, dnsNames: names.filter((name) => name !== fqdn), ipAddresses: unique(ipAddresses) };
}
