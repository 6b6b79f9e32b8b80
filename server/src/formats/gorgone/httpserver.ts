/** Settings of Gorgone's HTTP listeners (the httpserver module, the proxy's websocket listener) and the edits that turn their protections on. */
import { Edit } from '../../core/types';
import { insertPairs, replaceValue, WritableValue } from '../yaml/edits';
import { asMap, asScalar, asSeq, getPair, YamlMap, YamlPair } from '../yaml/model';

/** The httpserver's bind address when `address` is absent. */
export const DEFAULT_HTTPSERVER_ADDRESS = '0.0.0.0';
/** Where the TLS fix points the daemon; the files must be created (or the paths changed) before a restart. */
export const DEFAULT_SSL_CERT_FILE = '/etc/pki/tls/certs/gorgone.crt';
export const DEFAULT_SSL_KEY_FILE = '/etc/pki/tls/private/gorgone.key';
/** The API user the authentication fix writes: the daemon's own account name, easy to recognise in the web UI's settings. */
export const DEFAULT_API_USER = 'Sipmon-gorgone';
/** The only callers the installer allows. */
export const LOCAL_SUBNET = '127.0.0.1/32';

/**
 * Sets several keys of one map: existing values are replaced in place; missing keys are added together,
 * right after the last key being replaced (so `ssl_cert_file` lands next to `ssl`), or at the end of the map.
 */
export function setPairs(text: string, map: YamlMap, entries: Record<string, WritableValue>): Edit[] {
  const edits: Edit[] = [];
  const missing: Record<string, WritableValue> = {};
  let anchor = -1;
  for (const [key, value] of Object.entries(entries)) {
    const existing = getPair(map, key);
    if (existing) {
      edits.push(replaceValue(existing, value));
      anchor = Math.max(anchor, map.pairs.indexOf(existing));
    } else {
      missing[key] = value;
    }
  }
  if (Object.keys(missing).length > 0) {
    // insertPairs appends after a map's last pair; handing it the map cut after the anchor inserts there instead.
    const upToAnchor = anchor >= 0 ? { ...map, pairs: map.pairs.slice(0, anchor + 1) } : map;
    edits.push(insertPairs(text, upToAnchor, missing));
  }
  return edits;
}

/** Whether a pair is absent or holds nothing but blanks (the daemon treats both as unset). */
function isBlank(pair: YamlPair | undefined): boolean {
  if (pair?.value === undefined) {
    return true;
  }
  const scalar = asScalar(pair.value);
  return scalar !== undefined && scalar.text.trim() === '';
}

/** A key of `owner` that must become a map: added, or replacing a scalar or empty value. */
function replaceOrAdd(text: string, owner: YamlMap, pair: YamlPair | undefined, key: string, value: WritableValue): Edit[] {
  return pair ? [replaceValue(pair, value)] : [insertPairs(text, owner, { [key]: value })];
}

export interface ProtectionEdits {
  edits: Edit[];
  /** The keys the edits add besides the flag itself, for the fix title. */
  added: string[];
}

/** `ssl: true` on a listener's map, plus the certificate and key paths it lacks (without them the listener cannot start). */
export function enableSslEdits(text: string, listener: YamlMap): ProtectionEdits {
  const entries: Record<string, WritableValue> = { ssl: true };
  if (isBlank(getPair(listener, 'ssl_cert_file'))) {
    entries.ssl_cert_file = DEFAULT_SSL_CERT_FILE;
  }
  if (isBlank(getPair(listener, 'ssl_key_file'))) {
    entries.ssl_key_file = DEFAULT_SSL_KEY_FILE;
  }
  return { edits: setPairs(text, listener, entries), added: Object.keys(entries).filter((key) => key !== 'ssl') };
}

/** `auth.enabled: true` with a non-blank user and password (with either blank, the daemon refuses to load the module). */
export function enableAuthEdits(text: string, module: YamlMap, newSecret: () => string): ProtectionEdits {
  const authPair = getPair(module, 'auth');
  const auth = asMap(authPair?.value);
  if (!auth) {
    return { edits: replaceOrAdd(text, module, authPair, 'auth', { enabled: true, user: DEFAULT_API_USER, password: newSecret() }), added: ['user', 'password'] };
  }
  const entries: Record<string, WritableValue> = { enabled: true };
  if (isBlank(getPair(auth, 'user'))) {
    entries.user = DEFAULT_API_USER;
  }
  if (isBlank(getPair(auth, 'password'))) {
    entries.password = newSecret();
  }
  return { edits: setPairs(text, auth, entries), added: Object.keys(entries).filter((key) => key !== 'enabled') };
}

/** Whether `allowed_hosts` lists at least one subnet; enabled with none, it denies every caller. */
function listsSubnets(allowedHosts: YamlMap): boolean {
  const pair = getPair(allowedHosts, 'subnets');
  const seq = asSeq(pair?.value);
  return seq ? seq.items.length > 0 : !isBlank(pair);
}

/** `allowed_hosts.enabled: true`, adding the local subnet when no subnet is listed. */
export function enableAllowedHostsEdits(text: string, module: YamlMap): ProtectionEdits {
  const pair = getPair(module, 'allowed_hosts');
  const allowedHosts = asMap(pair?.value);
  if (!allowedHosts) {
    return { edits: replaceOrAdd(text, module, pair, 'allowed_hosts', { enabled: true, subnets: [LOCAL_SUBNET] }), added: ['subnets'] };
  }
  const entries: Record<string, WritableValue> = { enabled: true };
  if (!listsSubnets(allowedHosts)) {
    entries.subnets = [LOCAL_SUBNET];
  }
  return { edits: setPairs(text, allowedHosts, entries), added: Object.keys(entries).filter((key) => key !== 'enabled') };
}
