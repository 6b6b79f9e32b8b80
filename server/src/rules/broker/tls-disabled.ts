/** broker/tls-disabled: a BBDO TCP endpoint that listens or reaches another host without TLS. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { insertEntry, setValue } from '../../formats/broker/edits';
import { asScalar, BrokerModel, entryOf } from '../../formats/broker/model';
import { booleanOf, endpointAnchor, endpointLabel, hostOf, isBbdoTcp, staysOnHost } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/tls-disabled',
  format: 'broker',
  severity: 'error',
  description: 'A BBDO TCP endpoint (ipv4/ipv6/tcp) that listens, or connects to another host, has tls missing or off.',
  rationale: 'BBDO carries monitoring data, external commands and configuration between pollers and the central server. Without `tls` (missing means off) it crosses the network in clear. The shipped module outputs say `tls: no`, so poller → central on 5669 is plaintext out of the box. Hardened: `tls: auto` on both ends with negotiation on (the hardening guide), or `tls: yes` with key, certificate and CA. A connection to a loopback host never leaves the machine and is not reported.',
  messages: {
    missing: 'This {{endpoint}} {{role}} without TLS: it has no "tls" key, so BBDO traffic (monitoring data, commands, configuration) travels in clear.',
    off: 'tls is "{{value}}": this {{endpoint}} {{role}} in clear (monitoring data, commands, configuration).',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const endpoint of model.endpoints) {
      if (!isBbdoTcp(endpoint) || staysOnHost(endpoint)) {
        continue;
      }
      const host = hostOf(endpoint);
      const data = { endpoint: endpointLabel(endpoint), role: host === '' ? 'listens on every interface' : `connects to ${host}` };
      const entry = entryOf(endpoint.object, 'tls');
      const withValue = (value: string) => (entry ? [setValue(entry, value)] : [insertEntry(model.syntax, text, endpoint.object, 'tls', value)]);
      const fixes: Fix[] = [{ title: 'Set tls to "auto" (the hardening guide: TLS whenever the peer offers it too)', edits: withValue('auto') }];
      if (host !== '') {
        fixes.push({ title: 'Set tls to "yes" (mandatory TLS: the central input must enable TLS too)', edits: withValue('yes'), needsJudgement: true });
      }
      if (!entry) {
        report({ messageId: 'missing', data, span: endpointAnchor(endpoint), fixes });
        continue;
      }
      const scalar = asScalar(entry.value);
      // Non-string JSON values and misspellings are broker/non-string-value's and broker/invalid-boolean's findings.
      if (scalar?.type === 'string' && scalar.text !== undefined && (scalar.text.trim() === '' || booleanOf(scalar.text, model.syntax) === false)) {
        report({ messageId: 'off', data: { ...data, value: scalar.text }, span: scalar.span, fixes });
      }
    }
  },
});
