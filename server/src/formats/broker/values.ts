/** How Broker reads endpoint settings: boolean spellings, TLS and compression modes, which endpoints carry BBDO over TCP. */
import { isLoopback } from '../gorgone/model';
import { isPlaceholder } from '../gorgone/values';
import { asScalar, BrokerEntry, BrokerModel, BrokerSyntax, Endpoint, entryOf, textOf } from './model';

export { isLoopback, isPlaceholder };

/** [daemon] Boolean strings, in any case. */
const TRUE_SPELLINGS = ['yes', 'true', '1', 'y', 't'];
const FALSE_SPELLINGS = ['no', 'false', '0', 'n', 'f'];
/** [daemon] XML-era Broker also read `enable` and `enabled` as true. */
const XML_TRUE_SPELLINGS = ['enable', 'enabled'];

/** The spellings the daemon accepts for a boolean, for messages. */
export function acceptedSpellings(syntax: BrokerSyntax, allowsAuto: boolean): string {
  return [...TRUE_SPELLINGS, ...FALSE_SPELLINGS, ...(syntax === 'xml' ? XML_TRUE_SPELLINGS : []), ...(allowsAuto ? ['auto'] : [])].join('/');
}

/** What a boolean string means to the daemon; undefined when it is not one of the accepted spellings. */
export function booleanOf(text: string, syntax: BrokerSyntax): boolean | undefined {
  const lower = text.toLowerCase();
  if (TRUE_SPELLINGS.includes(lower) || (syntax === 'xml' && XML_TRUE_SPELLINGS.includes(lower))) {
    return true;
  }
  return FALSE_SPELLINGS.includes(lower) ? false : undefined;
}

/** An extension (TLS, compression): `yes` mandatory, `auto` optional (offered during negotiation), `no` off. */
export type Mode = 'yes' | 'auto' | 'no';

/**
 * How the daemon reads an extension setting. Missing, a non-string JSON value (dropped) or a string it
 * does not accept (an error is logged) all mean `no`. Undefined when the value is unknown here: a template
 * placeholder, or XML text with an unexpanded entity.
 */
export function modeOf(entry: BrokerEntry | undefined, syntax: BrokerSyntax, allowsAuto = true): Mode | undefined {
  const scalar = asScalar(entry?.value);
  if (!entry || !scalar || scalar.type !== 'string') {
    return 'no';
  }
  if (scalar.text === undefined || isPlaceholder(scalar.text)) {
    return undefined;
  }
  if (allowsAuto && scalar.text.toLowerCase() === 'auto') {
    return 'auto';
  }
  return booleanOf(scalar.text, syntax) ? 'yes' : 'no';
}

/** [daemon] Negotiation is on unless the value is exactly `no`; undefined when unknown. */
export function negotiationOn(endpoint: Endpoint): boolean | undefined {
  const scalar = asScalar(entryOf(endpoint.object, 'negotiation')?.value);
  if (!scalar || scalar.type !== 'string') {
    return true;
  }
  if (scalar.text === undefined || isPlaceholder(scalar.text)) {
    return undefined;
  }
  return scalar.text !== 'no';
}

/** The keys that hold an endpoint's TLS settings, which differ between the legacy TCP types and bbdo_server/bbdo_client. */
export interface TlsKeys {
  /** `tls`, or `encryption` for bbdo_server/bbdo_client. */
  enable: string;
  /** `public_cert`, or `certificate` for bbdo_server/bbdo_client. */
  certificate: string;
  /** Whether `auto` is accepted (legacy types only). */
  allowsAuto: boolean;
}

const LEGACY_TCP_TYPES = ['ipv4', 'ipv6', 'tcp'];

export function typeOf(endpoint: Endpoint): string | undefined {
  return textOf(endpoint.object, 'type')?.trim().toLowerCase();
}

/** Models are never changed once parsed: what most rules ask of every endpoint is worked out once per endpoint. */
const bbdoTcp = new WeakMap<Endpoint, boolean>();

