/** What the security-relevant Gorgone keys do (from the format reference), and which key, in which section, is at an offset. */
import { Span } from '../../core/types';
import { asScalar, get, YamlMap, YamlNode } from '../yaml/model';
import { GorgoneModel } from './model';
import { KeyDescription } from '../../core/format';

export interface KeyDoc {
  /** One or two sentences: what the key does and how the daemon reads it. */
  summary: string;
  /** What the daemon (or the installer) uses when the key is absent. */
  defaultValue?: string;
  /** The hardened value. */
  secureValue?: string;
}

/** Keys by section (`gorgonecore`, `tpapi`, `module:<kind>`, or `module:*` for every module), then by dotted path. */
const KEY_DOCS: Record<string, Record<string, KeyDoc>> = {
  gorgonecore: {
    id: { summary: 'The node id; it must be unique and equal the poller id in Sipmon (the central is 1).' },
    privkey: { summary: 'The node\'s RSA private key, used on ZMQ connections. Generated if both keys are missing; the daemon chmods it 0600.', defaultValue: '/var/lib/Sipmon-gorgone/.keys/rsakey.priv.pem' },
    pubkey: { summary: 'The node\'s RSA public key; its JWK thumbprint is what the other side pins or lists in `authorized_clients`.', defaultValue: '/var/lib/Sipmon-gorgone/.keys/rsakey.pub.pem' },
    external_com_type: { summary: 'The ZMQ listener of pollers and remote servers: `tcp` or `ipc`.', defaultValue: 'unset on the central; documented `tcp`', secureValue: '`tcp` with the central\'s key in `authorized_clients`' },
    external_com_path: { summary: 'Where the ZMQ listener binds, as `"host:port"`; `*` listens on all interfaces, which needs a firewall.', defaultValue: 'documented `*:5555`; Sipmon uses `"*:5556"`', secureValue: 'a specific IP, e.g. `"10.0.0.2:5556"`' },
    external_com_cipher: { summary: 'The cipher of the external ZMQ channel.', defaultValue: '`AES`' },
    external_com_keysize: { summary: 'The AES key size, in bytes, of the external ZMQ channel; below 32 weakens the encryption.', defaultValue: '`32`', secureValue: '`32`' },
    internal_com_keysize: { summary: 'The AES key size, in bytes, of the internal ZMQ bus; below 32 weakens the encryption.', defaultValue: '`32`', secureValue: '`32`' },
    internal_com_crypt: { summary: 'Encrypts the internal ZMQ bus between the daemon\'s processes; only `false` or `0` disables it, leaving the bus in clear.', defaultValue: '`true`', secureValue: '`true` (or remove the key)' },
    authorized_clients: { summary: 'A list of `{key: <JWK thumbprint>}`: the ZMQ server rejects any client whose public-key thumbprint is not listed.', defaultValue: 'none', secureValue: '`- key: <the central\'s thumbprint>`' },
    fingerprint_mode: { summary: 'How a client checks the server\'s key: `always` accepts any key (no pinning, man-in-the-middle possible), `first` trusts on first use and refuses later changes, `strict` requires a pre-registered key.', defaultValue: '`first`', secureValue: '`first` or `strict`' },
    gorgone_db_password: { summary: 'The password of the history database when MySQL is used, stored in plaintext.', secureValue: 'a Vault reference `secret::hashicorp_vault::<path>::<key>`' },
    vector: { summary: 'A legacy key from an old documented example: a static IV, obsolete.', secureValue: 'remove it' },
  },
  'module:httpserver': {
    address: { summary: 'The bind address of the HTTP API, which exposes `/api/core/action/command`.', defaultValue: '`0.0.0.0`', secureValue: '`"127.0.0.1"`' },
    port: { summary: 'The port of the HTTP API.', defaultValue: '`8080` (installer: `"8085"`)' },
    ssl: { summary: 'Serves the API over HTTPS. It must be exactly `true` or `false`: any other value stops the daemon ("can\'t construct socket").', defaultValue: '`false` (installer)', secureValue: '`true`, with `ssl_cert_file` and `ssl_key_file`' },
    ssl_cert_file: { summary: 'The certificate of the HTTPS API; used only when `ssl: true`.' },
    ssl_key_file: { summary: 'The private key of the HTTPS API; used only when `ssl: true`.' },
    auth: { summary: 'HTTP Basic authentication of the API: `enabled`, `user`, `password`.', defaultValue: '`{ enabled: false }` (installer)', secureValue: '`{ enabled: true, user: …, password: … }`' },
    'auth.enabled': { summary: 'HTTP Basic authentication; on only if the value is `true` (`yes`, `on` or `1` leave it off). Without it, anyone the network lets through can run commands.', defaultValue: 'off (installer: `false`)', secureValue: '`true`' },
    'auth.user': { summary: 'The Basic user; it must not be blank when authentication is on, or the module is not loaded.' },
    'auth.password': { summary: 'The Basic password, compared in plaintext; it must not be blank when authentication is on, or the module is not loaded.', secureValue: 'a generated password or a Vault reference' },
    allowed_hosts: { summary: 'Source-IP filtering of the API: `enabled` and `subnets`.', defaultValue: '`{ enabled: true, subnets: [127.0.0.1/32] }` (installer)', secureValue: 'enabled with `127.0.0.1/32`' },
    'allowed_hosts.enabled': { summary: 'Source-IP filtering; on only if `true`, and silently off when the Perl module NetAddr::IP is missing.', defaultValue: 'off (installer: `true`)', secureValue: '`true`' },
    'allowed_hosts.subnets': { summary: 'CIDR subnets the peer must be inside; enabled with an empty list, everyone is denied.', defaultValue: '`[127.0.0.1/32]` (installer)', secureValue: '`[127.0.0.1/32]`' },
  },
  'module:action': {
    whitelist_cmds: { summary: 'On when the value matches `/true|1/i`: only commands matching `allowed_cmds` run. Off, every command received is executed.', defaultValue: '`false`', secureValue: '`true`' },
    allowed_cmds: { summary: 'Perl regexes: a command runs if it matches any entry, and matching is unanchored unless the regex has `^…$`.', defaultValue: '`[]`', secureValue: '`!include /etc/Sipmon-gorgone/config.d/whitelist.conf.d/*.yaml`, entries anchored with `^` and `\\s*$`' },
    tar_insecure_extra_mode: { summary: '`1` or `true` honours `..` and absolute paths when extracting received archives (path traversal).', defaultValue: 'off', secureValue: 'remove it' },
  },
  'module:autodiscovery': {
    no_shell_interpretation: { summary: 'While off, discovery commands go through a shell that interprets metacharacters; only `0` or `false` turns it off.', defaultValue: 'off on 23.10–24.10, `true` from 25.10', secureValue: '`true`' },
  },
  'module:proxy': {
    httpserver: { summary: 'The websocket server pullwss pollers connect to: `enable`, `ssl`, `token`, `address`, `port`.', defaultValue: '`enable: false`' },
    'httpserver.ssl': { summary: 'TLS of the websocket server; without it the bearer token and the configuration travel in clear.', defaultValue: '`false`', secureValue: '`true`, or TLS terminated in Apache with `address: "localhost"`' },
    'httpserver.token': { summary: 'The bearer token pollers must send. It is put into a regex unescaped, so metacharacters let other values match (`.*` accepts anything).', secureValue: 'a generated `[A-Za-z0-9]{32}` token' },
    'httpserver.address': { summary: 'The bind address of the websocket server.', secureValue: '`"localhost"` behind an Apache TLS vhost' },
  },
  'module:pullwss': {
    ssl: { summary: 'Connects to the central over TLS; even then the client never verifies the server certificate.', defaultValue: '`false`', secureValue: '`true`, or TLS terminated in Apache' },
    token: { summary: 'The bearer token sent to the central. It is put into a regex unescaped on the other side, so metacharacters let other values match.', secureValue: 'a generated `[A-Za-z0-9]{32}` token' },
    address: { summary: 'The central\'s address; with `ssl: false` and a non-loopback address the token travels in clear.' },
  },
  tpapi: {
    base_url: { summary: 'The Sipmon web API URL. `http://` to a non-loopback host sends the credentials in clear; `https://` is not certificate-checked unless `curlopts` says so.', defaultValue: '`"http://127.0.0.1/Sipmon/api/latest/"`', secureValue: 'an `https://` URL with `curlopts`' },
    curlopts: { summary: 'Replaces the whole default curl option list (`CURLOPT_SSL_VERIFYPEER => 0`, `CURLOPT_POSTREDIR => CURL_REDIR_POST_ALL`).', defaultValue: 'peer verification off', secureValue: '`{ CURLOPT_SSL_VERIFYPEER: 1, CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL }`' },
    username: { summary: 'The API user (the installer writes `Sipmon-gorgone`); for `clapi` it is put on a command line.' },
    password: { summary: 'The API password (generated by the installer); for `clapi` it is passed as a command-line argument.', secureValue: 'a generated password or a Vault reference' },
  },
  'module:*': {
    name: { summary: 'The module\'s name, for people; the `package` decides what the module is.' },
    package: { summary: 'The Perl package that decides what the module is. A second module with the same package is rejected: the first definition (in the first `config.d` file) wins.' },
    enable: { summary: 'A module is loaded only if `enable` is present and not `false`; a module without it is never loaded.', secureValue: '`true` for the modules in use' },
  },
};

