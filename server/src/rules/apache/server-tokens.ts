/** apache/server-tokens: the Server header tells more than the product name (ServerTokens missing from a site file, or not Prod). */
import { defineRule } from '../../core/rule';
import { insertAtServerLevel, replaceArguments } from '../../formats/apache/edits';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed, isSiteFile, siteAnchor } from '../../formats/apache/query';

const HARDENED = 'Prod';

export default defineRule<ApacheModel>({
  id: 'apache/server-tokens',
  format: 'apache',
  severity: 'warning',
  description: 'ServerTokens is not Prod, or a site file does not set it.',
  rationale: 'Every response\'s `Server:` header names httpd\'s version, its modules and the OS unless `ServerTokens Prod` is set (the default is `Full`; Debian\'s security.conf sets `OS`). Version numbers tell an attacker which known flaws to try. The hardening guide sets `ServerTokens Prod` in the product\'s vhost file, which httpd reads after security.conf.',
  messages: {
    weak: 'ServerTokens {{value}} discloses the httpd version in the Server header; use ServerTokens Prod.',
    missing: 'This site file does not set ServerTokens, so the Server header discloses the httpd version (default Full, Debian OS); add ServerTokens Prod at server level.',
  },
  fixable: true,
  check({ model, text, report }) {
    const directives = directivesNamed(model, 'servertokens');
    for (const directive of directives) {
      const value = directive.args[0]?.value ?? '';
      if (!/^prod(uctonly)?$/i.test(value)) {
        report({
          messageId: 'weak',
          data: { value },
          span: directive.args[0]?.span ?? directive.nameSpan,
          fixes: [{ title: 'Set ServerTokens Prod', edits: [replaceArguments(directive, HARDENED)] }],
        });
      }
    }
    const anchor = siteAnchor(model, text);
    if (directives.length === 0 && isSiteFile(model, text) && anchor) {
      report({ messageId: 'missing', span: anchor, fixes: [{ title: 'Add ServerTokens Prod before the first VirtualHost', edits: [insertAtServerLevel(text, model, `ServerTokens ${HARDENED}`)] }] });
    }
  },
});
