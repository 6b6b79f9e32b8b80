/** broker/compression-off: compression switched off on a BBDO TCP link, where the hardening guide asks for "auto". */
import { defineRule } from '../../core/rule';
import { setValue } from '../../formats/broker/edits';
import { asScalar, BrokerModel, entryOf } from '../../formats/broker/model';
import { booleanOf, endpointLabel, isBbdoTcp, staysOnHost } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/compression-off',
  format: 'broker',
  severity: 'info',
  description: 'compression is off on a BBDO TCP endpoint that leaves the machine; the hardening guide recommends "auto".',
  rationale: 'The hardening guide ("Compress and encrypt the Broker communication") enables, on IPv4 inputs and outputs, TLS `auto`, negotiation `yes` and compression (zlib) `auto`. `auto` is applied only when the peer offers it too, so it never breaks a link. Connections to a loopback host are not reported: compressing them only costs CPU.',
  messages: {
    off: 'compression is "{{value}}" on this {{endpoint}}; the hardening guide recommends "auto".',
  },
  fixable: true,
  check({ model, report }) {
    for (const endpoint of model.endpoints) {
      const entry = entryOf(endpoint.object, 'compression');
      const scalar = asScalar(entry?.value);
      // The value first: it rules out most endpoints more cheaply than their type and host do.
      if (!entry || scalar?.type !== 'string' || scalar.text === undefined || booleanOf(scalar.text, model.syntax) !== false) {
        continue;
      }
      if (isBbdoTcp(endpoint) && !staysOnHost(endpoint)) {
        report({
          messageId: 'off',
          data: { value: scalar.text, endpoint: endpointLabel(endpoint) },
          span: scalar.span,
          fixes: [{ title: 'Set compression to "auto"', edits: [setValue(entry, 'auto')] }],
        });
      }
    }
  },
});
