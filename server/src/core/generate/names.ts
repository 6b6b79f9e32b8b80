/** The names a server certificate may carry: host names (RFC 1123), wildcard names and IP addresses, checked and made canonical. */

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const MAX_NAME_LENGTH = 253;

/** Why `name` is not a host name, or undefined when it is one (a single label such as `localhost` is a host name). */
export function hostNameProblem(name: string): string | undefined {
  if (name === '') {
    return 'it is empty';
  }
  if (name.endsWith('.')) {
    return 'write it without the final dot';
  }
  if (name.length > MAX_NAME_LENGTH) {
    return `it is longer than ${MAX_NAME_LENGTH} characters`;
  }
  const labels = name.split('.');
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return bad === ''
      ? 'it has an empty label (two dots in a row, or a leading dot)'
      : `"${bad}" is not a valid label: letters, digits and inner hyphens only, at most 63 characters`;
  }
  // A name made only of digits and dots would be read as an IPv4 address.
  if (/^\d+$/.test(labels[labels.length - 1])) {
    return 'its last label is a number: an IP address goes into the IP addresses';
  }
  return undefined;
}

/** Why `name` is not a fully qualified domain name (a host name with at least two labels), or undefined. */
export function fqdnProblem(name: string): string | undefined {
  const problem = hostNameProblem(name);
  if (problem !== undefined) {
    return problem;
  }
  return name.includes('.') ? undefined : 'it is not fully qualified: give the name with its domain, e.g. sipmon.example.com';
}

/** Why `name` is not a DNS name for subjectAltName (a host name, or `*.` before a name of two labels or more), or undefined. */
export function dnsNameProblem(name: string): string | undefined {
  if (name.startsWith('*.')) {
    const rest = name.slice(2);
    const problem = fqdnProblem(rest);
    return problem === undefined ? undefined : `after "*.": ${problem}`;
  }
  if (name.includes('*')) {
    return 'a wildcard may only be the whole first label ("*.example.com")';
  }
  return hostNameProblem(name);
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

function ipv4Bytes(text: string): number[] | undefined {
  return IPV4.test(text) ? text.split('.').map(Number) : undefined;
}

function hexGroups(part: string): number[] | undefined {
  if (part === '') {
    return [];
  }
  const groups = part.split(':');
  return groups.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group)) ? groups.map((group) => parseInt(group, 16)) : undefined;
}

/** The 16 bytes of an IPv6 address in text form (RFC 4291 section 2.2), or undefined. Zone ids (`%eth0`) are refused. */
function ipv6Bytes(text: string): number[] | undefined {
  let head = text;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const dotted = lastColon >= 0 ? ipv4Bytes(text.slice(lastColon + 1)) : undefined;
  if (dotted) {
    // An embedded IPv4 address counts as the last two groups.
    head = text.slice(0, lastColon + 1);
    head = head.endsWith('::') ? head : head.slice(0, -1);
    tail = [(dotted[0] << 8) | dotted[1], (dotted[2] << 8) | dotted[3]];
  }
  const halves = head.split('::');
  if (halves.length > 2) {
    return undefined;
  }
  const left = hexGroups(halves[0]);
  const right = halves.length === 2 ? hexGroups(halves[1]) : [];
  if (!left || !right) {
    return undefined;
  }
  const known = left.length + right.length + tail.length;
  const groups = halves.length === 2
    ? known <= 7 ? [...left, ...new Array<number>(8 - known).fill(0), ...right, ...tail] : undefined
    : known === 8 ? [...left, ...tail] : undefined;
  return groups?.flatMap((group) => [group >> 8, group & 0xff]);
}

/**
 * The address in the form the X.509 library encodes faithfully (IPv4 dotted, IPv6 as eight full groups),
 * or undefined when `text` is not an IP address. The library's own parser is lenient (it reads "1.2.3.4"
 * inside an IPv6 address as the group 1), so every address is checked and expanded here first.
 */
export function canonicalIp(text: string): string | undefined {
  if (ipv4Bytes(text)) {
    return text;
  }
  const bytes = ipv6Bytes(text);
  if (!bytes) {
    return undefined;
  }
  const groups: string[] = [];
  for (let index = 0; index < 16; index += 2) {
    groups.push(((bytes[index] << 8) | bytes[index + 1]).toString(16).padStart(4, '0'));
  }
  return groups.join(':');
}

/** Why `text` is not an IP address, naming the guide's placeholder when that is what was left. */
export function ipProblem(text: string): string | undefined {
  if (canonicalIp(text) !== undefined) {
    return undefined;
  }
  if (/x{1,3}(\.x{1,3}){3}/i.test(text)) {
    return 'it is the placeholder of the guide: put the server\'s real address';
  }
  return text.includes('%') ? 'an IPv6 zone id (after %) cannot go into a certificate' : 'it is not an IPv4 or IPv6 address';
}
