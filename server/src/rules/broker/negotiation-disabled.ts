/** broker/negotiation-disabled: `negotiation: no`, with which `auto` TLS and compression never activate. */
import { defineRule } from '../../core/rule';
import { setValue } from '../../formats/broker/edits';
import { asScalar, BrokerModel, entryOf } from '../../formats/broker/model';
import { endpointLabel, isBbdoTcp } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/negotiation-disabled',
  format: 'broker',
  severity: 'warning',
  description: 'negotiation is "no" on a BBDO TCP endpoint: "auto" extensions (TLS, compression) never activate.',
  rationale: 'An extension set to `auto` is applied only when both peers announce it, and a peer announces optional extensions only with negotiation on. With `negotiation: no` only mandatory (`yes`) extensions are announced, so `tls: auto` silently means no TLS. Negotiation is on by default and only the exact value `no` turns it off. Hardened: `negotiation: yes` (the hardening guide).',
  messages: {
    off: 'negotiation is "no" on this {{endpoint}}: extensions set to "auto" (TLS, compression) are never negotiated, so the link falls back to no TLS.',
  },
  fixable: true,
  check({ model, report }) {
    for (const endpoint of model.endpoints) {
      const entry = entryOf(endpoint.object, 'negotiation');
      const scalar = asScalar(entry?.value);
      // [daemon] only the exact string `no` disables it.
      if (!entry || !isBbdoTcp(endpoint) || scalar?.type !== 'string' || scalar.text !== 'no') {
        continue;
      }
      report({
        messageId: 'off',
        data: { endpoint: endpointLabel(endpoint) },
        span: scalar.span,
        fixes: [{ title: 'Set negotiation to "yes"', edits: [setValue(entry, 'yes')] }],
      });
    }
  },
});
