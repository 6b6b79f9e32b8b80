/** broker/tls-hostname-missing: a connecting endpoint that verifies the peer's chain but not its name. */
import { isIP } from 'node:net';
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { insertEntry, setValue } from '../../formats/broker/edits';
import { BrokerModel, entryOf } from '../../formats/broker/model';
import { endpointLabel, hostOf, isBlank, isPlaceholder, spanOf, tlsEnabledEndpoints } from '../../formats/broker/values';

export default defineRule<BrokerModel>({
  id: 'broker/tls-hostname-missing',
  format: 'broker',
  severity: 'info',
  description: 'A connecting endpoint checks the peer certificate against a CA but has no tls_hostname.',
  rationale: 'With `ca_certificate` set, Broker validates the peer\'s certificate chain; the expected name is checked only if `tls_hostname` is set. Without it, any certificate the CA ever signed (another poller\'s, for instance) is accepted. Hardened: `tls_hostname` = the name in the central server\'s certificate.',
  messages: {
    missing: 'This {{endpoint}} connects to {{host}} with a CA but no tls_hostname: any certificate signed by the CA is accepted, whatever its name.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const { endpoint } of tlsEnabledEndpoints(model)) {
      const host = hostOf(endpoint);
      const hostEntry = entryOf(endpoint.object, 'host');
      if (host === '' || !hostEntry || isBlank(entryOf(endpoint.object, 'ca_certificate'))) {
        continue;
      }
      const hostname = entryOf(endpoint.object, 'tls_hostname');
      if (!isBlank(hostname)) {
        continue;
      }
      // A name the certificate may carry; an IP address or a placeholder is no guess worth offering.
      const fixes: Fix[] = isIP(host) !== 0 || isPlaceholder(host) ? [] : [{
        title: `Expect the name "${host}" in the peer certificate (tls_hostname); check it matches the certificate`,
        edits: [hostname ? setValue(hostname, host) : insertEntry(model.syntax, text, endpoint.object, 'tls_hostname', host)],
        needsJudgement: true,
      }];
      report({ messageId: 'missing', data: { endpoint: endpointLabel(endpoint), host }, span: spanOf(hostEntry), fixes });
    }
  },
});