export interface GorgoneKeyHit {
  /** The key path within its section, e.g. `auth.enabled`. */
  path: string;
  /** For people: `gorgonecore`, `httpserver module`, `tpapi entry "Sipmonv2"`. */
  section: string;
  keySpan: Span;
  doc: KeyDoc;
}

interface Step {
  map: YamlMap;
  key: string;
}

/** The maps from the root down to the key whose name holds `offset`, or undefined when the offset is on no key. */
function stepsTo(node: YamlNode | undefined, offset: number, steps: Step[] = []): { steps: Step[]; keySpan: Span } | undefined {
  if (node?.kind === 'seq') {
    const item = node.items.find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
    return stepsTo(item, offset, steps);
  }
  if (node?.kind !== 'map') {
    return undefined;
  }
  for (const pair of node.pairs) {
    const path = [...steps, { map: node, key: pair.key }];
    if (pair.keySpan.start <= offset && offset <= pair.keySpan.end) {
      return { steps: path, keySpan: pair.keySpan };
    }
    if (pair.value && pair.value.span.start <= offset && offset <= pair.value.span.end) {
      return stepsTo(pair.value, offset, path);
    }
  }
  return undefined;
}

function moduleKind(map: YamlMap): string | undefined {
  const packageName = asScalar(get(map, 'package'))?.text;
  return (packageName && /::(\w+)::hooks$/.exec(packageName)?.[1]) ?? asScalar(get(map, 'name'))?.text;
}

