/** broker/tls-no-ca: TLS with a key and certificate but no CA, so the peer's certificate is never checked. */
import { defineRule } from '../../core/rule';
import { BrokerModel, entryOf } from '../../formats/broker/model';
import { endpointLabel, isBlank, spanOf, tlsEnabledEndpoints } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/tls-no-ca',
  format: 'broker',
  severity: 'warning',
  description: 'TLS has a key and certificate but ca_certificate is empty: the peer is not verified.',
  rationale: 'Broker checks the peer certificate only if `ca_certificate` is set. Without it, any certificate is accepted, so anyone able to intercept the link can present their own and read the BBDO stream. Hardened: `ca_certificate` = the CA that signed the peers\' certificates (the X.509 flow authentication of the hardening guide).',
  messages: {
    noCa: 'This {{endpoint}} has a key and a certificate but no ca_certificate: the peer\'s certificate is not verified, so any peer is accepted.',
  },
  fixable: false,
  check({ model, report }) {
    for (const { endpoint, keys, entry } of tlsEnabledEndpoints(model)) {
      const ca = entryOf(endpoint.object, 'ca_certificate');
      if (isBlank(entryOf(endpoint.object, 'private_key')) || isBlank(entryOf(endpoint.object, keys.certificate)) || !isBlank(ca)) {
        continue;
      }
      report({ messageId: 'noCa', data: { endpoint: endpointLabel(endpoint) }, span: spanOf(ca ?? entry) });
    }
  },
});
