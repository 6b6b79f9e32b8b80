/** apache/h2c-on-tls: `Protocols` offers h2c (clear-text HTTP/2) inside a TLS vhost. */
import { defineRule } from '../../core/rule';
import { replaceArguments } from '../../formats/apache/edits';
import { HTTP2_PROTOCOLS, HTTP2_PROTOCOLS_ARGS } from '../../formats/apache/hardened';
import { ApacheModel } from '../../formats/apache/model';
import { isTlsVirtualHost, virtualHosts, vhostLevel } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/h2c-on-tls',
  format: 'apache',
  severity: 'info',
  description: 'Protocols offers h2c (HTTP/2 over clear text) inside a TLS vhost.',
  rationale: '`h2c` is HTTP/2 without TLS, reached by an `Upgrade:` from plain HTTP/1.1; inside a TLS vhost it is meaningless at best, and an upgrade path that request smuggling through proxies has abused. The product documentation copies `Protocols h2 h2c http/1.1` into the 443 vhost; `h2 http/1.1` is what TLS needs.',
  messages: { h2c: 'h2c (clear-text HTTP/2) has no place in a TLS vhost; use {{hardened}}.' },
  fixable: true,
  check({ model, report }) {
    for (const vhost of virtualHosts(model).filter((candidate) => isTlsVirtualHost(model, candidate))) {
      for (const directive of vhostLevel(vhost, 'protocols')) {
        const h2c = directive.args.find((arg) => arg.value.toLowerCase() === 'h2c');
        if (h2c) {
          report({ messageId: 'h2c', data: { hardened: HTTP2_PROTOCOLS }, span: h2c.span, fixes: [{ title: `Set ${HTTP2_PROTOCOLS}`, edits: [replaceArguments(directive, HTTP2_PROTOCOLS_ARGS)] }] });
        }
      }
    }
  },
});
