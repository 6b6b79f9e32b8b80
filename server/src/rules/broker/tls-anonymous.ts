/** broker/tls-anonymous: TLS switched on without a private key or certificate, which means anonymous Diffie-Hellman. */
import { defineRule } from '../../core/rule';
import { asScalar, BrokerModel, entryOf } from '../../formats/broker/model';
import { endpointLabel, isBlank, spanOf, tlsEnabledEndpoints } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/tls-anonymous',
  format: 'broker',
  severity: 'warning',
  description: 'TLS is enabled (yes or auto) but private_key or public_cert is empty: anonymous TLS, no authentication.',
  rationale: 'When `private_key` or `public_cert` (`certificate` for bbdo_server/bbdo_client) is empty, Broker uses GnuTLS anonymous Diffie-Hellman: the link is encrypted but neither side proves who it is, so an active man in the middle can read and alter it. This is the shipped state of the central input (`tls: auto`, empty key and certificate). Hardened: key and certificate paths on both ends, plus `ca_certificate` (the X.509 flow authentication of the hardening guide).',
  messages: {
    anonymous: '{{key}} is "{{value}}" but {{missing}} {{verb}} empty on this {{endpoint}}: TLS is anonymous (no authentication), open to a man in the middle.',
  },
  fixable: false,
  check({ model, report }) {
    for (const { endpoint, keys, entry, mode } of tlsEnabledEndpoints(model)) {
      const missing = ['private_key', keys.certificate].filter((key) => isBlank(entryOf(endpoint.object, key)));
      if (missing.length === 0) {
        continue;
      }
      report({
        messageId: 'anonymous',
        data: { key: keys.enable, value: asScalar(entry.value)?.text ?? mode, missing: missing.join(' and '), verb: missing.length > 1 ? 'are' : 'is', endpoint: endpointLabel(endpoint) },
        span: spanOf(entry),
      });
    }
  },
});
