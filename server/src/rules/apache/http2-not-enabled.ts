/** apache/http2-not-enabled: an HTTPS vhost does not offer HTTP/2 (`Protocols h2`). */
import { defineRule } from '../../core/rule';
import { insertAtBodyEnd, replaceArguments } from '../../formats/apache/edits';
import { HTTP2_PROTOCOLS, HTTP2_PROTOCOLS_ARGS } from '../../formats/apache/hardened';
import { ApacheModel } from '../../formats/apache/model';
import { effectiveForVhost, isTlsVirtualHost, virtualHosts, vhostLevel } from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/http2-not-enabled',
  format: 'apache',
  severity: 'info',
  description: 'An HTTPS vhost does not offer HTTP/2 (Protocols h2).',
  rationale: 'The hardening guide enables HTTP/2 on the TLS vhost: one multiplexed connection instead of six serves the web interface\'s many requests faster, and HTTP/2 is only ever negotiated over TLS (ALPN). It needs mod_http2 and the event MPM (`a2dismod php8.2 mpm_prefork; a2enmod mpm_event http2`).',
  messages: { missing: 'This HTTPS vhost does not offer HTTP/2; add {{hardened}} (with mod_http2 and the event MPM).' },
  fixable: true,
  check({ model, text, report }) {
    for (const vhost of virtualHosts(model).filter((candidate) => isTlsVirtualHost(model, candidate))) {
      const protocols = effectiveForVhost(model, vhost, 'protocols');
      const effective = protocols[protocols.length - 1];
      if (effective?.args.some((arg) => arg.value.toLowerCase() === 'h2')) {
        continue;
      }
      const own = vhostLevel(vhost, 'protocols').pop();
      const edit = own ? replaceArguments(own, HTTP2_PROTOCOLS_ARGS) : insertAtBodyEnd(text, vhost, [HTTP2_PROTOCOLS]);
      report({ messageId: 'missing', data: { hardened: HTTP2_PROTOCOLS }, span: vhost.openSpan, fixes: [{ title: `Offer HTTP/2: ${HTTP2_PROTOCOLS}`, edits: [edit] }] });
    }
  },
});