/** A BBDO endpoint of the legacy TCP types (ipv4/ipv6/tcp), the ones `tls`, `negotiation` and `compression` apply to. */
export function isBbdoTcp(endpoint: Endpoint): boolean {
  let known = bbdoTcp.get(endpoint);
  if (known === undefined) {
    const protocol = textOf(endpoint.object, 'protocol')?.trim().toLowerCase();
    known = LEGACY_TCP_TYPES.includes(typeOf(endpoint) ?? '') && (protocol === undefined || protocol === 'bbdo');
    bbdoTcp.set(endpoint, known);
  }
  return known;
}

/** Where an endpoint's TLS settings live; undefined for endpoints that do not speak TLS. */
export function tlsKeysOf(endpoint: Endpoint): TlsKeys | undefined {
  if (isBbdoTcp(endpoint)) {
    return { enable: 'tls', certificate: 'public_cert', allowsAuto: true };
  }
  const type = typeOf(endpoint);
  return type === 'bbdo_server' || type === 'bbdo_client' ? { enable: 'encryption', certificate: 'certificate', allowsAuto: false } : undefined;
}

export interface TlsEnabledEndpoint {
  endpoint: Endpoint;
  keys: TlsKeys;
  /** The entry that switches TLS on. */
  entry: BrokerEntry;
  mode: 'yes' | 'auto';
}

/** Three rules walk the TLS-enabled endpoints: they are found once per model. */
const tlsEnabled = new WeakMap<BrokerModel, readonly TlsEnabledEndpoint[]>();

/** The endpoints whose TLS is on (`yes`, or `auto` where allowed): the ones whose keys and CA matter. */
export function tlsEnabledEndpoints(model: BrokerModel): readonly TlsEnabledEndpoint[] {
  let found = tlsEnabled.get(model);
  if (found === undefined) {
    found = model.endpoints.flatMap((endpoint) => {
      const keys = tlsKeysOf(endpoint);
      const entry = keys && entryOf(endpoint.object, keys.enable);
      const mode = keys && modeOf(entry, model.syntax, keys.allowsAuto);
      return keys && entry && (mode === 'yes' || mode === 'auto') ? [{ endpoint, keys, entry, mode }] : [];
    });
    tlsEnabled.set(model, found);
  }
  return found;
}

/** The peer an endpoint connects to; empty when it listens ([daemon] no host means an acceptor on 0.0.0.0). */
export function hostOf(endpoint: Endpoint): string {
  return textOf(endpoint.object, 'host')?.trim() ?? '';
}

/** Traffic that never leaves the machine: a connector to a loopback host. */
export function staysOnHost(endpoint: Endpoint): boolean {
  const host = hostOf(endpoint);
  return host !== '' && isLoopback(host);
}

/** Whether a path-like setting is missing or empty (a placeholder counts as set: the installer fills it). */
export function isBlank(entry: BrokerEntry | undefined): boolean {
  const scalar = asScalar(entry?.value);
  return !scalar || scalar.type !== 'string' || (scalar.text !== undefined && scalar.text.trim() === '');
}

/** The span a finding about an entry points at: its value, or its key when the value is empty. */
export function spanOf(entry: BrokerEntry): { start: number; end: number } {
  const span = entry.value.span;
  return span.end > span.start ? span : entry.keySpan;
}

/** Where a finding about a whole endpoint points: its `type` value (what makes the rule apply), or its label. */
export function endpointAnchor(endpoint: Endpoint): { start: number; end: number } {
  const type = entryOf(endpoint.object, 'type');
  return type ? spanOf(type) : endpoint.labelSpan;
}

/** How messages name an endpoint: `input "central-broker-master-input"`. */
export function endpointLabel(endpoint: Endpoint): string {
  const name = textOf(endpoint.object, 'name');
  return name === undefined || name.trim() === '' ? endpoint.direction : `${endpoint.direction} "${name}"`;
}
