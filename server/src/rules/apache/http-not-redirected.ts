/** apache/http-not-redirected: plain HTTP still serves content (an HTTP vhost beside an HTTPS one, or the product over HTTP only). */
import { defineRule } from '../../core/rule';
import { insertAtBodyStart } from '../../formats/apache/edits';
import { HTTPS_REDIRECT } from '../../formats/apache/hardened';
import { ApacheModel } from '../../formats/apache/model';
import {
  contentDirectives, enclosingVirtualHost, isPort80VirtualHost, isTlsVirtualHost, lastFlag, productAliases, redirectsEverythingToHttps, serverLevel, virtualHosts,
} from '../../formats/apache/query';

export default defineRule<ApacheModel>({
  id: 'apache/http-not-redirected',
  format: 'apache',
  severity: 'error',
  description: 'A port-80 vhost serves content while an HTTPS vhost exists, or the product is served over HTTP only.',
  rationale: 'Logins and session cookies sent over plain HTTP can be read and replayed by anyone on the path. When an HTTPS vhost exists, the HTTP one must only redirect to it, or an attacker can keep a victim on HTTP (downgrade). A product vhost with no HTTPS counterpart sends every password in clear: add a TLS vhost (see the sipmon-apache-https-vhost snippet) and redirect port 80 to it.',
  messages: {
    servesContent: 'This HTTP vhost serves content ({{directive}}) although the file has an HTTPS vhost; redirect every request to HTTPS instead.',
    httpOnly: 'The product is served over plain HTTP only: no HTTPS vhost in this file; credentials travel in clear. Add a TLS vhost on 443 and redirect port 80 to it.',
  },
  fixable: true,
  check({ model, text, report }) {
    const vhosts = virtualHosts(model);
    if (vhosts.some((vhost) => isTlsVirtualHost(model, vhost))) {
      for (const vhost of vhosts.filter((candidate) => isPort80VirtualHost(model, candidate) && !redirectsEverythingToHttps(candidate))) {
        const content = contentDirectives(vhost.children)[0];
        if (content) {
          report({
            messageId: 'servesContent',
            data: { directive: content.name },
            span: vhost.openSpan,
            fixes: [{ title: 'Redirect every request of this vhost to HTTPS (301)', edits: [insertAtBodyStart(text, vhost, HTTPS_REDIRECT)] }],
          });
        }
      }
      return;
    }
    const mainServerTls = lastFlag(serverLevel(model, 'sslengine')) === 'on';
    const clear = productAliases(model, text).find((alias) => {
      const vhost = enclosingVirtualHost(alias);
      return vhost ? !isTlsVirtualHost(model, vhost) : !mainServerTls;
    });
    if (clear) {
      report({ messageId: 'httpOnly', span: enclosingVirtualHost(clear)?.openSpan ?? clear.span });
    }
  },
});
