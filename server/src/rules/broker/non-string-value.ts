/** broker/non-string-value: a JSON endpoint parameter written as a boolean or number, which the daemon silently drops. */
import { defineRule } from '../../core/rule';
import { setValue } from '../../formats/broker/edits';
import { BrokerModel } from '../../formats/broker/model';
import { endpointLabel } from '../../formats/broker/values';

/** What is lost when these keys are dropped. */
const CONSEQUENCES: Record<string, string> = {
  tls: 'TLS stays off',
  encryption: 'TLS stays off',
  compression: 'compression stays off',
  negotiation: 'negotiation stays at its default',
};

/** The string the author meant: JSON `true` is the daemon's `yes`. */
function asString(raw: string, type: 'boolean' | 'number'): string {
  if (type === 'number') {
    return raw;
  }
  return raw === 'true' ? 'yes' : 'no';
}

export default defineRule<BrokerModel>({
  id: 'broker/non-string-value',
  format: 'broker',
  severity: 'error',
  description: 'A JSON endpoint parameter is a boolean or a number: Broker silently ignores it.',
  rationale: 'Broker keeps an endpoint parameter only if its JSON value is a string. `"tls": true` or `"compression": true` are dropped without a word, so TLS stays off while the file seems to enable it. Hardened: the same value as a string, `"tls": "yes"`.',
  messages: {
    dropped: '"{{key}}" is the JSON {{type}} {{raw}} in this {{endpoint}}: Broker keeps only string parameters, so it is silently ignored ({{consequence}}). Write it as a string.',
  },
  fixable: true,
  check({ model, report }) {
    for (const endpoint of model.endpoints) {
      for (const entry of endpoint.object.entries) {
        const value = entry.value;
        if (value.kind !== 'scalar' || (value.type !== 'boolean' && value.type !== 'number')) {
          continue;
        }
        const text = asString(value.raw, value.type);
        report({
          messageId: 'dropped',
          data: { key: entry.key, type: value.type, raw: value.raw, endpoint: endpointLabel(endpoint), consequence: CONSEQUENCES[entry.key] ?? 'the daemon default applies' },
          span: value.span,
          fixes: [{ title: `Write "${text}" as a string`, edits: [setValue(entry, text)] }],
        });
      }
    }
  },
});
