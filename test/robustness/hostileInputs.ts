/** Hostile inputs: deep nesting, 1 MB lines, alias and entity bombs, external entities, duplicate keys, enormous numbers. */

export interface HostileInput {
  name: string;
  /** The path it is linted at (which decides the format). */
  path: string;
  text(): string;
  /** The finding that must say what is wrong; undefined when being read within bounds is all that is asked. */
  expect?: { ruleId: string; message: RegExp };
}

const DEPTH = 10_000;
const MEGABYTE = 1 << 20;

const GORGONE = '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';
const BROKER_XML = '/etc/Sipmon-broker/central-broker.xml';
const BROKER_JSON = '/etc/Sipmon-broker/central-broker.json';
const JAIL = '/etc/fail2ban/jail.local';
const OPENSSL = '/etc/ssl/openssl.cnf';
const APACHE = '/etc/apache2/sites-available/Sipmon.conf';

/** An entity whose expansion doubles ten times over, nine levels deep ("billion laughs"). */
function entityBomb(): string {
  const levels = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE SipmonBroker [\n<!ENTITY lol "lol">\n${levels.join('\n')}\n]>\n<SipmonBroker><broker_name>&lol9;</broker_name></SipmonBroker>\n`;
}

/** Nine anchors, each a list of nine aliases of the one before: 9^9 nodes once expanded. */
function aliasBomb(): string {
  const lines = ['  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `gorgone:\n${lines.join('\n')}\n`;
}

/** A Broker XML file whose DOCTYPE declares an external entity at `systemId`, used in a value. */
export function externalEntity(systemId: string, parameter = false): string {
  const declaration = parameter ? `<!ENTITY % remote SYSTEM "${systemId}"> %remote;` : `<!ENTITY remote SYSTEM "${systemId}">`;
  return `<?xml version="1.0"?>\n<!DOCTYPE SipmonBroker [${declaration}]>\n<SipmonBroker><broker_name>${parameter ? 'central' : '&remote;'}</broker_name></SipmonBroker>\n`;
}

const DIGITS = `1${'0'.repeat(400)}`;

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'YAML flow sequences 10,000 deep', path: GORGONE, text: () => `gorgone:\n  modules: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`, expect: { ruleId: 'gorgone/syntax', message: /nests more than 256 levels/ } },
  { name: 'YAML flow maps 10,000 deep', path: GORGONE, text: () => `gorgone: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`, expect: { ruleId: 'gorgone/syntax', message: /nests more than 256 levels/ } },
  // Block maps 10,000 deep would take 100 MB of indentation; compact sequences nest as deep on one line.
  { name: 'YAML block sequences 10,000 deep', path: GORGONE, text: () => `gorgone:\n  modules:\n    ${'- '.repeat(DEPTH)}x\n`, expect: { ruleId: 'gorgone/syntax', message: /nests more than 256 levels/ } },
  { name: 'XML elements 10,000 deep', path: BROKER_XML, text: () => `<SipmonBroker>${'<a>'.repeat(DEPTH)}${'</a>'.repeat(DEPTH)}</SipmonBroker>\n`, expect: { ruleId: 'broker/syntax', message: /nest more than 256 levels/ } },
  { name: 'JSON arrays 10,000 deep', path: BROKER_JSON, text: () => `{"SipmonBroker": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}\n`, expect: { ruleId: 'broker/syntax', message: /nested more than 256 levels/ } },
  { name: 'Apache sections 10,000 deep', path: APACHE, text: () => `${'<IfModule ssl_module>\n'.repeat(DEPTH)}${'</IfModule>\n'.repeat(DEPTH)}`, expect: { ruleId: 'apache/syntax', message: /nest more than 100 levels/ } },

  { name: 'YAML 1 MB value', path: GORGONE, text: () => `gorgone:\n  gorgonecore:\n    id: ${'x'.repeat(MEGABYTE)}\n` },
  { name: 'YAML 1 MB of brackets', path: GORGONE, text: () => '['.repeat(MEGABYTE) },
  { name: 'XML 1 MB value', path: BROKER_XML, text: () => `<SipmonBroker><broker_name>${'x'.repeat(MEGABYTE)}</broker_name></SipmonBroker>` },
  { name: 'XML 1 MB of angle brackets', path: BROKER_XML, text: () => '<'.repeat(MEGABYTE) },
  { name: 'JSON 1 MB string', path: BROKER_JSON, text: () => `{"SipmonBroker": {"broker_name": "${'x'.repeat(MEGABYTE)}"}}` },
  { name: 'JSON 1 MB of braces', path: BROKER_JSON, text: () => '{'.repeat(MEGABYTE) },
  { name: 'fail2ban 1 MB ignoreip', path: JAIL, text: () => `[Sipmon]\nenabled = true\nignoreip = ${'10.0.0.1 '.repeat(MEGABYTE / 9)}\n` },
  { name: 'fail2ban 1 MB of brackets', path: JAIL, text: () => '['.repeat(MEGABYTE) },
  { name: 'openssl.cnf 1 MB value', path: OPENSSL, text: () => `[ req ]\ndefault_bits = ${'9'.repeat(MEGABYTE)}\n` },
  { name: 'openssl.cnf 1 MB of references', path: OPENSSL, text: () => `a = ${'$a'.repeat(MEGABYTE / 2)}\n` },
  { name: 'Apache 1 MB arguments', path: APACHE, text: () => `ServerName ${'x'.repeat(MEGABYTE)}\n` },
  { name: 'Apache 1 MB of angle brackets', path: APACHE, text: () => '<'.repeat(MEGABYTE) },
  // Not YAML: the `yaml` package needs seconds and over 250 MB for a megabyte of broken lines (a parse error object each).
  { name: 'XML 1 MB of broken lines', path: BROKER_XML, text: () => '<a>&\n'.repeat(MEGABYTE / 5) },
  { name: 'JSON 1 MB of broken lines', path: BROKER_JSON, text: () => '{"a" 1,\n'.repeat(MEGABYTE / 9) },
  { name: 'fail2ban 1 MB of broken lines', path: JAIL, text: () => 'x\n'.repeat(MEGABYTE / 2) },
  { name: 'openssl.cnf 1 MB of broken lines', path: OPENSSL, text: () => 'x\n'.repeat(MEGABYTE / 2) },
  { name: 'Apache 1 MB of broken lines', path: APACHE, text: () => '</x>\n'.repeat(MEGABYTE / 5) },
  { name: 'Apache 1 MB of continuations', path: APACHE, text: () => `ServerAlias${' a\\\n'.repeat(MEGABYTE / 4)}\n` },

  { name: 'YAML alias bomb', path: GORGONE, text: aliasBomb, expect: { ruleId: 'gorgone/syntax', message: /alias bomb/ } },
  { name: 'XML entity-expansion bomb', path: BROKER_XML, text: entityBomb, expect: { ruleId: 'broker/xml-entity-declaration', message: /declares 10 entities/ } },

  { name: 'YAML duplicate key', path: GORGONE, text: () => 'gorgone:\n  gorgonecore:\n    id: 1\n    id: 2\n', expect: { ruleId: 'gorgone/syntax', message: /unique/ } },
  { name: 'JSON duplicate key', path: BROKER_JSON, text: () => '{"SipmonBroker": {"broker_name": "a", "broker_name": "b"}}\n', expect: { ruleId: 'broker/syntax', message: /"broker_name" is set again/ } },
  { name: 'fail2ban duplicate option', path: JAIL, text: () => '[Sipmon]\nenabled = true\nmaxretry = 3\nmaxretry = 3\n', expect: { ruleId: 'fail2ban/syntax', message: /DuplicateOptionError/ } },

  { name: 'fail2ban enormous bantime', path: JAIL, text: () => `[Sipmon]\nenabled = true\nport = http,https\nlogpath = /var/log/Sipmon/login.log\nbantime = ${DIGITS}\n`, expect: { ruleId: 'fail2ban/invalid-time', message: /bantime = 10{50}/ } },
  { name: 'fail2ban enormous maxretry', path: JAIL, text: () => `[Sipmon]\nenabled = true\nport = http,https\nlogpath = /var/log/Sipmon/login.log\nmaxretry = ${DIGITS}\n`, expect: { ruleId: 'fail2ban/maxretry-high', message: /maxretry = 10{50}/ } },
  { name: 'openssl.cnf enormous default_days', path: OPENSSL, text: () => `[ req ]\ndefault_days = ${DIGITS}\n`, expect: { ruleId: 'openssl/long-validity', message: /default_days = 10{50}/ } },
  {
    name: 'JSON enormous port number',
    path: BROKER_JSON,
    text: () => `{"SipmonBroker": {"output": [{"name": "central-broker-master-output", "type": "ipv4", "port": 1e999, "protocol": "bbdo", "tls": "yes", "ca_certificate": "/etc/ca.pem"}]}}\n`,
    expect: { ruleId: 'broker/non-string-value', message: /"port" is the JSON number 1e999/ },
  },
];