/** The documented Gorgone key at `offset`, with the section it belongs to. */
export function gorgoneKeyAt(model: GorgoneModel, offset: number): GorgoneKeyHit | undefined {
  const found = stepsTo(model.root, offset);
  if (!found) {
    return undefined;
  }
  const { steps, keySpan } = found;
  for (let depth = steps.length - 1; depth >= 0; depth--) {
    const map = steps[depth].map;
    const path = steps.slice(depth).map((step) => step.key).join('.');
    const hit = (table: string, section: string): GorgoneKeyHit | undefined => {
      const doc = KEY_DOCS[table]?.[path];
      return doc && { path, section, keySpan, doc };
    };
    if (map === model.core) {
      return hit('gorgonecore', 'gorgonecore');
    }
    if (model.tpapi.includes(map)) {
      const name = asScalar(get(map, 'name'))?.text;
      return hit('tpapi', name ? `tpapi entry "${name}"` : 'tpapi entry');
    }
    if (model.modules.some((module) => module.map === map)) {
      const kind = moduleKind(map);
      const section = kind ? `${kind} module` : 'module';
      return (kind ? hit(`module:${kind}`, section) : undefined) ?? hit('module:*', section);
    }
  }
  return undefined;
}

/** Hover text for the documented key at `offset`: what it does, its default and its secure value. */
export function describeGorgoneKey(model: GorgoneModel, offset: number): KeyDescription | undefined {
  const hit = gorgoneKeyAt(model, offset);
  if (!hit) {
    return undefined;
  }
  const lines = [`**\`${hit.path}\`** (${hit.section})`, '', hit.doc.summary];
  if (hit.doc.defaultValue) {
    lines.push('', `Default: ${hit.doc.defaultValue}`);
  }
  if (hit.doc.secureValue) {
    lines.push('', `Secure: ${hit.doc.secureValue}`);
  }
  return { markdown: lines.join('\n'), span: hit.keySpan };
}
