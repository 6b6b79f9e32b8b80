/** Hover text for the security-relevant keys of a Broker file (facts from formats.md, section 2). */
import { KeyDescription } from '../../core/format';
import { Span } from '../../core/types';
import { asObject, BrokerModel, BrokerObject, BrokerValue, entryOf } from './model';

const ENDPOINT_KEYS: Record<string, string> = {
  type: 'Endpoint type. `ipv4`, `ipv6` and `tcp` carry BBDO over TCP and use `tls`; `bbdo_server`/`bbdo_client` use `encryption` instead; `sql`, `unified_sql`, `storage`, `rrd`… write to databases or files.',
  host: 'The peer to connect to. **Absent or empty: the endpoint listens on `0.0.0.0:<port>`** (all IPv4 interfaces); present: it connects.',
  port: 'TCP port, as a string (`"5669"` for poller → central BBDO). Mandatory for TCP endpoints.',
  protocol: '`bbdo`, the Broker protocol.',
  tls: 'TLS for ipv4/ipv6/tcp endpoints: `yes` (mandatory), `auto` (offered; applied only if both peers announce it, which needs `negotiation`), `no`. Accepted spellings: yes/no/true/false/1/0/y/n/t/f, any case; any other string logs an error and leaves TLS **off**. In JSON it must be a string: `"tls": true` is silently dropped.',
  encryption: 'TLS for `bbdo_server`/`bbdo_client` endpoints (replaces `tls`): a boolean string.',
  negotiation: 'Whether the peers announce their extensions (TLS, compression). On by default; **only the exact value `no` turns it off**, and then `auto` extensions never activate.',
  negociation: 'Misspelling of `negotiation` written by the old web UI: **the daemon ignores this key**, so negotiation stays on.',
  compression: 'zlib compression: `yes`, `auto` or `no`, with the same negotiation logic as `tls`. The hardening guide recommends `auto`.',
  private_key: 'Private key file for TLS. **If it or the certificate is empty, TLS is anonymous** (Diffie-Hellman without authentication): encrypted, but open to an active man in the middle.',
  public_cert: 'Certificate file for TLS (`certificate` for bbdo_server/bbdo_client). Empty: anonymous TLS.',
  certificate: 'Certificate file for TLS on bbdo_server/bbdo_client endpoints. Empty: anonymous TLS.',
  ca_certificate: 'CA certificate that verifies the peer. **The peer certificate is checked only if this is set.**',
  tls_hostname: 'The name expected in the peer certificate. Without it only the chain is checked, not who the peer is.',
  one_peer_retention_mode: 'Reversed connection: the output becomes the acceptor (the central connects to the poller). Both ends must agree.',
  db_password: 'Database password, stored in plaintext in this file. Sample values (`Sipmon`, `password`) and short ones are weak.',
  db_user: 'Database account. `root` gives the broker every privilege on the server.',
};

const GLOBAL_KEYS: Record<string, string> = {
  grpc: 'The gRPC admin API of this broker. It has **no authentication**: keep `listen_address` on `localhost` (the default; port `51000 + broker_id`).',
  input: 'Endpoints that receive events (a TCP input without `host` listens on all interfaces).',
  output: 'Endpoints that send events (to a peer broker, a database, RRD files…).',
  endpoint: 'Old alias of `output`.',
};

const GRPC_KEYS: Record<string, string> = {
  listen_address: 'Address of the unauthenticated gRPC admin API. Default `localhost`; anything else exposes it.',
  rpc_port: 'Port of the gRPC admin API (default `51000 + broker_id`).',
};

/** The innermost key whose name is at `offset`, with the object holding it. */
function keyAt(value: BrokerValue | undefined, offset: number, parent: BrokerObject | undefined): { key: string; span: Span; parent: BrokerObject | undefined } | undefined {
  if (!value || offset < value.span.start || offset > value.span.end) {
    return undefined;
  }
  if (value.kind === 'list') {
    for (const item of value.items) {
      const found = keyAt(item, offset, parent);
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  if (value.kind === 'object') {
    for (const entry of value.entries) {
      const onKey = [entry.keySpan, entry.endKeySpan].find((span) => span !== undefined && offset >= span.start && offset <= span.end);
      if (onKey) {
        return { key: entry.key, span: onKey, parent: value };
      }
      const found = keyAt(entry.value, offset, value);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

export function describeBrokerKey(model: BrokerModel, offset: number): KeyDescription | undefined {
  const found = keyAt(model.root, offset, undefined);
  if (!found) {
    return undefined;
  }
  const inEndpoint = model.endpoints.some((endpoint) => endpoint.object === found.parent);
  const grpc = asObject(entryOf(model.root, 'grpc')?.value);
  const table = inEndpoint ? ENDPOINT_KEYS : found.parent === model.root ? GLOBAL_KEYS : found.parent === grpc ? GRPC_KEYS : {};
  const text = Object.prototype.hasOwnProperty.call(table, found.key) ? table[found.key] : undefined;
  return text === undefined ? undefined : { markdown: `**${found.key}** (Broker)\n\n${text}`, span: found.span };
}
